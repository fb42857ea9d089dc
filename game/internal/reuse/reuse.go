// Package reuse holds the slice helpers the engine and the bots use to
// play game after game in the memory of the last.
package reuse

import "sync"

// Zeroed returns s resized to n elements, all zero, reusing its array
// when it is large enough.
func Zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// EmptyLists returns n empty lists, in the memory of s and of its lists
// when there is some.
func EmptyLists[T any](s [][]T, n int) [][]T {
	if cap(s) < n {
		return make([][]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = s[i][:0]
	}
	return s
}

// Pool is a typed sync.Pool: scratch memory a call borrows with Get and
// gives back with Put, so that a batch of games allocates it once per
// worker rather than once per call. Its zero value is ready to use.
type Pool[T any] struct {
	p sync.Pool
	// New makes a fresh *T when the pool has none; nil means new(T).
	New func() *T
}

// Get returns a *T from the pool, or a fresh one. It holds what it held
// when it was Put back: the caller resets what it reads.
func (p *Pool[T]) Get() *T {
	if x, ok := p.p.Get().(*T); ok {
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return new(T)
}

// Put gives x back for a later Get.
func (p *Pool[T]) Put(x *T) { p.p.Put(x) }

// Package reuse holds the slice helpers the engine and the bots use to
// play game after game in the memory of the last.
package reuse

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

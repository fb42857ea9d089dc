package reuse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestZeroedReusesLargeEnoughArrays(t *testing.T) {
	s := []int{1, 2, 3, 4}
	z := Zeroed(s, 3)
	assert.Equal(t, []int{0, 0, 0}, z)
	assert.Same(t, &s[0], &z[0], "the array is reused")
	assert.Equal(t, 4, s[3], "beyond n is left alone")

	short := []int{7}
	g := Zeroed(short, 2)
	assert.Equal(t, []int{0, 0}, g)
	assert.Equal(t, 7, short[0], "a short array is not written")
	assert.Empty(t, Zeroed[int](nil, 0))
	assert.Equal(t, []int{0, 0}, Zeroed[int](nil, 2))
}

func TestEmptyListsKeepTheirArrays(t *testing.T) {
	inner := []string{"a", "b"}
	s := [][]string{inner, nil}
	e := EmptyLists(s, 2)
	assert.Len(t, e, 2)
	assert.Empty(t, e[0])
	assert.Equal(t, 2, cap(e[0]), "the list's array is kept for appends")
	assert.Equal(t, [][]int{nil, nil, nil}, EmptyLists([][]int{{1}}, 3), "too few lists: new ones")
}

func TestPoolMakesFreshValuesWithNew(t *testing.T) {
	var plain Pool[[]int]
	assert.NotNil(t, plain.Get(), "the zero Pool makes new(T)")
	made := 0
	p := Pool[int]{New: func() *int { made++; v := 7; return &v }}
	x := p.Get()
	assert.Equal(t, 7, *x)
	assert.Equal(t, 1, made)
	p.Put(x)
	// The pool may or may not keep x (sync.Pool drops at will), but what
	// Get returns is always usable.
	assert.NotNil(t, p.Get())
}

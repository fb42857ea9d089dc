package lookup

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOfFindsTheFirstPosition checks lookups by scan (short lists) and by
// map (long ones), a repeated id included: the first position wins.
func TestOfFindsTheFirstPosition(t *testing.T) {
	for _, n := range []int{0, 1, MapFrom - 2, MapFrom - 1, MapFrom, 70} {
		ids := make([]string, 0, n+1)
		for i := range n {
			ids = append(ids, fmt.Sprintf("t%d", i))
		}
		if n > 1 {
			ids = append(ids, "t1") // a repeat, last
		}
		x := New(ids)
		assert.Equal(t, len(ids) >= MapFrom, x.Mapped(), "%d ids", len(ids))
		for i := range n {
			assert.Equal(t, i, x.Of(fmt.Sprintf("t%d", i)), "%d ids", len(ids))
		}
		assert.Equal(t, -1, x.Of("nobody"))
		assert.Equal(t, -1, x.Of(""))
	}
	var zero Index
	assert.Equal(t, -1, zero.Of("t0"), "the zero Index is empty")
}

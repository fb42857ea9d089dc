package bot

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSortCandidatesOrdersByValueThenPosition checks sortCandidates, on
// short and long lists with many equal values, against a plain stable sort
// by value alone.
func TestSortCandidatesOrdersByValueThenPosition(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 80 {
		for range 20 {
			cs := make([]candidate, n)
			for i := range cs {
				cs[i] = candidate{i: i, val: float64(r.IntN(5))} // ties are common
			}
			r.Shuffle(n, func(a, b int) { cs[a], cs[b] = cs[b], cs[a] })
			want := slices.Clone(cs)
			slices.SortFunc(want, func(a, b candidate) int { return a.i - b.i })
			slices.SortStableFunc(want, func(a, b candidate) int {
				switch {
				case a.val > b.val:
					return -1
				case a.val < b.val:
					return 1
				}
				return 0
			})
			sortCandidates(cs)
			require.Equal(t, want, cs, "n=%d", n)
		}
	}
}

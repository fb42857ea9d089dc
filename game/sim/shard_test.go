package sim

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// TestShardsCoverEveryGameOnce: the shards of a batch play every game
// exactly once between them.
func TestShardsCoverEveryGameOnce(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		games := rapid.IntRange(1, 200).Draw(rt, "games")
		n := rapid.IntRange(1, 20).Draw(rt, "n")
		seen := make([]int, games)
		for k := range n {
			s := Shard{K: k, N: n}
			for j := range s.count(games) {
				i := s.game(j)
				require.Less(rt, i, games)
				seen[i]++
			}
		}
		for i, c := range seen {
			require.Equal(rt, 1, c, "game %d", i)
		}
	})
}

func TestShardTalliesMergeIntoTheWhole(t *testing.T) {
	src := source(t, "tutorial.yaml")
	opts := Options{Games: 9, Seed: 4, Balance: true, Mix: map[string]string{"all": "reckless"}}
	whole, err := RunTally(context.Background(), src, opts)
	require.NoError(t, err)
	var parts []*Partial
	for k := range 3 {
		o := opts
		o.Shard = Shard{K: k, N: 3}
		tl, err := RunTally(context.Background(), src, o)
		require.NoError(t, err)
		assert.Equal(t, 3, tl.Games)
		p := NewPartial(src, opts.Seed, opts.Games, o.Shard, true)
		p.Mixes = append(p.Mixes, tl)
		parts = append(parts, p)
	}
	merged, err := Merge(parts)
	require.NoError(t, err)
	assert.Equal(t, whole.Summary(), merged.Mixes[0].Summary())
	assert.Equal(t, whole, merged.Mixes[0])
}

func TestRunTallyRejectsBadShard(t *testing.T) {
	_, err := RunTally(context.Background(), source(t, "tutorial.yaml"), Options{Games: 3, Shard: Shard{K: 3, N: 3}})
	require.ErrorContains(t, err, "0 <= K < N")
}

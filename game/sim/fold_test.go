package sim

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/score"
)

func TestFoldTakesGamesInSeedOrder(t *testing.T) {
	src := source(t, "tutorial.yaml")
	seats, err := Seats(src.Scenario, nil)
	require.NoError(t, err)
	var kept, progress []int
	opts := Options{Games: 5,
		Keep:     func(g *Game) error { kept = append(kept, int(g.Seed)); return nil },
		Progress: func(done, total int) { progress = append(progress, done); assert.Equal(t, 5, total) }}
	f := newFold(src, seats, opts, 2)
	game := func(i int) finished {
		return finished{i: i, g: &Game{Seed: uint64(i), Result: score.Result{Threats: 2, Disrupted: i % 2}}}
	}
	assert.True(t, f.room(1))
	assert.False(t, f.room(2), "a window of 2 hands out games 0 and 1 only")
	f.add(game(1))
	assert.Empty(t, kept, "game 1 waits for game 0")
	f.add(game(0))
	assert.Equal(t, []int{0, 1}, kept)
	assert.True(t, f.room(3))
	for _, i := range []int{4, 3, 2} {
		f.add(game(i))
	}
	assert.Equal(t, []int{0, 1, 2, 3, 4}, kept)
	assert.Equal(t, []int{1, 2, 3, 4, 5}, progress)
	assert.Empty(t, f.pending)
	s := f.tally.Summary()
	assert.Equal(t, 5, s.Games)
	assert.InDelta(t, 0.2, s.OutcomeRate, 1e-9, "2 of 10 threats disrupted")
}

func TestFoldStopsAtTheFirstErrorInSeedOrder(t *testing.T) {
	src := source(t, "tutorial.yaml")
	seats, err := Seats(src.Scenario, nil)
	require.NoError(t, err)
	var kept []int
	f := newFold(src, seats, Options{Games: 4, Keep: func(g *Game) error { kept = append(kept, int(g.Seed)); return nil }}, 4)
	f.add(finished{i: 2, err: errors.New("second")})
	f.add(finished{i: 1, err: errors.New("first")})
	f.add(finished{i: 0, g: &Game{Seed: 0}})
	f.add(finished{i: 3, g: &Game{Seed: 3}})
	require.EqualError(t, f.err, "first")
	assert.Equal(t, []int{0}, kept, "nothing after the error is kept")
}

func TestRunKeepsGamesInSeedOrderAndStopsOnKeepError(t *testing.T) {
	src := source(t, "tutorial.yaml")
	var seeds []uint64
	_, err := Run(context.Background(), src, Options{Games: 20, Seed: 100, Workers: 3, Keep: func(g *Game) error {
		seeds = append(seeds, g.Seed)
		if len(seeds) == 7 {
			return errors.New("disk full")
		}
		return nil
	}})
	require.EqualError(t, err, "disk full")
	assert.Equal(t, []uint64{100, 101, 102, 103, 104, 105, 106}, seeds)
}

func TestRunStopsWhenCancelled(t *testing.T) {
	src := source(t, "tutorial.yaml")
	ctx, cancel := context.WithCancel(context.Background())
	done := 0
	_, err := Run(ctx, src, Options{Games: 1000, Workers: 2, Progress: func(d, _ int) {
		done = d
		if d == 5 {
			cancel()
		}
	}})
	require.ErrorIs(t, err, context.Canceled)
	assert.ErrorContains(t, err, "simulation interrupted")
	assert.Less(t, done, 50, "feeding stops at once; only games in play finish")
}

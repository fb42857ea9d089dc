package rules

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
)

// TestSetupNewMatchesNew checks that games started from one prepared
// setup, concurrently, are the games New starts.
func TestSetupNewMatchesNew(t *testing.T) {
	for _, name := range shippedNames {
		sc := shippedtest.Scenario(t, name)
		p := prepare(sc)
		require.Same(t, sc, p.Scenario())
		hashes := make([]string, 8)
		var wg sync.WaitGroup
		for i := range hashes {
			wg.Go(func() {
				st := p.Start(uint64(i+1), nil)
				for !st.Over() {
					st, _ = Resolve(st, Turn{})
				}
				hashes[i] = st.Hash()
			})
		}
		wg.Wait()
		for i, h := range hashes {
			st := New(sc, uint64(i+1))
			for !st.Over() {
				st, _ = Resolve(st, Turn{})
			}
			assert.Equal(t, st.Hash(), h, "%s seed %d", name, i+1)
		}
	}
}

// TestNewReusingMatchesNew plays games one after another, each in the
// memory of the last (of another scenario too), with random legal orders
// (so inboxes, traffic, requests, releases and operations are all used
// and then recycled), and checks each is the game New starts.
func TestNewReusingMatchesNew(t *testing.T) {
	var done *State
	names := append(append(slices.Clone(shippedNames), shippedNames...), "tutorial.yaml", "northern-corridor.yaml")
	for i, name := range names {
		sc := shippedtest.Scenario(t, name)
		seed := uint64(i + 1)
		a, b := New(sc, seed), prepare(sc).Start(seed, done)
		require.Equal(t, a.Hash(), b.Hash(), "%s: first state", name)
		rng := rand.New(rand.NewPCG(seed, 9))
		for !a.Over() {
			turn := randomTurn(a, rng)
			a, _ = Resolve(a, turn)
			b, _ = advance(b, turn)
			require.Equal(t, a.Hash(), b.Hash(), "%s: round %d", name, a.Round())
		}
		require.Equal(t, a.Events(), b.Events(), "%s: events", name)
		if done != nil {
			require.Zero(t, done.Round(), "the dropped State is emptied")
		}
		done = b
	}
	require.NotPanics(t, func() { prepare(shippedtest.Scenario(t, "tutorial.yaml")).Start(1, nil) })
}

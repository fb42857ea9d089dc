package rules

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSetupNewMatchesNew checks that games started from one prepared
// Setup, concurrently, are the games New starts.
func TestSetupNewMatchesNew(t *testing.T) {
	for _, name := range shippedNames {
		sc := shipped(t, name)
		p := Prepare(sc)
		require.Same(t, sc, p.Scenario())
		hashes := make([]string, 8)
		var wg sync.WaitGroup
		for i := range hashes {
			wg.Go(func() {
				st := p.New(uint64(i + 1))
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
// memory of the last (of another scenario too), and checks each is the game
// New starts.
func TestNewReusingMatchesNew(t *testing.T) {
	var done *State
	for i, name := range append(shippedNames, shippedNames...) {
		sc := shipped(t, name)
		seed := uint64(i + 1)
		a, b := New(sc, seed), Prepare(sc).NewReusing(seed, done)
		require.Equal(t, a.Hash(), b.Hash(), "%s: first state", name)
		for !a.Over() {
			a, _ = Resolve(a, Turn{})
			b, _ = Advance(b, Turn{})
		}
		require.Equal(t, a.Events(), b.Events(), "%s: events", name)
		require.Equal(t, a.Hash(), b.Hash(), "%s: final state", name)
		done = b
	}
	require.NotPanics(t, func() { Prepare(shipped(t, "tutorial.yaml")).NewReusing(1, nil) })
}

package rules

import (
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
)

// recordGame plays a random game and returns its turns.
func recordGame(t testing.TB, name string, seed uint64) []Turn {
	st := New(shippedtest.Scenario(t, name), seed)
	rng := rand.New(rand.NewPCG(seed, 99))
	var turns []Turn
	for !st.Over() {
		turn := randomTurn(st, rng)
		turns = append(turns, turn)
		st, _ = Resolve(st, turn)
	}
	return turns
}

func replayGame(t testing.TB, name string, seed uint64, turns []Turn) *State {
	st := New(shippedtest.Scenario(t, name), seed)
	for _, turn := range turns {
		st, _ = Resolve(st, turn)
	}
	return st
}

func TestDeterminism(t *testing.T) {
	for _, name := range shippedNames {
		t.Run(name, func(t *testing.T) {
			if testing.Short() && name == "northern-corridor.yaml" {
				t.Skip("large")
			}
			turns := recordGame(t, name, 42)
			a := replayGame(t, name, 42, turns)
			b := replayGame(t, name, 42, turns)
			require.True(t, a.Over())
			assert.Equal(t, a.Hash(), b.Hash())
			assert.Equal(t, a.Events(), b.Events())
			assert.Equal(t, a.Facilitator(), b.Facilitator())
		})
	}
}

func TestHashDistinguishesStates(t *testing.T) {
	st := New(mini(), 1)
	a, _ := play(t, st, share("a", "who", "ab", "b"))
	b, _ := play(t, st, share("a", "who", "hub", "b"))
	c, _ := play(t, st, share("a", "who", "ab", "b"))
	assert.NotEqual(t, a.Hash(), b.Hash())
	assert.Equal(t, a.Hash(), c.Hash())
	assert.NotEqual(t, st.Hash(), a.Hash())
	assert.Len(t, st.Hash(), 64)
	assert.NotEqual(t, New(mini(), 1).Hash(), New(mini(), 2).Hash(), "the seed is part of the state")
}

// TestResolveDoesNotMutateInput branches one state many ways, also from
// several goroutines, and checks the input and every branch stay intact.
func TestResolveDoesNotMutateInput(t *testing.T) {
	s := shippedtest.Scenario(t, "harbour-watch.yaml")
	st := New(s, 5)
	rng := rand.New(rand.NewPCG(5, 5))
	for range 3 {
		st, _ = Resolve(st, randomTurn(st, rng))
	}
	h := st.Hash()
	evs := append([]Event(nil), st.Events()...)
	turns := make([]Turn, 8)
	for i := range turns {
		turns[i] = randomTurn(st, rng)
	}
	first, firstEvs := Resolve(st, turns[0])
	firstHash := first.Hash()
	firstCopy := append([]Event(nil), firstEvs...)
	var wg sync.WaitGroup
	hashes := make([]string, len(turns))
	for i := range turns {
		wg.Go(func() {
			ns, _ := Resolve(st, turns[i])
			for !ns.Over() {
				ns, _ = Resolve(ns, Turn{})
			}
			hashes[i] = ns.Hash()
		})
	}
	wg.Wait()
	assert.Equal(t, h, st.Hash())
	assert.Equal(t, evs, st.Events())
	assert.Equal(t, firstHash, first.Hash(), "a sibling branch must not overwrite this one's log")
	assert.Equal(t, firstCopy, firstEvs)
	again, _ := Resolve(st, turns[0])
	for !again.Over() {
		again, _ = Resolve(again, Turn{})
	}
	assert.Equal(t, hashes[0], again.Hash())
}

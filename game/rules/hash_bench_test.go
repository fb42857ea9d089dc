package rules

import (
	"math/rand/v2"
	"testing"

	"liaison/game/internal/shippedtest"
	"liaison/game/scenario"
)

// finishedBotLikeGame plays a whole bot-like game of a shipped scenario
// (see botLikeGame) and returns its final state.
func finishedBotLikeGame(tb testing.TB, name string, seed uint64) *State {
	tb.Helper()
	return botLikeGame(shippedtest.Scenario(tb, name), seed, rand.New(rand.NewPCG(seed, 2)))
}

// botLikeGame plays a whole game the way a simple bot does: one View and
// one Legal call per team per round, then orders picked at random among
// them while they validate and AP lasts. It returns the final state.
func botLikeGame(s *scenario.Scenario, seed uint64, rng *rand.Rand) *State {
	st := New(s, seed)
	for !st.Over() {
		turn := Turn{Orders: map[string][]Order{}}
		for _, tm := range s.Teams {
			_ = st.View(tm.ID)
			legal := st.Legal(tm.ID, nil)
			var q []Order
			for range 4 {
				o := legal[rng.IntN(len(legal))]
				if o.Kind != Pass && st.Validate(q, o) == nil {
					q = append(q, o)
				}
			}
			turn.Orders[tm.ID] = q
		}
		st, _ = Resolve(st, turn)
	}
	return st
}

// BenchmarkHashHarbour hashes the final state of a finished bot-like game
// of harbour-watch, as a game record's FinalHash does.
func BenchmarkHashHarbour(b *testing.B) {
	st := finishedBotLikeGame(b, "harbour-watch.yaml", 1)
	b.ReportAllocs()
	for b.Loop() {
		st.hash() // not Hash: it keeps its result
	}
	b.ReportMetric(float64(len(st.Events())), "events")
}

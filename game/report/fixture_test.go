package report

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/scenario"
	"liaison/game/sim"
	"liaison/scenarios"
)

// goldenSeed is the seed of the fixed harbour-watch game the golden files show.
const goldenSeed = 7

// playRecord plays an all-bot game of an embedded scenario with its default
// seats and returns the record and the scenario bytes.
func playRecord(tb testing.TB, name string, seed uint64) (*replay.Record, []byte) {
	tb.Helper()
	data, err := scenarios.Read(name)
	require.NoError(tb, err)
	sc, diags := scenario.Parse(name, data)
	require.NotNil(tb, sc, "scenario %s: %v", name, diags)
	src := sim.Source{Scenario: sc, Data: data, File: name}
	seats, err := sim.Seats(sc, nil)
	require.NoError(tb, err)
	g, err := sim.Play(src, seed, seats)
	require.NoError(tb, err)
	return g.Record, data
}

var (
	harbourOnce sync.Once
	harbour     *AAR
	harbourErr  error
)

// harbourAAR builds the AAR of the fixed harbour-watch game once; tests
// must not change it.
func harbourAAR(tb testing.TB) *AAR {
	tb.Helper()
	harbourOnce.Do(func() {
		rec, data := playRecord(tb, "harbour-watch.yaml", goldenSeed)
		harbour, harbourErr = FromRecord(rec, data)
	})
	require.NoError(tb, harbourErr)
	return harbour
}

package bot_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/sim"
	"liaison/scenarios"
)

// TestPersonalitiesRank plays harbour-watch over 200 seeds per personality
// (every seat the same) and checks that they play visibly differently:
// cooperative beats hoarder and reckless on the coalition total, and
// reckless has the worst compliance.
func TestPersonalitiesRank(t *testing.T) {
	if testing.Short() {
		t.Skip("200 games per personality")
	}
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	sc := shippedtest.Scenario(t, "harbour-watch.yaml")
	src := sim.Source{Scenario: sc, Data: data, File: "harbour-watch.yaml"}
	total := map[string]float64{}
	compliance := map[string]float64{}
	for _, p := range []string{"cooperative", "legalistic", "hoarder", "reckless"} {
		s, err := sim.Run(context.Background(), src, sim.Options{Games: 200, Seed: 1, Mix: map[string]string{"all": p}})
		require.NoError(t, err)
		total[p] = s.Coalition.Total.Mean
		compliance[p] = s.Coalition.Dims["compliance"].Mean
		t.Logf("%-12s total %5.1f compliance %5.1f outcome rate %4.1f%%", p, total[p], compliance[p], 100*s.OutcomeRate)
	}
	assert.Greater(t, total["cooperative"], total["hoarder"])
	assert.Greater(t, total["cooperative"], total["reckless"])
	for _, p := range []string{"cooperative", "legalistic", "hoarder"} {
		assert.Less(t, compliance["reckless"], compliance[p], "reckless must have the worst compliance (vs %s)", p)
	}
}

package bot_test

import (
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/sim"
)

// testdataSource loads a scenario from game/bot/testdata.
func testdataSource(t testing.TB, file string) sim.Source {
	t.Helper()
	data, err := os.ReadFile("testdata/" + file)
	require.NoError(t, err)
	sc, diags := scenario.Parse(file, data)
	require.False(t, diags.HasErrors(), "%v", diags)
	require.NotNil(t, sc)
	return sim.Source{Scenario: sc, Data: data, File: file}
}

// TestCooperativeSanitisesBelowClearance plays testdata/shelter-clearance,
// where the RESTRICTED-cleared NGO needs the "who" of a CONFIDENTIAL police
// report whose tear line keeps "who": cooperative bots sanitise it unasked
// and disrupt the plot at least 1.6 times as often as hoarders (200 games
// each; the 1,000-game figures are in docs/rules.md).
func TestCooperativeSanitisesBelowClearance(t *testing.T) {
	if testing.Short() {
		t.Skip("400 games")
	}
	src := testdataSource(t, "shelter-clearance.yaml")
	rate := map[string]float64{}
	for _, p := range []string{"cooperative", "hoarder"} {
		s, err := sim.Run(context.Background(), src, sim.Options{Games: 200, Seed: 1, Mix: map[string]string{"all": p}})
		require.NoError(t, err)
		rate[p] = s.OutcomeRate
		t.Logf("%-12s outcome rate %5.1f%%", p, 100*s.OutcomeRate)
	}
	assert.Positive(t, rate["cooperative"])
	assert.GreaterOrEqual(t, rate["cooperative"], 1.6*rate["hoarder"])
}

// TestAgreementLetsPersonalDataThrough: in the tutorial Estrel's law needs
// an agreement for personal data and has one with Valmora, so a
// cooperative Valmora sends the crew list itself (with the names), not a
// sanitised copy.
func TestAgreementLetsPersonalDataThrough(t *testing.T) {
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	got := map[string]bool{}
	cooperativeRounds(sc, 4, func(e rules.Event) {
		if e.Kind == rules.EvDeliver && e.Team == "estrel-fpl" && e.From == "valmora-cio" {
			got[e.Item] = true
		}
		assert.NotEqual(t, rules.EvBreach, e.Kind, "%s", e.Text)
	})
	assert.True(t, got["crew-list"], "the crew list itself reaches Estrel: %v", got)
}

// cooperativeRounds plays the first rounds of sc (seed 1) with a
// cooperative bot (seed 1) on every team and hands each event to seen.
func cooperativeRounds(sc *scenario.Scenario, rounds int, seen func(e rules.Event)) {
	st := rules.New(sc, 1)
	for !st.Over() && st.Round() <= rounds {
		turn := rules.Turn{Orders: map[string][]rules.Order{}}
		for _, tm := range sc.Teams {
			b, _ := bot.New("cooperative", 1)
			turn.Orders[tm.ID] = b.Orders(st.View(tm.ID), st)
		}
		var evs []rules.Event
		st, evs = rules.Resolve(st, turn)
		for _, e := range evs {
			seen(e)
		}
	}
}

package narrative

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/score"
)

// TestScoreFiguresAddUpToTheReviewLedger plays the tutorial and
// harbour-watch with bots (two seat mixes) and tells every round to every
// team with the game's log: for each team and dimension, the figures of all
// rounds add up to the final ledger of the after-action review (the losses
// of score.Compute over the whole log), and no figure line holds an id.
func TestScoreFiguresAddUpToTheReviewLedger(t *testing.T) {
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml"} {
		for _, mix := range []map[string]string{nil, {"all": "reckless"}} {
			t.Run(fmt.Sprintf("%s %v", name, mix), func(t *testing.T) {
				sc := shippedtest.Scenario(t, name)
				sums := map[string]map[string]float64{} // team → dimension → figures
				figures := 0
				var last Narrative
				st := narrateGame(t, sc, mix, true, func(team string, n Narrative) {
					sec := n.Section(Score)
					require.NotEmpty(t, sec.Lines, "round %d: the score section always has the total", n.Round)
					assert.Contains(t, sec.Lines[0].Text, "Your score so far:")
					if sums[team] == nil {
						sums[team] = map[string]float64{}
					}
					for _, l := range sec.Lines {
						if l.Dimension == "" {
							continue
						}
						figures++
						sums[team][l.Dimension] += l.Points
						assert.True(t, strings.HasPrefix(l.Text, "−") || strings.HasPrefix(l.Text, "+"), "a figure leads with its sign: %q", l.Text)
					}
					last = n
				})
				require.Positive(t, figures, "no score figure in the whole game")
				assert.True(t, last.Over)
				final := score.Compute(sc, st.Events())
				for _, team := range sc.Teams {
					card, ok := final.Team(team.ID)
					require.True(t, ok)
					want := map[string]float64{}
					for _, l := range card.Losses {
						want[l.Dimension] -= l.Impact
					}
					for dim := range merge(want, sums[team.ID]) {
						assert.InDelta(t, want[dim], sums[team.ID][dim], 1e-6, "%s, %s: figures of all rounds against the review's ledger", team.ID, dim)
					}
				}
			})
		}
	}
}

func merge(a, b map[string]float64) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

func TestLedgerChanges(t *testing.T) {
	breach := score.Loss{Dimension: "compliance", Rule: "insecure_link", Cause: 7, Impact: 2.1, Text: "shared x"}
	idle := score.Loss{Dimension: "discipline", Rule: "idle_ap", Cause: -1, Impact: 0.5, Text: "left 1 AP unused"}
	tests := []struct {
		name     string
		was, now []score.Loss
		want     []Figure
	}{
		{"nothing", nil, nil, nil},
		{"a new loss", nil, []score.Loss{breach}, []Figure{{Dimension: "compliance", Points: -2.1, Text: "shared x", Change: NewLoss}}},
		{"unchanged", []score.Loss{breach}, []score.Loss{breach}, nil},
		{"re-weighed and grown, told per dimension", []score.Loss{breach, idle},
			[]score.Loss{{Dimension: "compliance", Rule: "insecure_link", Cause: 7, Impact: 1.4, Text: "shared x"},
				{Dimension: "discipline", Rule: "idle_ap", Cause: -1, Impact: 0.9, Text: "left 3 AP unused"}},
			[]Figure{{Dimension: "compliance", Points: 0.7, Change: Reweighed}, {Dimension: "discipline", Points: -0.4, Change: Reweighed}}},
		{"gone", []score.Loss{breach}, nil, []Figure{{Dimension: "compliance", Points: 2.1, Text: "shared x", Change: Gone}}},
		{"two alike folded", nil, []score.Loss{breach, {Dimension: "compliance", Rule: "insecure_link", Cause: 9, Impact: 2.1, Text: "shared x"}},
			[]Figure{{Dimension: "compliance", Points: -4.2, Text: "shared x (×2)", Change: NewLoss}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ledgerChanges(tc.was, tc.now)
			require.Len(t, got, len(tc.want))
			for i := range got {
				assert.Equal(t, tc.want[i].Dimension, got[i].Dimension)
				assert.Equal(t, tc.want[i].Text, got[i].Text)
				assert.Equal(t, tc.want[i].Change, got[i].Change)
				assert.InDelta(t, tc.want[i].Points, got[i].Points, 1e-9)
			}
			total := 0.0
			for _, f := range got {
				total += f.Points
			}
			lost := func(ls []score.Loss) float64 {
				s := 0.0
				for _, l := range ls {
					s += l.Impact
				}
				return s
			}
			assert.InDelta(t, lost(tc.was)-lost(tc.now), total, 1e-9, "the figures are the change of the ledger")
			assert.False(t, math.IsNaN(total))
		})
	}
}

func TestScoreFiguresOnOddLogs(t *testing.T) {
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	for _, log := range [][]rules.Event{
		{},
		{{Round: 5, Kind: "made-up"}},
		{{Round: 1, Kind: rules.EvBreach, Team: "ghost", Value: 50}, {Round: 2, Kind: rules.EvTrust, Team: me, From: "ghost", Delta: -3}},
		{{Round: 2, Kind: rules.EvEnd}},
	} {
		n := Build(Input{Scenario: sc, Team: me, Round: 2, View: tutorialView(false), Events: []rules.Event{}, Log: log})
		sec := n.Section(Score)
		require.NotEmpty(t, sec.Lines, "%v", log)
		assert.Contains(t, sec.Lines[0].Text, "Your score so far:")
	}
}

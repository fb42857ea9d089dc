package narrative

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/idleak"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/sim"
	"liaison/scenarios"
)

// assertNoIDs fails if any line of the narrative (text or hint) holds an
// id of the scenario.
func assertNoIDs(t *testing.T, ids idleak.Set, n Narrative) {
	t.Helper()
	for _, l := range n.Lines() {
		for _, s := range []string{l.Text, l.Hint} {
			if found := ids.Find(s); len(found) > 0 {
				t.Errorf("round %d, %s: ids %v in %q", n.Round, n.Team, found, s)
			}
		}
	}
}

// TestShippedScenariosNarrateInNamesOnly plays every shipped scenario with
// bots to the end, in two seat mixes, and tells every round to every team:
// no line may hold a scenario id.
func TestShippedScenariosNarrateInNamesOnly(t *testing.T) {
	for _, name := range scenarios.Names() {
		sc := shippedtest.Scenario(t, name)
		for _, mix := range []map[string]string{nil, {"all": "reckless"}} {
			seats, err := sim.Seats(sc, mix)
			require.NoError(t, err)
			players, err := sim.Players(sc, sc.Seed, seats)
			require.NoError(t, err)
			st := rules.New(sc, sc.Seed)
			ids := idleak.IDs(sc, nil)
			lines := 0
			for !st.Over() {
				round := st.Round()
				turn := sim.NextTurn(st, players)
				var evs []rules.Event
				st, evs = rules.Resolve(st, turn)
				ids.AddEvents(evs)
				for _, team := range sc.Teams {
					v := st.View(team.ID)
					n := Build(Input{Scenario: sc, Team: team.ID, Round: round, View: v, Orders: turn.Orders[team.ID]})
					lines += len(n.Lines())
					assertNoIDs(t, ids, n)
				}
			}
			require.Positive(t, lines, "%s: nothing narrated", name)
		}
	}
}

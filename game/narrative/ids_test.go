package narrative

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/idleak"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/scenario"
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

// narrateGame plays sc with bots in the seat mix to the end and tells
// every round to every team (with the game's log if withLog), failing on
// any line that holds a scenario id; each sees every narrative with its
// team's id. It
// returns the final state.
func narrateGame(t *testing.T, sc *scenario.Scenario, mix map[string]string, withLog bool, each func(team string, n Narrative)) *rules.State {
	t.Helper()
	seats, err := sim.Seats(sc, mix)
	require.NoError(t, err)
	players, err := sim.Players(sc, sc.Seed, seats)
	require.NoError(t, err)
	st := rules.New(sc, sc.Seed)
	ids := idleak.IDs(sc, nil)
	for !st.Over() {
		round := st.Round()
		turn := sim.NextTurn(st, players)
		var evs []rules.Event
		st, evs = rules.Resolve(st, turn)
		ids.AddEvents(evs)
		for _, team := range sc.Teams {
			in := Input{Scenario: sc, Team: team.ID, Round: round, View: st.View(team.ID), Orders: turn.Orders[team.ID]}
			if withLog {
				in.Log = st.Events()
			}
			n := Build(in)
			assertNoIDs(t, ids, n)
			each(team.ID, n)
		}
	}
	return st
}

// TestShippedScenariosNarrateInNamesOnly plays every shipped scenario with
// bots to the end, in two seat mixes, and tells every round to every team:
// no line may hold a scenario id.
func TestShippedScenariosNarrateInNamesOnly(t *testing.T) {
	for _, name := range scenarios.Names() {
		sc := shippedtest.Scenario(t, name)
		for _, mix := range []map[string]string{nil, {"all": "reckless"}} {
			lines := 0
			narrateGame(t, sc, mix, false, func(_ string, n Narrative) { lines += len(n.Lines()) })
			require.Positive(t, lines, "%s: nothing narrated", name)
		}
	}
}

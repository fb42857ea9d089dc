package narrative

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/sim"
	"liaison/scenarios"
)

// TestSharedNamesTellTheSame checks that a narrative built over names made
// once for the scenario (Input.Names, as a host does) is the one built
// without them, for every shipped scenario, team and round; names made
// for another scenario are ignored.
func TestSharedNamesTellTheSame(t *testing.T) {
	all := scenarios.Names()
	for i, name := range all {
		sc := shippedtest.Scenario(t, name)
		other := NewNames(shippedtest.Scenario(t, all[(i+1)%len(all)]))
		shared := NewNames(sc)
		seats, err := sim.Seats(sc, nil)
		require.NoError(t, err)
		players, err := sim.Players(sc, sc.Seed, seats)
		require.NoError(t, err)
		st := rules.New(sc, sc.Seed)
		for !st.Over() {
			round := st.Round()
			turn := sim.NextTurn(st, players)
			st, _ = rules.Resolve(st, turn)
			for _, team := range sc.Teams {
				in := Input{Scenario: sc, Team: team.ID, Round: round, View: st.View(team.ID), Orders: turn.Orders[team.ID]}
				want := Build(in)
				for label, names := range map[string]*Names{"shared": shared, "another scenario's": other} {
					in.Names = names
					require.Equal(t, want, Build(in), "%s round %d team %s: %s names", name, round, team.ID, label)
				}
			}
		}
	}
}

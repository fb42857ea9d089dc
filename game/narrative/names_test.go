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

// Prose (a team's reason, an inject's text, a score line) keeps a threat
// id that is also a word, inside an item's title or a threat's name; only
// ids that cannot be words are rewritten. Engine texts get every id
// rewritten.
func TestProseKeepsWordsThatAreAlsoIDs(t *testing.T) {
	sc := shippedtest.Scenario(t, "harbour-watch.yaml")
	st := rules.New(sc, sc.Seed)
	v := st.View("nordvik-sss")
	n := newNames(NewNames(sc), "nordvik-sss", &v)
	tests := []struct{ in, prose, words string }{
		{"here is Task Force berth watch, Halvorn outer harbour", "here is Task Force berth watch, Halvorn outer harbour", "here is Task Force berth watch, Halvorn outer an unknown plot"},
		{"Joint operation on Quiet Ledger's ticketing attack", "Joint operation on Quiet Ledger's ticketing attack", "Joint operation on Quiet Ledger's an unknown plot attack"},
		{"sent by maritime-tf", "sent by Maritime Task Force Grey Sound", "sent by Maritime Task Force Grey Sound"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.prose, n.prose(tt.in), tt.in)
		require.Equal(t, tt.words, n.words(tt.in), tt.in)
	}
}

func TestMessageNamesReadAsWords(t *testing.T) {
	tests := []struct{ kind, want string }{
		{string(rules.MsgAck), "an acknowledgement (ACK)"},
		{string(rules.MsgOffer), "an offer (OFFER)"},
		{string(rules.MsgWarn), "a warning (WARN)"},
		{"SHOUT", "a message"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, message(tt.kind))
	}
}

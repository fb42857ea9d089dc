package score

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/enginefast"
	"liaison/game/rules"
)

// botGame plays a scenario to the end with one bot per team, the
// personality of team i being seats[i%len(seats)], and returns its event
// log. (game/sim imports this package, so the tests drive rules and bot
// themselves.)
func botGame(tb testing.TB, setup enginefast.Setup, seed uint64, seats []string) []rules.Event {
	tb.Helper()
	sc := setup.Scenario()
	players := make([]bot.Player, len(sc.Teams))
	for i, t := range sc.Teams {
		p, err := bot.New(seats[i%len(seats)], bot.BotSeed(seed, t.ID))
		require.NoError(tb, err)
		players[i] = p
	}
	st := setup.Start(seed, nil)
	for !st.Over() {
		turn := rules.Turn{Orders: make(map[string][]rules.Order, len(sc.Teams))}
		for i, t := range sc.Teams {
			turn.Orders[t.ID] = players[i].Orders(st.View(t.ID), st)
		}
		st, _ = rules.Resolve(st, turn)
	}
	return st.Events()
}

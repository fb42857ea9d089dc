package session

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// TestHarbourWatchHotSeatToTheEnd plays harbour-watch hot-seat with two
// human teams and two bots to the end. The "people" give the orders a
// cooperative partner would, from their own view only; at each step the
// other human team's view stays hidden.
func TestHarbourWatchHotSeatToTheEnd(t *testing.T) {
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	sc, diags := scenario.Parse("harbour-watch.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	humans := []string{"nordvik-sss", "maritime-tf"}
	s, err := New(Options{Scenario: sc, Seats: map[string]string{
		"nordvik-sss": Human, "maritime-tf": Human, "aurelia-fib": "reckless", "vesterholm-customs": "cooperative"}})
	require.NoError(t, err)
	assert.Equal(t, humans, s.Humans())

	person, err := bot.New("cooperative", 7)
	require.NoError(t, err)
	steps := 0
	for !s.IsOver() {
		steps++
		require.Less(t, steps, 500, "the game does not end")
		cur := s.Current()
		for _, other := range humans {
			if other != cur.Team && cur.Phase == Orders {
				_, err := s.View(other)
				require.Error(t, err, "round %d: %s's view is visible during %s's turn", s.Round(), other, cur.Team)
			}
		}
		if cur.Phase != Orders {
			require.NoError(t, s.Advance())
			continue
		}
		v, err := s.View(cur.Team)
		require.NoError(t, err)
		require.Equal(t, cur.Team, v.Team)
		require.NoError(t, s.Submit(cur.Team, person.Orders(v, s.rm.Legality())))
	}
	assert.Equal(t, Over, s.Current().Phase)
	res, ok := s.Result()
	require.True(t, ok)
	assert.NotEmpty(t, res.Coalition.Grade)
	assert.Len(t, res.Teams, 4)
	assert.Greater(t, len(s.History()), 6, "harbour-watch runs for most of its 12 rounds")
}

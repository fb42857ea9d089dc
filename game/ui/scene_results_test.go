package ui

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/ui/input"
)

// TestResultsSceneBetweenRounds plays the tutorial's first round solo: the
// round's results come before the next board, tell the round in names
// (never ids), and Enter goes on to the board; they are shown once.
func TestResultsSceneBetweenRounds(t *testing.T) {
	a, script := playTutorialRounds(t, 0)
	b := a.Scene().(*boardScene)
	playRound(t, a, script, b)
	settle(t, a)
	rs, ok := a.Scene().(*resultsScene)
	require.True(t, ok, "after the round: %s", a.Scene().Name())
	assert.Equal(t, 1, rs.round)
	var text []string
	for _, p := range rs.body.Paras() {
		text = append(text, p.Text)
	}
	all := strings.Join(text, "\n")
	assert.Contains(t, all, "Your orders")
	assert.Contains(t, all, "Your score so far:", "the score section has figures from the ledger")
	for _, id := range []string{"valmora-cio", "estrel-fpl", "crew-list", "strait-secure", "harbour-phone", "lantern:", "req-", "inject-"} {
		assert.NotContains(t, all, id, "the results show names, never ids")
	}
	img := shot(t, a)
	save(t, img, "results")
	assertNotBlank(t, img)

	press(t, a, script, input.KeyEnter)
	_, ok = a.Scene().(*boardScene)
	require.True(t, ok, "Enter on the results went to %s", a.Scene().Name())
	assert.Nil(t, resultsDue(a.game, rs.team), "shown once")
}

// TestResultsSceneSmallWindow shows the results at 800×450: the text wraps
// inside its panel and the Continue button stays on screen.
func TestResultsSceneSmallWindow(t *testing.T) {
	a, script := startTutorial(t, 800, 450, nil)
	for guard := 0; guard < 10; guard++ {
		if b, ok := a.Scene().(*boardScene); ok {
			playRound(t, a, script, b)
			break
		}
		press(t, a, script, input.KeyEnter)
	}
	settle(t, a)
	rs, ok := a.Scene().(*resultsScene)
	require.True(t, ok, "after the round: %s", a.Scene().Name())
	assert.LessOrEqual(t, rs.next.Rect.Bottom(), 450.0)
	assert.LessOrEqual(t, rs.next.Rect.Right(), 800.0)
	img := shot(t, a)
	save(t, img, "results-800x450")
	assertNotBlank(t, img)
}

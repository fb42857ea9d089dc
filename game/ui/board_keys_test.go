package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/rules"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// boardOf starts the tutorial and returns its first team board.
func boardOf(t *testing.T, w, h int) (*App, *input.Script, *boardScene) {
	t.Helper()
	a, script := startTutorial(t, w, h, nil)
	if _, ok := a.Scene().(*briefingScene); ok {
		press(t, a, script, input.KeyEnter)
		settle(t, a)
	}
	b, ok := a.Scene().(*boardScene)
	require.True(t, ok, "expected the board, got %s", a.Scene().Name())
	return a, script, b
}

// Pressing 1 then 2 on a team queues what 1 and 2 said before the first
// press: numbers do not shift as orders are queued (issue 13).
func TestActionNumbersStayWhileQueuing(t *testing.T) {
	a, script, b := boardOf(t, 1280, 720)
	node := -1
	for i := range b.nodes {
		if b.nodes[i].id == "estrel-fpl" {
			node = i
		}
	}
	require.GreaterOrEqual(t, node, 0)
	click(t, a, script, rectAround(b.sats[node], b.nodeR), "Estrel on the map")
	require.Equal(t, "estrel-fpl", b.sel.ID)
	require.Equal(t, rules.Request, b.actions[0].Kind, "a team's first action is a request")
	want := []queuedAction{}
	for _, act := range b.actions[:2] {
		require.True(t, act.Enabled, "%s", act.Label)
		want = append(want, queuedAction{act.Label, act.Order})
	}
	press(t, a, script, input.Key1)
	press(t, a, script, input.Key2)
	require.Len(t, b.queue.Orders, 2, "toast: %q", b.toast)
	for i, w := range want {
		assert.Equal(t, w.order, b.queue.Orders[i], "key %d queued something else than %q", i+1, w.label)
	}
	assert.Equal(t, want[0].label, b.actions[0].Label)
	assert.True(t, b.actions[0].Queued)
	assert.Contains(t, b.actionBtn[0].Hint, "queued")
	// Pressing 1 again explains rather than queuing something else.
	press(t, a, script, input.Key1)
	assert.Len(t, b.queue.Orders, 2)
	assert.Contains(t, b.toast, "Already in your orders")
}

type queuedAction struct {
	label string
	order rules.Order
}

// rectAround is the square of half-side r around p.
func rectAround(p layout.Point, r float64) layout.Rect { return layout.R(p.X-r, p.Y-r, 2*r, 2*r) }

func TestArrivedLastRound(t *testing.T) {
	v := &rules.View{Team: "a", Round: 2, Log: []rules.Event{
		{Kind: rules.EvDeliver, Team: "a", Item: "own", Text: "own held at the start"},
		{Kind: rules.EvDeliver, Team: "a", From: "b", Item: "shared"},
		{Kind: rules.EvDeliver, Team: "b", From: "a", Item: "theirs"},
	}}
	assert.False(t, arrivedLastRound(v, "own"), "opening holdings are not new")
	assert.True(t, arrivedLastRound(v, "shared"))
	assert.False(t, arrivedLastRound(v, "theirs"), "a delivery to another team")
	assert.False(t, arrivedLastRound(v, "absent"))
}

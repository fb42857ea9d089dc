package compose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func labels(as []Action) []string {
	out := make([]string, len(as))
	for i := range as {
		out[i] = as[i].Label
	}
	return out
}

// Queuing the first request on a team must not move the second one to
// slot 1: the numbers the player reads stay the numbers they press.
func TestSlotsKeepNumbersWhileQueuing(t *testing.T) {
	s, v := start(t)
	sel := Selection{Kind: Team, ID: "estrel-fpl"}
	var slots Slots
	var q Queue
	first := slots.Arrange(sel, Actions(&v, s, q.Orders, sel), q.Orders)
	require.GreaterOrEqual(t, len(first), 3)
	require.True(t, first[0].Enabled, "first action %+v", first[0])
	require.NoError(t, q.Add(s, first[0].Order))

	raw := Actions(&v, s, q.Orders, sel)
	require.NotEqual(t, first[0].Label, raw[0].Label, "premise: the builder no longer offers the queued request first")
	after := slots.Arrange(sel, raw, q.Orders)
	require.GreaterOrEqual(t, len(after), len(first))
	for i := range first {
		assert.Equal(t, first[i].Label, after[i].Label, "slot %d moved: %v → %v", i+1, labels(first), labels(after))
	}
	assert.False(t, after[0].Enabled, "the queued action is disabled in its slot")
	assert.True(t, after[0].Queued)
	assert.Contains(t, after[0].Reason, "Already in your orders")

	// Undo brings it back, enabled, in the same slot.
	q.Undo()
	back := slots.Arrange(sel, Actions(&v, s, q.Orders, sel), q.Orders)
	assert.Equal(t, labels(first), labels(back)[:len(first)])
	assert.True(t, back[0].Enabled)
}

func TestSlotsStartAfreshForANewSelection(t *testing.T) {
	s, v := start(t)
	var slots Slots
	a := Selection{Kind: Team, ID: "estrel-fpl"}
	b := Selection{Kind: Item, ID: "crew-list"}
	first := slots.Arrange(a, Actions(&v, s, nil, a), nil)
	other := slots.Arrange(b, Actions(&v, s, nil, b), nil)
	assert.Equal(t, labels(Actions(&v, s, nil, b)), labels(other), "a new selection keeps the builder's order")
	again := slots.Arrange(a, Actions(&v, s, nil, a), nil)
	assert.Equal(t, labels(first), labels(again))
	slots.Reset()
	assert.Equal(t, labels(first), labels(slots.Arrange(a, Actions(&v, s, nil, a), nil)))
}

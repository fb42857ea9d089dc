package ui

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/ui/input"
)

// F on a handoff opens the facilitator view even when the facilitator's
// step was not switched on at the seats screen; Esc leaves to the menu.
func TestHandoffFacilitatorAndEscape(t *testing.T) {
	a, script := newGameApp(t, "tutorial.yaml", 1280, 720, 2, false)
	h, ok := a.Scene().(*handoffScene)
	require.True(t, ok, "hot-seat starts at a handoff, got %s", a.Scene().Name())
	require.Equal(t, "valmora-cio", h.team)
	require.False(t, a.game.sess.FacilitatorOn())
	press(t, a, script, input.KeyF)
	settle(t, a)
	_, ok = a.Scene().(*facilitatorScene)
	require.True(t, ok, "F went to %s", a.Scene().Name())
	press(t, a, script, input.KeyEscape)
	settle(t, a)
	h, ok = a.Scene().(*handoffScene)
	require.True(t, ok, "Esc from the facilitator view went to %s", a.Scene().Name())
	require.Equal(t, "valmora-cio", h.team)
	press(t, a, script, input.KeyEscape)
	settle(t, a)
	_, ok = a.Scene().(*titleScene)
	require.True(t, ok, "Esc on the handoff went to %s", a.Scene().Name())
	require.Nil(t, a.game)
}

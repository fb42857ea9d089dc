package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/ui/input"
)

// Pointer movement and the wheel redraw only the panels they change; the
// frame must still be exactly what a full redraw gives, and the ticks must
// not have asked for a full redraw.
func TestPointerRedrawsOnlyItsPanels(t *testing.T) {
	a, err := NewSceneApp("northern-corridor.yaml", "board", nil)
	require.NoError(t, err)
	script := &input.Script{}
	a.src = script
	a.SetSize(1280, 720)
	b := a.Scene().(*boardScene)
	step(t, a, 1)
	_ = shot(t, a)
	acts, inbox := b.actionL.Frame, b.inbox.Frame
	moves := []input.Step{
		{X: acts.CenterX(), Y: acts.Y + 5, Move: true},
		{X: acts.CenterX(), Y: acts.Y + 45, Move: true},
		{X: inbox.CenterX(), Y: inbox.CenterY(), Move: true, Wheel: -1},
		{X: inbox.CenterX(), Y: inbox.CenterY() + 3, Move: true, Wheel: -1},
		{X: b.queueR.CenterX(), Y: b.queueR.CenterY(), Move: true},
	}
	for i, st := range moves {
		script.Add(st)
		step(t, a, 1)
		assert.False(t, a.ctx.dirty, "move %d asked for a full redraw", i)
		if i < 4 {
			assert.NotZero(t, b.parts, "move %d changed no panel", i)
		}
		partial := shot(t, a)
		a.Invalidate()
		full := shot(t, a)
		require.Equal(t, full.Bounds(), partial.Bounds())
		diff := 0
		for j := range full.Pix {
			if full.Pix[j] != partial.Pix[j] {
				diff++
			}
		}
		assert.Zero(t, diff, "move %d: the partly redrawn frame differs from a full redraw in %d bytes", i, diff)
	}
}

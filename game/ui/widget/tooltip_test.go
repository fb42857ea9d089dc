package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/ui/layout"
)

func TestTooltipKeepsItsImageWhileTheTextStays(t *testing.T) {
	r := newRig(t)
	var tt Tooltip
	dst := ebiten.NewImage(1280, 720)
	defer dst.Deallocate()
	tt.Draw(dst, r.ctx, "Action points: what a team can do in a round.", layout.R(100, 100, 50, 20))
	require.NotNil(t, tt.img)
	first := tt.img
	tt.Draw(dst, r.ctx, "Action points: what a team can do in a round.", layout.R(300, 300, 50, 20))
	assert.Same(t, first, tt.img, "the same text is not laid out again")
	tt.Draw(dst, r.ctx, "Something else", layout.R(300, 300, 50, 20))
	assert.NotSame(t, first, tt.img)
}

func TestTooltipStaysOnScreen(t *testing.T) {
	r := newRig(t)
	var tt Tooltip
	dst := ebiten.NewImage(1280, 720)
	defer dst.Deallocate()
	tt.Draw(dst, r.ctx, "A tip near the bottom right corner of the screen, wrapped over lines.", layout.R(1250, 700, 20, 15))
	x, y := tt.op.GeoM.Apply(0, 0)
	b := tt.img.Bounds()
	assert.LessOrEqual(t, x+float64(b.Dx()), 1280.0)
	assert.LessOrEqual(t, y+float64(b.Dy()), 720.0, "above the anchor when there is no room below")
	assert.GreaterOrEqual(t, x, 0.0)
	assert.LessOrEqual(t, float64(b.Dx()), r.ctx.S(360)+r.ctx.S(20), "wrapped to at most 360 design pixels")
}

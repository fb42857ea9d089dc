package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"liaison/game/ui/layout"
)

func TestPanelContentMatchesPanel(t *testing.T) {
	r := newRig(t)
	dst := ebiten.NewImage(1280, 720)
	defer dst.Deallocate()
	for _, titled := range []bool{false, true} {
		rect := layout.R(10, 20, 300, 200)
		title := ""
		if titled {
			title = "Inbox"
		}
		got := Panel(dst, r.ctx, rect, title, "inbox")
		assert.Equal(t, PanelContent(r.ctx, rect, titled), got, "titled %v", titled)
		assert.True(t, rect.Contains(got.X, got.Y))
	}
	s := layout.Scroll{View: 100, Content: 300}
	assert.True(t, drawn(t, func(dst *ebiten.Image) { Scrollbar(dst, r.ctx, layout.R(0, 0, 200, 100), &s) }))
	s.Content = 50
	assert.False(t, drawn(t, func(dst *ebiten.Image) { Scrollbar(dst, r.ctx, layout.R(0, 0, 200, 100), &s) }), "no bar when all fits")
}

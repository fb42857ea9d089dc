package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"liaison/game/ui/layout"
)

func TestButtonUpdate(t *testing.T) {
	rect := layout.R(100, 100, 200, 40)
	cases := []struct {
		name      string
		disabled  bool
		x, y      float64
		click     bool
		wantClick bool
		wantHover bool
		wantTip   string
	}{
		{name: "click on an enabled button", x: 150, y: 120, click: true, wantClick: true, wantHover: true, wantTip: "does a thing"},
		{name: "click on a disabled button", disabled: true, x: 150, y: 120, click: true, wantHover: true, wantTip: "does a thing"},
		{name: "click beside the button", x: 50, y: 120, click: true},
		{name: "hover without a click", x: 299, y: 139, wantHover: true, wantTip: "does a thing"},
		{name: "just outside the bottom edge", x: 150, y: 140.5},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			b := Button{Rect: rect, Label: "Go", Hint: "Enter", Reason: "does a thing", Disabled: tc.disabled}
			if tc.click {
				r.click(tc.x, tc.y)
			} else {
				r.hover(tc.x, tc.y)
			}
			assert.Equal(t, tc.wantClick, b.Update(r.ctx))
			assert.Equal(t, tc.wantHover, b.Hover)
			tip, _ := r.ctx.TipRequested()
			assert.Equal(t, tc.wantTip, tip)
			if tc.click && tc.wantHover {
				assert.False(t, r.frame.Click, "a click on the button is consumed, enabled or not")
			}
			if tc.click && !tc.wantHover {
				assert.True(t, r.frame.Click, "a click elsewhere is left for others")
			}
		})
	}
}

func TestButtonTooltipShowsACutLabel(t *testing.T) {
	r := newRig(t)
	long := "Answer with the crew list of the northern ferry over the liaison channel"
	b := Button{Rect: layout.R(0, 0, 120, 36), Label: long, Reason: "costs 1 AP"}
	r.hover(10, 10)
	b.Update(r.ctx)
	tip, at := r.ctx.TipRequested()
	assert.Equal(t, long+"\ncosts 1 AP", tip, "a label that does not fit is given whole in the tooltip")
	assert.Equal(t, b.Rect, at)

	b.Rect.W = b.NaturalW(r.ctx, long)
	assert.Equal(t, "costs 1 AP", b.Tooltip(r.ctx), "at its natural width the label fits")
	assert.True(t, drawn(t, func(dst *ebiten.Image) { b.Draw(dst, r.ctx) }))
}

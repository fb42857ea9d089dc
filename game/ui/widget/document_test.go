package widget

import (
	"fmt"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// longDoc is a document taller than its 200-pixel frame.
func longDoc() *Doc {
	d := &Doc{}
	d.Heading("Briefing")
	for i := range 30 {
		d.Text(fmt.Sprintf("Paragraph %d of the briefing, long enough to need a line of its own.", i), draw.ColText)
	}
	d.Add(Para{Role: draw.Small, Text: "Admiralty B2", Col: draw.ColTextDim, Tip: "Admiralty code: source usually reliable, probably true."})
	return d
}

func TestDocScrolls(t *testing.T) {
	frame := layout.R(100, 100, 400, 200)
	cases := []struct {
		name string
		act  func(r *rig)
		keys bool
		down bool // scrolled down from the top
	}{
		{"wheel down over the frame", func(r *rig) { r.script.Add(input.Step{X: 200, Y: 150, Move: true, Wheel: -1}); r.next() }, false, true},
		{"wheel outside the frame", func(r *rig) { r.script.Add(input.Step{X: 20, Y: 20, Move: true, Wheel: -1}); r.next() }, false, false},
		{"Down key when focused", func(r *rig) { r.press(input.KeyDown) }, true, true},
		{"Down key when not focused", func(r *rig) { r.press(input.KeyDown) }, false, false},
		{"Page Down when focused", func(r *rig) { r.press(input.KeyPageDown) }, true, true},
		{"Up at the top stays at the top", func(r *rig) { r.press(input.KeyUp) }, true, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			d := longDoc()
			d.Layout(r.ctx, frame)
			tc.act(r)
			d.Update(r.ctx, tc.keys)
			assert.Equal(t, tc.down, d.ScrollOffset() > 0, "offset %v", d.ScrollOffset())
		})
	}
}

func TestDocScrollStopsAtTheEnd(t *testing.T) {
	r := newRig(t)
	d := longDoc()
	d.Layout(r.ctx, layout.R(0, 0, 400, 200))
	for range 100 {
		r.press(input.KeyPageDown)
		d.Update(r.ctx, true)
	}
	last := d.rows[len(d.rows)-1]
	assert.InDelta(t, last.y+last.h-200, d.ScrollOffset(), 1, "the last line ends at the frame's bottom")
	assert.True(t, drawn(t, func(dst *ebiten.Image) { d.Draw(dst, r.ctx) }))
}

func TestDocTooltipOnHoveredParagraph(t *testing.T) {
	r := newRig(t)
	d := &Doc{}
	d.Text("Plain line", draw.ColText)
	d.Add(Para{Role: draw.Small, Text: "Admiralty B2", Col: draw.ColTextDim, Tip: "source usually reliable"})
	frame := layout.R(0, 0, 400, 300)
	d.Layout(r.ctx, frame)
	require.Len(t, d.rows, 2)
	r.hover(20, d.rows[1].y+d.rows[1].h/2)
	d.Update(r.ctx, false)
	tip, _ := r.ctx.TipRequested()
	assert.Equal(t, "source usually reliable", tip)

	r.hover(20, d.rows[0].y+1)
	d.Update(r.ctx, false)
	tip, _ = r.ctx.TipRequested()
	assert.Empty(t, tip, "a paragraph without a tip shows none")
}

func TestDocRelayoutOnChange(t *testing.T) {
	r := newRig(t)
	d := &Doc{}
	d.Text("one", draw.ColText)
	frame := layout.R(0, 0, 400, 300)
	d.Layout(r.ctx, frame)
	assert.Len(t, d.rows, 1)
	d.Reset()
	d.Text("two", draw.ColText)
	d.Text("three", draw.ColText)
	d.Layout(r.ctx, frame)
	assert.Len(t, d.rows, 2, "a reset and new paragraphs are laid out again")
	assert.Equal(t, "three", d.Paras()[1].Text)
}

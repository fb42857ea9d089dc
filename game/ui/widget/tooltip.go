package widget

import (
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/layout"
)

// Tooltip is the rendered tooltip, kept while its text stays the same: it
// is drawn over every frame (so that moving between tips redraws no panel)
// at the cost of one image draw.
type Tooltip struct {
	text  string
	scale float64
	img   *ebiten.Image
	op    ebiten.DrawImageOptions
}

// Draw draws s wrapped as a tooltip below (or above) the hovered rectangle.
func (tt *Tooltip) Draw(dst *ebiten.Image, ctx *draw.Context, s string, anchor layout.Rect) {
	if tt.text != s || tt.scale != ctx.Scale || tt.img == nil {
		tt.render(ctx, s)
	}
	b := tt.img.Bounds()
	w, h := float64(b.Dx()), float64(b.Dy())
	x, y := anchor.X, anchor.Bottom()+ctx.S(4)
	if y+h > ctx.H {
		y = anchor.Y - h - ctx.S(4)
	}
	if x+w > ctx.W {
		x = ctx.W - w - ctx.S(4)
	}
	tt.op.GeoM.Reset()
	tt.op.GeoM.Translate(max(x, 0), max(y, 0))
	dst.DrawImage(tt.img, &tt.op)
}

// render lays the tooltip's text out into its own image.
func (tt *Tooltip) render(ctx *draw.Context, s string) {
	maxW := min(ctx.S(360), ctx.W-ctx.S(24))
	w := 0.0
	for line := range strings.SplitSeq(s, "\n") {
		w = max(w, ctx.TextW(draw.Small, line))
	}
	w = min(maxW, w+ctx.S(1))
	lines := ctx.Wrap(draw.Small, s, w)
	lh := ctx.LineH(draw.Small)
	pad := ctx.S(8)
	r := layout.R(0, 0, math.Ceil(w+2*pad), math.Ceil(float64(len(lines))*lh+2*pad))
	if tt.img != nil {
		tt.img.Deallocate()
	}
	tt.img = ebiten.NewImage(int(r.W), int(r.H))
	tt.text, tt.scale = s, ctx.Scale
	ctx.Paint.Fill(tt.img, r, draw.ColBlack)
	ctx.Paint.Stroke(tt.img, r, 1, draw.ColBorderHi)
	y := pad
	for _, l := range lines {
		ctx.Text(tt.img, draw.Small, l, pad, y, draw.ColText)
		y += lh
	}
}

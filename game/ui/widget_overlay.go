package ui

import (
	"math"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// tooltip is the rendered tooltip, kept while its text stays the same: it
// is drawn over every frame (so that moving between tips redraws no panel)
// at the cost of one image draw.
type tooltip struct {
	text  string
	scale float64
	img   *ebiten.Image
	op    ebiten.DrawImageOptions
}

// drawTooltip draws a wrapped tooltip below (or above) the hovered rectangle.
func drawTooltip(dst *ebiten.Image, ctx *Context, tt *tooltip, s string, anchor layout.Rect) {
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
func (tt *tooltip) render(ctx *Context, s string) {
	maxW := min(ctx.S(360), ctx.W-ctx.S(24))
	w := 0.0
	for line := range strings.SplitSeq(s, "\n") {
		w = max(w, ctx.TextW(fSmall, line))
	}
	w = min(maxW, w+ctx.S(1))
	lines := ctx.Wrap(fSmall, s, w)
	lh := ctx.LineH(fSmall)
	pad := ctx.S(8)
	r := layout.R(0, 0, math.Ceil(w+2*pad), math.Ceil(float64(len(lines))*lh+2*pad))
	if tt.img != nil {
		tt.img.Deallocate()
	}
	tt.img = ebiten.NewImage(int(r.W), int(r.H))
	tt.text, tt.scale = s, ctx.Scale
	ctx.paint.fill(tt.img, r, colBlack)
	ctx.paint.stroke(tt.img, r, 1, colBorderHi)
	y := pad
	for _, l := range lines {
		ctx.Text(tt.img, fSmall, l, pad, y, colText)
		y += lh
	}
}

// drawHelp draws the '?' overlay: the scene's and the global shortcuts on
// the left, the glossary of the board's jargon on the right.
func drawHelp(dst *ebiten.Image, ctx *Context, local []Shortcut) {
	ctx.paint.fill(dst, ctx.Screen(), colShade)
	box := ctx.Screen().Inset(ctx.S(24))
	ctx.paint.roundBorder(dst, box, ctx.S(10), 2, colPanel, colBorderHi)
	in := box.Inset(ctx.S(20))
	keys, gloss := in.CutLeft(in.W*0.4, ctx.S(24))
	// Shortcuts.
	ctx.Text(dst, fHeading, "Keyboard shortcuts", keys.X, keys.Y, colText)
	y := keys.Y + ctx.LineH(fHeading) + ctx.S(10)
	lh := ctx.LineH(fSmall)
	kw := keys.W * 0.42
	row := func(s Shortcut) {
		ctx.Text(dst, fSmallBold, ctx.Fit(fSmallBold, s.Keys, kw-ctx.S(8)), keys.X, y, colAccent)
		y = max(y+lh, ctx.Para(dst, fSmall, s.What, keys.X+kw, y, keys.W-kw, in.Bottom(), colText)) + ctx.S(3)
	}
	for _, s := range local {
		row(s)
	}
	y += lh * 0.5
	for _, s := range globalHelp {
		row(s)
	}
	// Glossary: the right column, then on under the shortcuts.
	ctx.Text(dst, fHeading, "Glossary", gloss.X, gloss.Y, colText)
	col, gy := gloss, gloss.Y+ctx.LineH(fHeading)+ctx.S(10)
	bottom := in.Bottom() - lh - ctx.S(4)
	moved := false
	for _, g := range glossary {
		tw := col.W * 0.27
		h := max(lh, ctx.ParaH(fSmall, g.Meaning, col.W-tw))
		if gy+h > bottom && !moved {
			col, gy, moved = keys, y+lh*0.5, true
			tw = col.W * 0.27
			h = max(lh, ctx.ParaH(fSmall, g.Meaning, col.W-tw))
		}
		if gy+h > bottom {
			break
		}
		ctx.Text(dst, fSmallBold, ctx.Fit(fSmallBold, g.Term, tw-ctx.S(8)), col.X, gy, colAccent)
		gy = ctx.Para(dst, fSmall, g.Meaning, col.X+tw, gy, col.W-tw, bottom, colText) + ctx.S(3)
	}
	ctx.TextAl(dst, fSmall, "Esc or click to close · hover a term on the board for its meaning", in.Right(), in.Bottom()-lh, colTextDim, alignRight)
}

// panel draws a titled panel and returns its content rectangle.
func panel(dst *ebiten.Image, ctx *Context, r layout.Rect, title, icon string) layout.Rect {
	ctx.paint.roundBorder(dst, r, ctx.S(mRadius), 1, colPanel, colBorder)
	in := r.Inset(ctx.S(10))
	if title == "" {
		return in
	}
	x := in.X
	hh := ctx.LineH(fHeading)
	if icon != "" {
		ctx.Icon(dst, icon, layout.R(x, in.Y+hh*0.1, hh*0.8, hh*0.8), colTextDim)
		x += hh*0.8 + ctx.S(6)
	}
	ctx.Text(dst, fHeading, title, x, in.Y, colText)
	_, rest := in.CutTop(hh, ctx.S(6))
	return rest
}

// panelContent returns the content rectangle panel would return, without drawing.
func panelContent(ctx *Context, r layout.Rect, titled bool) layout.Rect {
	in := r.Inset(ctx.S(10))
	if !titled {
		return in
	}
	_, rest := in.CutTop(ctx.LineH(fHeading), ctx.S(6))
	return rest
}

// scrollbar draws a thin scroll bar at the right edge of frame.
func scrollbar(dst *ebiten.Image, ctx *Context, frame layout.Rect, s *layout.Scroll) {
	if !s.Scrollable() {
		return
	}
	track := layout.R(frame.Right()-ctx.S(5), frame.Y, ctx.S(4), frame.H)
	ctx.paint.round(dst, track, ctx.S(2), colPanelHi)
	ctx.paint.round(dst, s.Thumb(track), ctx.S(2), colTextFaint)
}

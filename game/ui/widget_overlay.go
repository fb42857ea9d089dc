package ui

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// drawTooltip draws a wrapped tooltip below (or above) the hovered rectangle.
func drawTooltip(dst *ebiten.Image, ctx *Context, s string, anchor layout.Rect) {
	maxW := min(ctx.S(360), ctx.W-ctx.S(24))
	w := 0.0
	for line := range strings.SplitSeq(s, "\n") {
		w = max(w, ctx.TextW(fSmall, line))
	}
	w = min(maxW, w+ctx.S(1))
	lines := ctx.Wrap(fSmall, s, w)
	lh := ctx.LineH(fSmall)
	pad := ctx.S(8)
	r := layout.R(anchor.X, anchor.Bottom()+ctx.S(4), w+2*pad, float64(len(lines))*lh+2*pad)
	if r.Bottom() > ctx.H {
		r.Y = anchor.Y - r.H - ctx.S(4)
	}
	if r.Right() > ctx.W {
		r.X = ctx.W - r.W - ctx.S(4)
	}
	r.X, r.Y = max(r.X, 0), max(r.Y, 0)
	ctx.paint.fill(dst, r, colBlack)
	ctx.paint.stroke(dst, r, 1, colBorderHi)
	y := r.Y + pad
	for _, l := range lines {
		ctx.Text(dst, fSmall, l, r.X+pad, y, colText)
		y += lh
	}
}

// drawHelp draws the '?' overlay with the scene's and the global shortcuts.
func drawHelp(dst *ebiten.Image, ctx *Context, local []Shortcut) {
	ctx.paint.fill(dst, ctx.Screen(), colShade)
	lh := ctx.LineH(fBody) * 1.35
	n := len(local) + len(globalHelp) + 1
	box := ctx.Screen().Centered(ctx.S(640), float64(n)*lh+ctx.S(100))
	ctx.paint.roundBorder(dst, box, ctx.S(10), 2, colPanel, colBorderHi)
	in := box.Inset(ctx.S(24))
	ctx.Text(dst, fHeading, "Keyboard shortcuts", in.X, in.Y, colText)
	y := in.Y + ctx.LineH(fHeading) + ctx.S(14)
	kx := in.X
	dx := in.X + ctx.S(220)
	row := func(s Shortcut, c *Context) {
		c.Text(dst, fBodyBold, s.Keys, kx, y, colAccent)
		c.Text(dst, fBody, c.Fit(fBody, s.What, in.Right()-dx), dx, y, colText)
		y += lh
	}
	for _, s := range local {
		row(s, ctx)
	}
	y += lh * 0.3
	for _, s := range globalHelp {
		row(s, ctx)
	}
	ctx.TextAl(dst, fSmall, "Esc or click to close", in.Right(), box.Bottom()-ctx.S(24), colTextDim, alignRight)
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

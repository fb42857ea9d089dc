package widget

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/layout"
)

// Panel draws a titled panel and returns its content rectangle.
func Panel(dst *ebiten.Image, ctx *draw.Context, r layout.Rect, title, icon string) layout.Rect {
	ctx.Paint.RoundBorder(dst, r, ctx.S(draw.Radius), 1, draw.ColPanel, draw.ColBorder)
	in := r.Inset(ctx.S(10))
	if title == "" {
		return in
	}
	x := in.X
	hh := ctx.LineH(draw.Heading)
	if icon != "" {
		ctx.Icon(dst, icon, layout.R(x, in.Y+hh*0.1, hh*0.8, hh*0.8), draw.ColTextDim)
		x += hh*0.8 + ctx.S(6)
	}
	ctx.Text(dst, draw.Heading, title, x, in.Y, draw.ColText)
	_, rest := in.CutTop(hh, ctx.S(6))
	return rest
}

// PanelContent returns the content rectangle Panel would return, without drawing.
func PanelContent(ctx *draw.Context, r layout.Rect, titled bool) layout.Rect {
	in := r.Inset(ctx.S(10))
	if !titled {
		return in
	}
	_, rest := in.CutTop(ctx.LineH(draw.Heading), ctx.S(6))
	return rest
}

// Scrollbar draws a thin scroll bar at the right edge of frame.
func Scrollbar(dst *ebiten.Image, ctx *draw.Context, frame layout.Rect, s *layout.Scroll) {
	if !s.Scrollable() {
		return
	}
	track := layout.R(frame.Right()-ctx.S(5), frame.Y, ctx.S(4), frame.H)
	ctx.Paint.Round(dst, track, ctx.S(2), draw.ColPanelHi)
	ctx.Paint.Round(dst, s.Thumb(track), ctx.S(2), draw.ColTextFaint)
}

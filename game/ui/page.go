package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// pageFrame cuts the screen of a full-page scene into its heading, body and
// button footer: a 28-unit margin, a heading of headH, and a 44-unit footer,
// each separated from the body by gap.
func pageFrame(ctx *Context, headH, gap float64) (head, body, footer layout.Rect) {
	scr := ctx.Screen().Inset(ctx.S(28))
	head, scr = scr.CutTop(headH, ctx.S(gap))
	body, footer = scr.CutBottom(ctx.S(44), ctx.S(gap))
	return head, body, footer
}

// pageHeading draws a full-page scene's title in head, led by an icon in
// iconCol and cut to fit, and returns the y of the line below it, where the
// scene's subtitle goes.
func pageHeading(dst *ebiten.Image, ctx *Context, head layout.Rect, icon string, iconCol color.RGBA, title string) float64 {
	is := ctx.LineH(fHeading)
	ctx.Icon(dst, icon, layout.R(head.X, head.Y, is, is), iconCol)
	ctx.Text(dst, fHeading, ctx.Fit(fHeading, title, head.W-is-ctx.S(10)), head.X+is+ctx.S(10), head.Y, colText)
	return head.Y + ctx.LineH(fHeading) + ctx.S(6)
}

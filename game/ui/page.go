package ui

import "liaison/game/ui/layout"

// pageFrame cuts the screen of a full-page scene into its heading, body and
// button footer: a 28-unit margin, a heading of headH, and a 44-unit footer,
// each separated from the body by gap.
func pageFrame(ctx *Context, headH, gap float64) (head, body, footer layout.Rect) {
	scr := ctx.Screen().Inset(ctx.S(28))
	head, scr = scr.CutTop(headH, ctx.S(gap))
	body, footer = scr.CutBottom(ctx.S(44), ctx.S(gap))
	return head, body, footer
}

package ui

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// turnBanner is the strip across the top of the in-game scenes:
// "Round 4 of 12 · Nordvik Security Service · 3 AP".
type turnBanner struct {
	text   string
	right  string
	colour string // team colour (#rrggbb) for the swatch; "" for none
}

// set rebuilds the banner's strings (call when the round, team or AP change).
func (b *turnBanner) set(round, rounds int, team string, ap int, colour, right string) {
	switch {
	case team == "":
		b.text = fmt.Sprintf("Round %d of %d", round, rounds)
	case ap < 0:
		b.text = fmt.Sprintf("Round %d of %d · %s", round, rounds, team)
	default:
		b.text = fmt.Sprintf("Round %d of %d · %s · %d AP", round, rounds, team, ap)
	}
	b.colour, b.right = colour, right
}

// height returns the banner's height.
func (b *turnBanner) height(ctx *Context) float64 { return ctx.LineH(fHeading) + ctx.S(16) }

// draw draws the banner across r.
func (b *turnBanner) draw(dst *ebiten.Image, ctx *Context, r layout.Rect) {
	ctx.paint.fill(dst, r, colPanel)
	ctx.paint.fill(dst, layout.R(r.X, r.Bottom()-1, r.W, 1), colBorder)
	x := r.X + ctx.S(mPad)
	if b.colour != "" {
		ctx.paint.fill(dst, layout.R(r.X, r.Y, ctx.S(6), r.H), teamColour(b.colour))
	}
	ctx.TextMid(dst, fHeading, ctx.Fit(fHeading, b.text, r.W*0.7), layout.R(x, r.Y, r.W, r.H), colText, alignLeft)
	if b.right != "" {
		ctx.TextMid(dst, fSmall, b.right, layout.R(r.X, r.Y, r.W-ctx.S(mPad), r.H), colTextDim, alignRight)
	}
}

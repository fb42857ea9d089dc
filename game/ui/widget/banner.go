package widget

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/layout"
)

// Banner is the strip across the top of the in-game scenes:
// "Round 4 of 12 · Nordvik Security Service · 3 AP".
type Banner struct {
	Text   string // at the left, in the heading font
	Right  string // at the right, small
	Colour string // team colour (#rrggbb) for the swatch; "" for none
}

// Set rebuilds the banner's strings (call when the round, team or AP change).
func (b *Banner) Set(round, rounds int, team string, ap int, colour, right string) {
	switch {
	case team == "":
		b.Text = fmt.Sprintf("Round %d of %d", round, rounds)
	case ap < 0:
		b.Text = fmt.Sprintf("Round %d of %d · %s", round, rounds, team)
	default:
		b.Text = fmt.Sprintf("Round %d of %d · %s · %d AP", round, rounds, team, ap)
	}
	b.Colour, b.Right = colour, right
}

// Height returns the banner's height.
func (b *Banner) Height(ctx *draw.Context) float64 { return ctx.LineH(draw.Heading) + ctx.S(16) }

// Draw draws the banner across r.
func (b *Banner) Draw(dst *ebiten.Image, ctx *draw.Context, r layout.Rect) {
	ctx.Paint.Fill(dst, r, draw.ColPanel)
	ctx.Paint.Fill(dst, layout.R(r.X, r.Bottom()-1, r.W, 1), draw.ColBorder)
	x := r.X + ctx.S(draw.Pad)
	if b.Colour != "" {
		ctx.Paint.Fill(dst, layout.R(r.X, r.Y, ctx.S(6), r.H), draw.TeamColour(b.Colour))
	}
	ctx.TextMid(dst, draw.Heading, ctx.Fit(draw.Heading, b.Text, r.W*0.7), layout.R(x, r.Y, r.W, r.H), draw.ColText, draw.AlignLeft)
	if b.Right != "" {
		ctx.TextMid(dst, draw.Small, b.Right, layout.R(r.X, r.Y, r.W-ctx.S(draw.Pad), r.H), draw.ColTextDim, draw.AlignRight)
	}
}

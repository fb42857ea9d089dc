package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"liaison/game/ui/draw"
)

// drawHelp draws the '?' overlay: the scene's and the global shortcuts on
// the left, the glossary of the board's jargon on the right.
func drawHelp(dst *ebiten.Image, ctx *draw.Context, local []Shortcut) {
	ctx.Paint.Fill(dst, ctx.Screen(), draw.ColShade)
	box := ctx.Screen().Inset(ctx.S(24))
	ctx.Paint.RoundBorder(dst, box, ctx.S(10), 2, draw.ColPanel, draw.ColBorderHi)
	in := box.Inset(ctx.S(20))
	keys, gloss := in.CutLeft(in.W*0.4, ctx.S(24))
	// Shortcuts.
	ctx.Text(dst, draw.Heading, "Keyboard shortcuts", keys.X, keys.Y, draw.ColText)
	y := keys.Y + ctx.LineH(draw.Heading) + ctx.S(10)
	lh := ctx.LineH(draw.Small)
	kw := keys.W * 0.42
	row := func(s Shortcut) {
		ctx.Text(dst, draw.SmallBold, ctx.Fit(draw.SmallBold, s.Keys, kw-ctx.S(8)), keys.X, y, draw.ColAccent)
		y = max(y+lh, ctx.Para(dst, draw.Small, s.What, keys.X+kw, y, keys.W-kw, in.Bottom(), draw.ColText)) + ctx.S(3)
	}
	for _, s := range local {
		row(s)
	}
	y += lh * 0.5
	for _, s := range globalHelp {
		row(s)
	}
	// Glossary: the right column, then on under the shortcuts.
	ctx.Text(dst, draw.Heading, "Glossary", gloss.X, gloss.Y, draw.ColText)
	col, gy := gloss, gloss.Y+ctx.LineH(draw.Heading)+ctx.S(10)
	bottom := in.Bottom() - lh - ctx.S(4)
	moved := false
	for _, g := range glossary {
		tw := col.W * 0.27
		h := max(lh, ctx.ParaH(draw.Small, g.Meaning, col.W-tw))
		if gy+h > bottom && !moved {
			col, gy, moved = keys, y+lh*0.5, true
			tw = col.W * 0.27
			h = max(lh, ctx.ParaH(draw.Small, g.Meaning, col.W-tw))
		}
		if gy+h > bottom {
			break
		}
		ctx.Text(dst, draw.SmallBold, ctx.Fit(draw.SmallBold, g.Term, tw-ctx.S(8)), col.X, gy, draw.ColAccent)
		gy = ctx.Para(dst, draw.Small, g.Meaning, col.X+tw, gy, col.W-tw, bottom, draw.ColText) + ctx.S(3)
	}
	ctx.TextAl(dst, draw.Small, "Esc or click to close · hover a term on the board for its meaning", in.Right(), in.Bottom()-lh, draw.ColTextDim, draw.AlignRight)
}

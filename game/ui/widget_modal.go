package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// modal is a small dialog with a message, a confirm and a cancel button.
// Enter confirms, Esc cancels.
type modal struct {
	title, text string
	ok, cancel  button
	box         layout.Rect
}

func newModal(title, text, ok, cancel string) *modal {
	return &modal{title: title, text: text,
		ok:     button{Label: ok, Hint: "Enter", Primary: true},
		cancel: button{Label: cancel, Hint: "Esc"}}
}

// update returns +1 when confirmed, -1 when cancelled, 0 otherwise. It
// swallows all other input while open.
func (m *modal) update(ctx *Context) int {
	m.layout(ctx)
	res := 0
	switch {
	case m.ok.update(ctx) || ctx.In.Pressed(input.KeyEnter):
		res = 1
	case m.cancel.update(ctx) || ctx.In.Pressed(input.KeyEscape):
		res = -1
	}
	ctx.In.ConsumeClick()
	return res
}

func (m *modal) layout(ctx *Context) {
	w := ctx.S(560)
	h := ctx.S(90) + ctx.LineH(fHeading) + ctx.ParaH(fBody, m.text, w-ctx.S(48))
	m.box = ctx.Screen().Centered(w, h)
	in := m.box.Inset(ctx.S(24))
	bw := (in.W - ctx.S(12)) / 2
	m.cancel.Rect = layout.R(in.X, in.Bottom()-ctx.S(40), bw, ctx.S(40))
	m.ok.Rect = layout.R(in.Right()-bw, in.Bottom()-ctx.S(40), bw, ctx.S(40))
}

func (m *modal) draw(dst *ebiten.Image, ctx *Context) {
	m.layout(ctx)
	ctx.paint.fill(dst, ctx.Screen(), colShade)
	ctx.paint.roundBorder(dst, m.box, ctx.S(10), 2, colPanel, colBorderHi)
	in := m.box.Inset(ctx.S(24))
	ctx.Text(dst, fHeading, m.title, in.X, in.Y, colText)
	ctx.Para(dst, fBody, m.text, in.X, in.Y+ctx.LineH(fHeading)+ctx.S(10), in.W, in.Bottom(), colTextDim)
	m.cancel.draw(dst, ctx)
	m.ok.draw(dst, ctx)
}

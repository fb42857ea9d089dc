package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// modal is a small dialog: a title, a message, optional warnings, then a
// confirm and a cancel button below all the text. Enter confirms, Esc
// cancels. Its height follows its text, so buttons never cover it.
type modal struct {
	kind        string // what the dialog is for (the scene's own tag)
	title, text string
	warnings    []string // drawn with a warning icon, between text and buttons
	ok, cancel  button
	box         layout.Rect
}

func newModal(title, text, ok, cancel string) *modal {
	return &modal{kind: title, title: title, text: text,
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

// modal metrics, in design pixels.
const (
	modalPad     = 24
	modalGap     = 10
	modalButtonH = 40
	modalWarnGap = 6
)

// textW is the width of the dialog's text column.
func (m *modal) textW(ctx *Context) float64 { return m.box.W - 2*ctx.S(modalPad) }

// warnIconW is the room a warning's icon takes.
func warnIconW(ctx *Context) float64 { return ctx.LineH(fBody) + ctx.S(6) }

func (m *modal) layout(ctx *Context) {
	w := min(ctx.S(600), ctx.W-ctx.S(32))
	m.box.W = w
	tw := m.textW(ctx)
	h := 2*ctx.S(modalPad) + ctx.LineH(fHeading) + ctx.S(modalGap) + ctx.ParaH(fBody, m.text, tw)
	for _, wn := range m.warnings {
		h += ctx.S(modalWarnGap) + ctx.ParaH(fBody, wn, tw-warnIconW(ctx))
	}
	h += ctx.S(2*modalGap) + ctx.S(modalButtonH)
	h = min(h, ctx.H-ctx.S(16))
	m.box = ctx.Screen().Centered(w, h)
	in := m.box.Inset(ctx.S(modalPad))
	bw := (in.W - ctx.S(12)) / 2
	m.cancel.Rect = layout.R(in.X, in.Bottom()-ctx.S(modalButtonH), bw, ctx.S(modalButtonH))
	m.ok.Rect = layout.R(in.Right()-bw, in.Bottom()-ctx.S(modalButtonH), bw, ctx.S(modalButtonH))
}

func (m *modal) draw(dst *ebiten.Image, ctx *Context) {
	m.layout(ctx)
	ctx.paint.fill(dst, ctx.Screen(), colShade)
	ctx.paint.roundBorder(dst, m.box, ctx.S(10), 2, colPanel, colBorderHi)
	in := m.box.Inset(ctx.S(modalPad))
	ctx.Text(dst, fHeading, m.title, in.X, in.Y, colText)
	limit := m.ok.Rect.Y - ctx.S(modalGap)
	y := ctx.Para(dst, fBody, m.text, in.X, in.Y+ctx.LineH(fHeading)+ctx.S(modalGap), in.W, limit, colText)
	iw := warnIconW(ctx)
	for _, wn := range m.warnings {
		y += ctx.S(modalWarnGap)
		is := ctx.LineH(fBody) * 0.9
		if y+is <= limit {
			ctx.Icon(dst, "unconfirmed", layout.R(in.X, y, is, is), colWarn)
		}
		y = ctx.Para(dst, fBody, wn, in.X+iw, y, in.W-iw, limit, colWarn)
	}
	m.cancel.draw(dst, ctx)
	m.ok.draw(dst, ctx)
}

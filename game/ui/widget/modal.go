package widget

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// Modal is a small dialog: a title, a message, optional warnings, then a
// confirm and a cancel button below all the text. Enter confirms, Esc
// cancels. Its height follows its text, so buttons never cover it.
type Modal struct {
	Kind        string // what the dialog is for (the scene's own tag; the title by default)
	Title, Text string
	Warnings    []string // drawn with a warning icon, between text and buttons
	OK, Cancel  Button
	box         layout.Rect
}

// NewModal returns a dialog with a confirm (Enter) and a cancel (Esc) button.
func NewModal(title, text, ok, cancel string) *Modal {
	return &Modal{Kind: title, Title: title, Text: text,
		OK:     Button{Label: ok, Hint: "Enter", Primary: true},
		Cancel: Button{Label: cancel, Hint: "Esc"}}
}

// Update returns +1 when confirmed, -1 when cancelled, 0 otherwise. It
// swallows all other input while open.
func (m *Modal) Update(ctx *draw.Context) int {
	m.layout(ctx)
	res := 0
	switch {
	case m.OK.Update(ctx) || ctx.In.Pressed(input.KeyEnter):
		res = 1
	case m.Cancel.Update(ctx) || ctx.In.Pressed(input.KeyEscape):
		res = -1
	}
	ctx.In.ConsumeClick()
	return res
}

// Modal metrics, in design pixels.
const (
	modalPad     = 24
	modalGap     = 10
	modalButtonH = 40
	modalWarnGap = 6
)

// textW is the width of the dialog's text column.
func (m *Modal) textW(ctx *draw.Context) float64 { return m.box.W - 2*ctx.S(modalPad) }

// warnIconW is the room a warning's icon takes.
func warnIconW(ctx *draw.Context) float64 { return ctx.LineH(draw.Body) + ctx.S(6) }

func (m *Modal) layout(ctx *draw.Context) {
	w := min(ctx.S(600), ctx.W-ctx.S(32))
	m.box.W = w
	tw := m.textW(ctx)
	h := 2*ctx.S(modalPad) + ctx.LineH(draw.Heading) + ctx.S(modalGap) + ctx.ParaH(draw.Body, m.Text, tw)
	for _, wn := range m.Warnings {
		h += ctx.S(modalWarnGap) + ctx.ParaH(draw.Body, wn, tw-warnIconW(ctx))
	}
	h += ctx.S(2*modalGap) + ctx.S(modalButtonH)
	h = min(h, ctx.H-ctx.S(16))
	m.box = ctx.Screen().Centered(w, h)
	in := m.box.Inset(ctx.S(modalPad))
	bw := (in.W - ctx.S(12)) / 2
	m.Cancel.Rect = layout.R(in.X, in.Bottom()-ctx.S(modalButtonH), bw, ctx.S(modalButtonH))
	m.OK.Rect = layout.R(in.Right()-bw, in.Bottom()-ctx.S(modalButtonH), bw, ctx.S(modalButtonH))
}

// Draw renders the dialog over a shade.
func (m *Modal) Draw(dst *ebiten.Image, ctx *draw.Context) {
	m.layout(ctx)
	ctx.Paint.Fill(dst, ctx.Screen(), draw.ColShade)
	ctx.Paint.RoundBorder(dst, m.box, ctx.S(10), 2, draw.ColPanel, draw.ColBorderHi)
	in := m.box.Inset(ctx.S(modalPad))
	ctx.Text(dst, draw.Heading, m.Title, in.X, in.Y, draw.ColText)
	limit := m.OK.Rect.Y - ctx.S(modalGap)
	y := ctx.Para(dst, draw.Body, m.Text, in.X, in.Y+ctx.LineH(draw.Heading)+ctx.S(modalGap), in.W, limit, draw.ColText)
	iw := warnIconW(ctx)
	for _, wn := range m.Warnings {
		y += ctx.S(modalWarnGap)
		is := ctx.LineH(draw.Body) * 0.9
		if y+is <= limit {
			ctx.Icon(dst, "unconfirmed", layout.R(in.X, y, is, is), draw.ColWarn)
		}
		y = ctx.Para(dst, draw.Body, wn, in.X+iw, y, in.W-iw, limit, draw.ColWarn)
	}
	m.Cancel.Draw(dst, ctx)
	m.OK.Draw(dst, ctx)
}

package widget

import (
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// TextField is a one-line text input. It takes typed characters while
// focused; Backspace deletes. The text is capped at Max runes (0: no cap).
type TextField struct {
	Rect    layout.Rect
	Focused bool
	Hint    string
	Max     int
	buf     []rune
	text    string // cached string of buf
}

// Update handles focus clicks and typing; it reports whether the text changed.
func (f *TextField) Update(ctx *draw.Context) bool {
	in := ctx.In
	if in.Click {
		f.Focused = f.Rect.Contains(in.X, in.Y)
	}
	if !f.Focused {
		return false
	}
	changed := false
	for _, r := range in.Chars {
		if r >= ' ' && r != 0x7f && (f.Max == 0 || len(f.buf) < f.Max) {
			f.buf = append(f.buf, r)
			changed = true
		}
	}
	if in.Pressed(input.KeyBackspace) && len(f.buf) > 0 {
		f.buf = f.buf[:len(f.buf)-1]
		in.Consume(input.KeyBackspace)
		changed = true
	}
	if changed {
		f.text = string(f.buf)
	}
	// Typed letters are text here, not shortcuts.
	for _, k := range [...]input.Key{input.KeyC, input.KeyE, input.KeyF, input.KeyI, input.KeyJ, input.KeyL, input.KeyN, input.KeyP, input.KeyS, input.KeyU, input.KeyZ, input.KeySpace, input.KeyQuestion,
		input.Key0, input.Key1, input.Key2, input.Key3, input.Key4, input.Key5, input.Key6, input.Key7, input.Key8, input.Key9} {
		in.Consume(k)
	}
	return changed
}

// Text returns the field's text.
func (f *TextField) Text() string { return f.text }

// Set replaces the text (capped at Max runes, control characters dropped).
func (f *TextField) Set(text string) {
	f.buf = f.buf[:0]
	for _, r := range text {
		if r >= ' ' && r != 0x7f && (f.Max == 0 || len(f.buf) < f.Max) {
			f.buf = append(f.buf, r)
		}
	}
	f.text = string(f.buf)
}

// Clear empties the field.
func (f *TextField) Clear() { f.buf, f.text = f.buf[:0], "" }

// Draw renders the field, its hint when empty and a caret when focused.
func (f *TextField) Draw(dst *ebiten.Image, ctx *draw.Context) {
	border := draw.ColBorder
	if f.Focused {
		border = draw.ColBorderHi
	}
	ctx.Paint.RoundBorder(dst, f.Rect, ctx.S(5), max(1, ctx.S(1.5)), draw.ColBG, border)
	in := f.Rect.InsetXY(ctx.S(8), 0)
	if f.text == "" {
		ctx.TextMid(dst, draw.Body, f.Hint, in, draw.ColTextFaint, draw.AlignLeft)
	} else {
		t := f.text
		for len(t) > 0 && ctx.TextW(draw.Body, t) > in.W-ctx.S(8) {
			_, size := utf8.DecodeRuneInString(t)
			t = t[size:]
		}
		w := ctx.TextW(draw.Body, t)
		ctx.TextMid(dst, draw.Body, t, in, draw.ColText, draw.AlignLeft)
		in.X += w
	}
	if f.Focused {
		ctx.Paint.Fill(dst, layout.R(in.X+ctx.S(1), f.Rect.Y+ctx.S(7), max(1, ctx.S(1.5)), f.Rect.H-ctx.S(14)), draw.ColText)
	}
}

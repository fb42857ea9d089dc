package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"

	"liaison/game/ui/input"
)

// ebitenInput is the input Source of a real window: it polls Ebiten's
// mouse and keyboard state into the frame.
type ebitenInput struct {
	runes []rune
}

// keyMap lists the Ebiten keys behind each game key.
var keyMap = [...]struct {
	k input.Key
	e ebiten.Key
}{
	{input.KeyUp, ebiten.KeyArrowUp}, {input.KeyDown, ebiten.KeyArrowDown},
	{input.KeyLeft, ebiten.KeyArrowLeft}, {input.KeyRight, ebiten.KeyArrowRight},
	{input.KeyEnter, ebiten.KeyEnter}, {input.KeyEnter, ebiten.KeyNumpadEnter},
	{input.KeyEscape, ebiten.KeyEscape}, {input.KeyTab, ebiten.KeyTab},
	{input.KeySpace, ebiten.KeySpace}, {input.KeyBackspace, ebiten.KeyBackspace},
	{input.KeyDelete, ebiten.KeyDelete}, {input.KeyPageUp, ebiten.KeyPageUp},
	{input.KeyPageDown, ebiten.KeyPageDown}, {input.KeyHome, ebiten.KeyHome},
	{input.KeyEnd, ebiten.KeyEnd}, {input.KeyQuestion, ebiten.KeyF1},
	{input.KeyC, ebiten.KeyC}, {input.KeyE, ebiten.KeyE}, {input.KeyF, ebiten.KeyF}, {input.KeyI, ebiten.KeyI},
	{input.KeyL, ebiten.KeyL}, {input.KeyJ, ebiten.KeyJ}, {input.KeyN, ebiten.KeyN}, {input.KeyP, ebiten.KeyP}, {input.KeyS, ebiten.KeyS},
	{input.KeyU, ebiten.KeyU}, {input.KeyZ, ebiten.KeyZ},
	{input.KeyH, ebiten.KeyH}, {input.KeyK, ebiten.KeyK}, {input.KeyT, ebiten.KeyT}, {input.KeyB, ebiten.KeyB},
	{input.KeyPlus, ebiten.KeyEqual}, {input.KeyPlus, ebiten.KeyNumpadAdd},
	{input.KeyMinus, ebiten.KeyMinus}, {input.KeyMinus, ebiten.KeyNumpadSubtract},
	{input.Key0, ebiten.KeyDigit0}, {input.Key1, ebiten.KeyDigit1}, {input.Key2, ebiten.KeyDigit2},
	{input.Key3, ebiten.KeyDigit3}, {input.Key4, ebiten.KeyDigit4}, {input.Key5, ebiten.KeyDigit5},
	{input.Key6, ebiten.KeyDigit6}, {input.Key7, ebiten.KeyDigit7}, {input.Key8, ebiten.KeyDigit8},
	{input.Key9, ebiten.KeyDigit9},
	{input.Key0, ebiten.KeyNumpad0}, {input.Key1, ebiten.KeyNumpad1}, {input.Key2, ebiten.KeyNumpad2},
	{input.Key3, ebiten.KeyNumpad3}, {input.Key4, ebiten.KeyNumpad4}, {input.Key5, ebiten.KeyNumpad5},
	{input.Key6, ebiten.KeyNumpad6}, {input.Key7, ebiten.KeyNumpad7}, {input.Key8, ebiten.KeyNumpad8},
	{input.Key9, ebiten.KeyNumpad9},
}

// repeat reports a key press or its auto-repeat (after 400 ms, every 50 ms at 60 TPS).
func repeat(k ebiten.Key) bool {
	d := inpututil.KeyPressDuration(k)
	return d == 1 || (d >= 24 && (d-24)%3 == 0)
}

// Poll implements input.Source.
func (e *ebitenInput) Poll(f *input.Frame) {
	f.Reset()
	x, y := ebiten.CursorPosition()
	f.MoveTo(float64(x), float64(y))
	f.Down = ebiten.IsMouseButtonPressed(ebiten.MouseButtonLeft)
	f.Click = inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonLeft)
	f.RightClick = inpututil.IsMouseButtonJustPressed(ebiten.MouseButtonRight)
	f.WheelX, f.WheelY = ebiten.Wheel()
	f.Shift = ebiten.IsKeyPressed(ebiten.KeyShift)
	f.Ctrl = ebiten.IsKeyPressed(ebiten.KeyControl) || ebiten.IsKeyPressed(ebiten.KeyMeta)
	for _, m := range keyMap {
		if ebiten.IsKeyPressed(m.e) {
			f.Hold(m.k)
			if repeat(m.e) {
				f.Press(m.k)
			}
		}
	}
	e.runes = ebiten.AppendInputChars(e.runes[:0])
	for _, r := range e.runes {
		if r == '?' {
			f.Press(input.KeyQuestion)
		}
	}
	if !f.Ctrl {
		// '+'/'-' zoom only with Ctrl; '=' alone is not a command.
		f.Unpress(input.KeyPlus)
		f.Unpress(input.KeyMinus)
	}
	f.Chars = append(f.Chars, typed(e.runes, f.Ctrl, ebiten.IsKeyPressed(ebiten.KeyAlt))...)
	f.Chars = pastedText(f.Chars)
}

// typed is the text among the characters of a tick's key presses: none
// while Ctrl (or Cmd) is held without Alt, since that is a shortcut and
// the browser reports Ctrl+V's "v" or Ctrl+S's "s" as typed characters.
// AltGr, which some layouts need for "@" or "€", holds Ctrl and Alt
// together: that stays text.
func typed(runes []rune, ctrl, alt bool) []rune {
	if ctrl && !alt {
		return nil
	}
	return runes
}

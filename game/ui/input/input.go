// Package input is the display-free input layer of the desktop game. Each
// tick a Source fills a Frame (a snapshot of mouse and keyboard); scenes read
// only Frames. The game's Source polls Ebiten; tests use a Script that plays
// simulated clicks and keys through exactly the same path a person's input takes.
package input

// Key is a keyboard key the game responds to.
type Key uint8

// Keys the game uses. Digits are Key0+n.
const (
	KeyNone Key = iota
	KeyUp
	KeyDown
	KeyLeft
	KeyRight
	KeyEnter
	KeyEscape
	KeyTab
	KeySpace
	KeyBackspace
	KeyDelete
	KeyPageUp
	KeyPageDown
	KeyHome
	KeyEnd
	KeyQuestion // '?' (shift+slash on most layouts) or F1
	KeyC
	KeyE
	KeyF
	KeyI
	KeyL
	KeyN
	KeyP
	KeyS
	KeyU
	KeyZ
	KeyJ     // join a game (title)
	KeyPlus  // zoom in (Ctrl+= / Ctrl++)
	KeyMinus // zoom out (Ctrl+-)
	Key0
	Key1
	Key2
	Key3
	Key4
	Key5
	Key6
	Key7
	Key8
	Key9
	KeyH // host a game (title)
	KeyK // show or hide the instructor key (host)
	KeyT // the round timer (host setup)
	KeyB // hand stalled seats to bots (host)
	keyCount
)

// Digit returns the key for digit n (0-9), or KeyNone.
func Digit(n int) Key {
	if n < 0 || n > 9 {
		return KeyNone
	}
	return Key0 + Key(n)
}

// Frame is the input of one tick.
type Frame struct {
	X, Y         float64 // cursor position in screen pixels
	Down         bool    // left button held
	Click        bool    // left button pressed this tick
	RightClick   bool    // right button pressed this tick
	WheelX       float64 // horizontal wheel movement this tick
	WheelY       float64 // vertical wheel movement this tick (positive: up, as Ebiten)
	Shift, Ctrl  bool
	Chars        []rune // text typed this tick (reused buffer)
	pressed      [keyCount]bool
	held         [keyCount]bool
	cursorMoved  bool
	consumedKeys [keyCount]bool
}

// Reset clears the frame for the next tick, keeping the cursor and buffers.
func (f *Frame) Reset() {
	x, y, chars := f.X, f.Y, f.Chars[:0]
	*f = Frame{X: x, Y: y, Chars: chars}
}

// Press records that k went down this tick (or auto-repeated).
func (f *Frame) Press(k Key) {
	if k < keyCount {
		f.pressed[k] = true
		f.held[k] = true
	}
}

// Hold records that k is held down.
func (f *Frame) Hold(k Key) {
	if k < keyCount {
		f.held[k] = true
	}
}

// MoveTo records the cursor position.
func (f *Frame) MoveTo(x, y float64) {
	if x != f.X || y != f.Y {
		f.cursorMoved = true
	}
	f.X, f.Y = x, y
}

// Any reports whether anything happened this tick: a move, a click, the
// wheel, a key press or typed text.
func (f *Frame) Any() bool {
	if f.cursorMoved || f.Click || f.RightClick || f.WheelX != 0 || f.WheelY != 0 || len(f.Chars) > 0 {
		return true
	}
	for _, p := range f.pressed {
		if p {
			return true
		}
	}
	return false
}

// PointerOnly reports whether the only input this tick was the pointer:
// a move or the wheel, with no click, key or typed text.
func (f *Frame) PointerOnly() bool {
	if f.Click || f.RightClick || len(f.Chars) > 0 {
		return false
	}
	for _, p := range f.pressed {
		if p {
			return false
		}
	}
	return f.cursorMoved || f.WheelX != 0 || f.WheelY != 0
}

// Moved reports whether the cursor moved this tick.
func (f *Frame) Moved() bool { return f.cursorMoved }

// Pressed reports whether k went down this tick and no widget consumed it yet.
func (f *Frame) Pressed(k Key) bool { return k < keyCount && f.pressed[k] && !f.consumedKeys[k] }

// Held reports whether k is held.
func (f *Frame) Held(k Key) bool { return k < keyCount && f.held[k] }

// Consume marks k as handled so later readers in the same tick ignore it.
func (f *Frame) Consume(k Key) {
	if k < keyCount {
		f.consumedKeys[k] = true
	}
}

// ConsumeClick marks the click as handled.
func (f *Frame) ConsumeClick() { f.Click = false }

// DigitPressed returns the digit 1..9 (then 0 as 10) pressed this tick, or 0.
func (f *Frame) DigitPressed() int {
	for n := 1; n <= 9; n++ {
		if f.Pressed(Digit(n)) {
			return n
		}
	}
	if f.Pressed(Key0) {
		return 10
	}
	return 0
}

// Source fills a frame once per tick.
type Source interface {
	Poll(f *Frame)
}

// Unpress forgets a press recorded this tick (the key stays held).
func (f *Frame) Unpress(k Key) {
	if k < keyCount {
		f.pressed[k] = false
	}
}

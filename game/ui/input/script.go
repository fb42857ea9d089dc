package input

// Step is one tick of simulated input.
type Step struct {
	X, Y   float64 // cursor position (kept from the previous step when Move is false)
	Move   bool    // move the cursor to X,Y
	Click  bool    // left click at the cursor
	Keys   []Key   // keys pressed this tick
	Shift  bool
	Ctrl   bool
	Wheel  float64 // vertical wheel
	Text   string  // typed characters
	Idle   int     // extra empty ticks after this one
	Reason string  // what the step is for, for test failure messages
}

// Script is a Source that plays queued Steps, one per tick, then idles.
type Script struct {
	steps []Step
	idle  int
	x, y  float64
	// Played counts the steps played so far.
	Played int
}

// ClickAt queues a click at a point.
func (s *Script) ClickAt(x, y float64, reason string) {
	s.steps = append(s.steps, Step{X: x, Y: y, Move: true, Click: true, Reason: reason})
}

// HoverAt queues a cursor move.
func (s *Script) HoverAt(x, y float64) { s.steps = append(s.steps, Step{X: x, Y: y, Move: true}) }

// Press queues keys pressed together in one tick.
func (s *Script) Press(keys ...Key) { s.steps = append(s.steps, Step{Keys: keys}) }

// Type queues typed text.
func (s *Script) Type(text string) { s.steps = append(s.steps, Step{Text: text}) }

// Wait queues n empty ticks.
func (s *Script) Wait(n int) { s.steps = append(s.steps, Step{Idle: max(0, n-1)}) }

// Add queues an arbitrary step.
func (s *Script) Add(st Step) { s.steps = append(s.steps, st) }

// Pending reports how many steps are still queued.
func (s *Script) Pending() int { return len(s.steps) }

// Poll implements Source.
func (s *Script) Poll(f *Frame) {
	f.Reset()
	if s.idle > 0 {
		s.idle--
		f.MoveTo(s.x, s.y)
		return
	}
	if len(s.steps) == 0 {
		f.MoveTo(s.x, s.y)
		return
	}
	st := s.steps[0]
	s.steps = s.steps[1:]
	s.Played++
	if st.Move {
		s.x, s.y = st.X, st.Y
	}
	f.MoveTo(s.x, s.y)
	f.Click = st.Click
	f.Down = st.Click
	f.Shift, f.Ctrl = st.Shift, st.Ctrl
	f.WheelY = st.Wheel
	for _, k := range st.Keys {
		f.Press(k)
	}
	f.Chars = append(f.Chars, []rune(st.Text)...)
	s.idle = st.Idle
}

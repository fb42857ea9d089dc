package input

import "testing"

func TestScriptPlaysOneStepPerTick(t *testing.T) {
	var s Script
	s.ClickAt(100, 50, "menu")
	s.Press(KeyDown, KeyEnter)
	s.Wait(3)
	s.Type("hi")
	var f Frame
	s.Poll(&f)
	if !f.Click || f.X != 100 || f.Y != 50 || !f.Moved() {
		t.Fatalf("tick 1: %+v", f)
	}
	s.Poll(&f)
	if f.Click || !f.Pressed(KeyDown) || !f.Pressed(KeyEnter) || f.X != 100 || f.Moved() {
		t.Fatalf("tick 2: %+v", f)
	}
	f.Consume(KeyEnter)
	if f.Pressed(KeyEnter) || !f.Held(KeyEnter) {
		t.Fatal("Consume")
	}
	for i := 0; i < 3; i++ {
		s.Poll(&f)
		if f.Pressed(KeyDown) || f.Click {
			t.Fatalf("wait tick %d not empty", i)
		}
	}
	s.Poll(&f)
	if string(f.Chars) != "hi" {
		t.Fatalf("typed %q", string(f.Chars))
	}
	if s.Pending() != 0 || s.Played != 4 {
		t.Fatalf("pending %d played %d", s.Pending(), s.Played)
	}
}

func TestDigits(t *testing.T) {
	var f Frame
	f.Press(Digit(3))
	if f.DigitPressed() != 3 {
		t.Fatal("digit 3")
	}
	f.Reset()
	f.Press(Key0)
	if f.DigitPressed() != 10 || Digit(11) != KeyNone {
		t.Fatal("digit 0 means 10")
	}
}

package framebench

import (
	"liaison/game/ui"
	"liaison/game/ui/input"
)

// sessionTicks is how long the scripted tutorial session runs.
const sessionTicks = 700

// newSessionApp starts the game at its menu with a script that plays the
// tutorial as a trainee would (at 1280×720): menu, seats, briefing, then
// each round a look at the actions and the inbox, the first action, the
// confirm dialog, and on to the next round, to the end screen.
func newSessionApp() (*ui.App, error) {
	s := &input.Script{}
	s.Wait(20)
	s.Press(input.KeyEnter) // menu → seats
	s.Wait(12)
	s.Press(input.KeyEnter) // seats → briefing
	s.Wait(12)
	s.Press(input.KeyEnter) // briefing → board
	s.Wait(12)
	for round := 0; round < 6; round++ {
		for y := 500.0; y < 700; y += 10 {
			s.HoverAt(640, y)
		}
		for i := 0; i < 10; i++ {
			s.Add(input.Step{X: 190, Y: 300, Move: true, Wheel: -1})
		}
		s.HoverAt(190, 110)
		s.Add(input.Step{Click: true, Reason: "first card"})
		s.Press(input.Key1)
		s.Wait(4)
		s.Press(input.KeyEnter) // confirm dialog
		s.Wait(4)
		s.Press(input.KeyEnter) // confirm
		s.Wait(16)
	}
	ui.KeepMemoryLow() // as ui.Run does
	a, err := ui.New(ui.Options{Input: s, NoSaves: true})
	if err != nil {
		return nil, err
	}
	a.NoExit = true
	return a, nil
}

package ui

import (
	"strings"
	"testing"

	"liaison/game/ui/input"
)

// startTutorial plays the menu and seat setup through the input layer and
// returns the app at the first game scene.
func startTutorial(t *testing.T, w, h int, seats func(*seatsScene)) (*App, *input.Script) {
	t.Helper()
	a, script := newTestApp(t, Options{}, w, h)
	script.Press(input.KeyEnter)
	step(t, a, 1)
	ss, ok := a.Scene().(*seatsScene)
	if !ok {
		t.Fatalf("menu Enter went to %s", a.Scene().Name())
	}
	if seats != nil {
		seats(ss)
	}
	script.Press(input.KeyEnter)
	step(t, a, 1)
	settle(t, a)
	return a, script
}

func TestBriefingAndBoardScreens(t *testing.T) {
	a, script := startTutorial(t, 1280, 720, nil)
	bs, ok := a.Scene().(*briefingScene)
	if !ok {
		t.Fatalf("seats went to %s, want briefing", a.Scene().Name())
	}
	img := shot(t, a)
	save(t, img, "briefing")
	assertNotBlank(t, img)
	assertText(t, img, bs.lr, "briefing text")
	script.Press(input.KeyEnter)
	step(t, a, 1)
	settle(t, a)
	b, ok := a.Scene().(*boardScene)
	if !ok {
		t.Fatalf("briefing went to %s, want board", a.Scene().Name())
	}
	img = shot(t, a)
	save(t, img, "board")
	assertNotBlank(t, img)
	assertText(t, img, b.top, "turn banner")
	assertText(t, img, b.inbox.Row(0), "first intel card")
	assertText(t, img, b.mapR, "network map")
	assertText(t, img, b.queueR, "orders queue")
}

func TestHotSeatHandoffAndFacilitator(t *testing.T) {
	a, script := startTutorial(t, 1280, 720, func(ss *seatsScene) {
		ss.seats[1] = 0 // Estrel human too: hot-seat
		ss.facil = true
	})
	h, ok := a.Scene().(*handoffScene)
	if !ok || h.team != "valmora-cio" {
		t.Fatalf("hot-seat starts with a handoff to Valmora, got %s", a.Scene().Name())
	}
	img := shot(t, a)
	save(t, img, "handoff")
	assertNotBlank(t, img)
	assertText(t, img, h.box, "handoff box")
	// The facilitator peeks from the handoff and pauses: the handoff refuses to go on.
	press(t, a, script, input.KeyF)
	settle(t, a)
	fs, ok := a.Scene().(*facilitatorScene)
	if !ok {
		t.Fatalf("F on the handoff went to %s", a.Scene().Name())
	}
	step(t, a, 1)
	click(t, a, script, fs.pauseB.Rect, "pause")
	if !a.game.sess.Paused() {
		t.Fatal("pause button did not pause")
	}
	press(t, a, script, input.KeyEscape)
	if a.Scene() != h {
		t.Fatalf("Esc from the facilitator peek went to %s", a.Scene().Name())
	}
	press(t, a, script, input.KeyEnter)
	if a.Scene() != h {
		t.Fatal("a paused handoff must not reveal the board")
	}
	press(t, a, script, input.KeyF)
	if _, ok := a.Scene().(*facilitatorScene); !ok {
		t.Fatalf("F went to %s", a.Scene().Name())
	}
	press(t, a, script, input.KeyP)
	press(t, a, script, input.KeyEscape)
	// Both teams play a round.
	for _, team := range []string{"valmora-cio", "estrel-fpl"} {
		if hs, ok := a.Scene().(*handoffScene); !ok || hs.team != team {
			t.Fatalf("expected the handoff to %s, got %s", team, a.Scene().Name())
		}
		press(t, a, script, input.KeyEnter) // handoff
		press(t, a, script, input.KeyEnter) // briefing
		b, ok := a.Scene().(*boardScene)
		if !ok || b.team != team {
			t.Fatalf("expected %s's board, got %s", team, a.Scene().Name())
		}
		step(t, a, 1) // the board lays itself out on its first tick
		click(t, a, script, b.confirmB.Rect, "confirm")
		if b.modal == nil {
			t.Fatalf("no confirm dialog on %s's board (confirm at %v, toast %q)", team, b.confirmB.Rect, b.toast)
		}
		press(t, a, script, input.KeyEnter)
	}
	// Then the facilitator's own step: note, inject, resolve.
	if hs, ok := a.Scene().(*handoffScene); !ok || hs.team != "facilitator" {
		t.Fatalf("expected the handoff to the facilitator, got %s", a.Scene().Name())
	}
	press(t, a, script, input.KeyEnter)
	fs, ok = a.Scene().(*facilitatorScene)
	if !ok || !fs.resolve {
		t.Fatalf("expected the facilitator's step, got %s", a.Scene().Name())
	}
	step(t, a, 1)
	click(t, a, script, fs.note.Rect, "focus note")
	script.Type("Estrel waited for Valmora.")
	step(t, a, 1)
	press(t, a, script, input.KeyEnter)
	if got := a.game.sess.PendingActions(); len(got) != 1 || got[0].Note != "Estrel waited for Valmora." {
		t.Fatalf("note not queued: %+v", got)
	}
	click(t, a, script, fs.injectL.Row(len(fs.injects)-1), "choose last inject")
	click(t, a, script, fs.fireB.Rect, "fire")
	if got := a.game.sess.PendingActions(); len(got) != 2 || got[1].Inject == "" {
		t.Fatalf("inject not queued: %+v", got)
	}
	settle(t, a)
	img = shot(t, a)
	save(t, img, "facilitator")
	assertNotBlank(t, img)
	assertText(t, img, fs.teamR, "team columns")
	assertText(t, img, fs.trustR, "trust matrix")
	assertText(t, img, fs.chanR, "channels")
	assertText(t, img, fs.injR, "injects")
	script.Add(input.Step{Keys: []input.Key{input.KeyEnter}, Ctrl: true})
	step(t, a, 1)
	if a.game.sess.Round() != 2 {
		t.Fatalf("Ctrl+Enter did not resolve: round %d", a.game.sess.Round())
	}
	found := false
	for _, e := range a.game.sess.LastRound() {
		if strings.Contains(e.Text, "Estrel waited") {
			found = true
		}
	}
	if !found {
		t.Fatal("the note is not on the timeline")
	}
}

func TestNorthernCorridorScreens(t *testing.T) {
	for _, size := range []struct {
		w, h int
		tag  string
	}{{1280, 720, ""}, {1920, 1080, "-1080p"}} {
		for _, scene := range []string{"board", "facilitator"} {
			a, err := NewSceneApp("northern-corridor.yaml", scene, nil)
			if err != nil {
				t.Fatal(err)
			}
			a.NoExit = true
			a.SetSize(size.w, size.h)
			step(t, a, 1)
			img := shot(t, a)
			save(t, img, scene+"-northern-corridor"+size.tag)
			assertNotBlank(t, img)
			switch s := a.Scene().(type) {
			case *boardScene:
				assertText(t, img, s.top, "banner")
				assertText(t, img, s.mapR, "map")
				assertText(t, img, s.inbox.Row(0), "first card")
				if s.confirmB.Rect.Bottom() > float64(size.h) || s.logR.Right() > float64(size.w) {
					t.Fatalf("board overflows %dx%d: confirm %v log %v", size.w, size.h, s.confirmB.Rect, s.logR)
				}
				if size.tag == "" {
					// The shortcut overlay.
					a.opts.Input.(*input.Script).Press(input.KeyQuestion)
					step(t, a, 1)
					save(t, shot(t, a), "help")
				}
			case *facilitatorScene:
				assertText(t, img, s.trustR, "trust matrix")
			}
		}
	}
}

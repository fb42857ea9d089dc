package ui

import (
	"fmt"
	"strings"
	"testing"

	"liaison/game/score"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// click queues a click at the centre of r and runs one tick.
func click(t *testing.T, a *App, script *input.Script, r layout.Rect, why string) {
	t.Helper()
	script.ClickAt(r.CenterX(), r.CenterY(), why)
	step(t, a, 1)
}

// press queues keys and runs one tick.
func press(t *testing.T, a *App, script *input.Script, keys ...input.Key) {
	t.Helper()
	script.Press(keys...)
	step(t, a, 1)
}

// reveal scrolls a list with the mouse wheel until row i is fully visible.
func reveal(t *testing.T, a *App, script *input.Script, l *layout.List, i int) {
	t.Helper()
	for guard := 0; guard < 200; guard++ {
		r := l.Row(i)
		switch {
		case r.Y < l.Frame.Y:
			script.Add(input.Step{X: l.Frame.CenterX(), Y: l.Frame.CenterY(), Move: true, Wheel: 1})
		case r.Bottom() > l.Frame.Bottom():
			script.Add(input.Step{X: l.Frame.CenterX(), Y: l.Frame.CenterY(), Move: true, Wheel: -1})
		default:
			return
		}
		step(t, a, 1)
	}
	t.Fatalf("could not scroll row %d into view", i)
}

// chooseAction picks the first enabled action whose label starts with one of
// the prefixes, with its number key (or a click when it has none). It
// reports whether one was chosen.
func chooseAction(t *testing.T, a *App, script *input.Script, b *boardScene, prefixes ...string) bool {
	t.Helper()
	for _, p := range prefixes {
		for i, act := range b.actions {
			if !act.Enabled || !strings.HasPrefix(act.Label, p) {
				continue
			}
			before := len(b.queue.Orders)
			if i < 10 {
				press(t, a, script, input.Digit((i+1)%10))
			} else {
				reveal(t, a, script, &b.actionL, i)
				click(t, a, script, b.actionL.Row(i), act.Label)
			}
			if len(b.queue.Orders) != before+1 {
				t.Fatalf("choosing %q did not queue it (toast %q)", act.Label, b.toast)
			}
			return true
		}
	}
	return false
}

// playRound gives a sensible set of orders through clicks and keys, then confirms.
func playRound(t *testing.T, a *App, script *input.Script, b *boardScene) {
	t.Helper()
	apLeft := func() int { return a.game.sess.APLeft(b.team, b.queue.Orders) }
	// Answer requests and commit to operations first.
	for i := range b.rows {
		if apLeft() <= 0 {
			break
		}
		if !b.rows[i].open {
			continue
		}
		reveal(t, a, script, &b.rowL, i)
		click(t, a, script, b.rowL.Row(i), "request row")
		chooseAction(t, a, script, b, "Commit", "Answer with", "Grant")
	}
	// Threats: fuse, then propose.
	for i := range b.threats {
		if apLeft() <= 0 {
			break
		}
		reveal(t, a, script, &b.threatL, i)
		click(t, a, script, b.threatL.Row(i), "threat")
		chooseAction(t, a, script, b, "Fuse", "Propose operation in round", "Commit")
	}
	// Cards: share what the partner needs, translate and verify.
	for i := range b.cards {
		if apLeft() <= 0 {
			break
		}
		reveal(t, a, script, &b.inbox, i)
		click(t, a, script, b.inbox.Row(i), "card "+b.cards[i].id)
		chooseAction(t, a, script, b, "Translate", "Share to Estrel over Strait", "Verify")
	}
	// Confirm the turn: the button, then Enter on the dialog.
	click(t, a, script, b.confirmB.Rect, "confirm")
	if b.modal == nil {
		t.Fatal("Confirm did not ask for confirmation")
	}
	press(t, a, script, input.KeyEnter)
}

// TestPlaythroughTutorial plays the tutorial from the menu to the end screen
// through the input layer, one human seat and one bot, and checks the end
// screen shows the engine's final score.
func TestPlaythroughTutorial(t *testing.T) {
	a, script := startTutorial(t, 1280, 720, nil)
	if a.game.sess.Seat("estrel-fpl") != "cooperative" || a.game.sess.Seat("valmora-cio") != "human" {
		t.Fatal("expected one human and one bot seat")
	}
	boards := 0
	for guard := 0; guard < 200; guard++ {
		switch sc := a.Scene().(type) {
		case *briefingScene:
			press(t, a, script, input.KeyEnter)
		case *handoffScene, *resultsScene:
			press(t, a, script, input.KeyEnter)
		case *boardScene:
			boards++
			if boards == 2 {
				settle(t, a)
				save(t, shot(t, a), "board-round2")
			}
			playRound(t, a, script, sc)
		case *endScene:
			settle(t, a)
			img := shot(t, a)
			save(t, img, "end")
			assertNotBlank(t, img)
			assertText(t, img, sc.hero, "coalition score")
			want := score.Compute(a.game.sess.Scenario(), a.game.sess.Events())
			if sc.total != fmt.Sprintf("%.0f", want.Coalition.Total) || sc.grade != want.Coalition.Grade {
				t.Fatalf("end screen shows %s %s, engine says %.1f %s", sc.total, sc.grade, want.Coalition.Total, want.Coalition.Grade)
			}
			if boards != a.game.sess.Rounds() && !a.game.sess.IsOver() {
				t.Fatalf("played %d boards", boards)
			}
			t.Logf("tutorial over after %d rounds: coalition %.1f (%s), %d/%d threats disrupted",
				boards, want.Coalition.Total, want.Coalition.Grade, want.Disrupted, want.Threats)
			// An export runs off the frame loop: while it runs, frames go on,
			// the note shows its progress and the button is disabled.
			release, began := make(chan struct{}), make(chan struct{})
			blocked := startExport(func(begin func(string)) (string, error) {
				begin("building the review")
				close(began)
				<-release
				return "Saved nowhere.html", nil
			})
			sc.job = blocked
			<-began
			step(t, a, 3)
			if !strings.HasPrefix(sc.note, "Exporting the AAR: step 1 of 3, building the review") || !sc.export.Disabled {
				t.Fatalf("export under way: note %q, button disabled %v", sc.note, sc.export.Disabled)
			}
			press(t, a, script, input.KeyE)
			if sc.job != blocked {
				t.Fatal("E during an export started another")
			}
			save(t, shot(t, a), "end-exporting")
			close(release)
			blocked.wait()
			step(t, a, 1)
			if sc.job != nil || sc.note != "Saved nowhere.html" || sc.export.Disabled {
				t.Fatalf("export finished: note %q, job %v, button disabled %v", sc.note, sc.job, sc.export.Disabled)
			}
			// Export the AAR with E, into a temporary folder.
			a.opts.ReportDir = t.TempDir()
			press(t, a, script, input.KeyE)
			if sc.job == nil {
				t.Fatal("E did not start the export")
			}
			sc.job.wait()
			step(t, a, 1)
			if !strings.HasPrefix(sc.note, "Saved ") || !strings.Contains(sc.note, ".html") {
				t.Fatalf("AAR export: %q", sc.note)
			}
			settle(t, a)
			save(t, shot(t, a), "end-exported")
			// Esc goes back to the menu.
			press(t, a, script, input.KeyEscape)
			if a.Scene().Name() != "title" {
				t.Fatalf("Esc on the end screen went to %s", a.Scene().Name())
			}
			return
		default:
			t.Fatalf("unexpected scene %s", sc.Name())
		}
	}
	t.Fatal("the tutorial did not end")
}

package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liaison/game/ui/input"
)

func TestTitleListsEmbeddedScenariosWithDefaultSelected(t *testing.T) {
	a, _ := newTestApp(t, Options{}, 1280, 720)
	ts, ok := a.Scene().(*titleScene)
	if !ok {
		t.Fatalf("first scene is %s, want title", a.Scene().Name())
	}
	if e := ts.Selected(); e == nil || e.Name != "tutorial.yaml" {
		t.Fatalf("default not selected: %+v", e)
	}
	img := shot(t, a)
	save(t, img, "title")
	assertNotBlank(t, img)
	assertText(t, img, ts.header, "title header")
	assertText(t, img, ts.list.Row(0), "first scenario row")
	assertText(t, img, ts.detail, "scenario detail")
}

func TestTitleKeyboardAndMouse(t *testing.T) {
	a, script := newTestApp(t, Options{}, 1280, 720)
	ts := a.Scene().(*titleScene)
	step(t, a, 1) // lay out
	n := len(ts.entries)
	script.Press(input.KeyDown)
	step(t, a, 1)
	if n > 1 && ts.list.Selected != 1 {
		t.Fatalf("Down: selected %d", ts.list.Selected)
	}
	script.Press(input.KeyUp)
	step(t, a, 1)
	if ts.list.Selected != 0 {
		t.Fatalf("Up: selected %d", ts.list.Selected)
	}
	// Clicking the selected row opens seat setup.
	r := ts.list.Row(0)
	script.ClickAt(r.CenterX(), r.CenterY(), "open tutorial")
	step(t, a, 1)
	if a.Scene().Name() != "seats" {
		t.Fatalf("click on selected row went to %s", a.Scene().Name())
	}
	script.Press(input.KeyEscape)
	step(t, a, 1)
	if a.Scene() != ts {
		t.Fatalf("Esc from seats went to %s", a.Scene().Name())
	}
	script.Press(input.KeyEnter)
	step(t, a, 1)
	if a.Scene().Name() != "seats" {
		t.Fatalf("Enter went to %s", a.Scene().Name())
	}
	script.Press(input.KeyEscape)
	script.Press(input.KeyEscape)
	step(t, a, 2)
	if !a.Quitting {
		t.Fatal("Esc on the title should quit")
	}
}

func TestBadFileShowsDiagnostics(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "broken.yaml")
	src := "id: broken\ntitle: Broken\nrounds: many\nteams:\n  - id: a\n    name: A\n    country: X\n    mandate: [m]\n"
	if err := os.WriteFile(bad, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	a, script := newTestApp(t, Options{Path: bad}, 1280, 720)
	ds, ok := a.Scene().(*diagnosticsScene)
	if !ok {
		t.Fatalf("bad file opened %s, want diagnostics", a.Scene().Name())
	}
	if len(ds.blocks) == 0 || !strings.HasPrefix(ds.blocks[0].where, bad+":") {
		t.Fatalf("blocks: %+v", ds.blocks)
	}
	var src3 bool
	for _, b := range ds.blocks {
		if strings.Contains(b.source, "rounds: many") && strings.HasSuffix(b.caret, "^") {
			src3 = true
		}
	}
	if !src3 {
		t.Fatalf("the offending source line is not shown: %+v", ds.blocks)
	}
	step(t, a, 1)
	img := shot(t, a)
	save(t, img, "diagnostics")
	assertNotBlank(t, img)
	assertText(t, img, ds.head, "diagnostics heading")
	assertText(t, img, ds.frame, "diagnostics panel")
	// Fix the file and reload: it opens seat setup.
	fixed, err := os.ReadFile("../../scenarios/tutorial.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, fixed, 0o644); err != nil {
		t.Fatal(err)
	}
	script.Press(input.KeyEnter)
	step(t, a, 1)
	if a.Scene().Name() != "seats" {
		t.Fatalf("reload of a fixed file went to %s", a.Scene().Name())
	}
	script.Press(input.KeyEscape)
	step(t, a, 1)
	if ts, ok := a.Scene().(*titleScene); !ok || ts.Selected().Name != bad || !ts.Selected().OK() {
		t.Fatalf("back goes to the menu with the fixed file selected")
	}
}

func TestDiagnosticsScrollAndManyErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "many.yaml")
	var b strings.Builder
	b.WriteString("id: Bad Id\ntitle: T\nrounds: 0\nteams:\n")
	for i := 0; i < 30; i++ {
		b.WriteString("  - id: t\n    name: T\n    country: C\n    mandate: [m]\n    ap: 99\n")
	}
	b.WriteString("items: []\nthreats: []\n")
	if err := os.WriteFile(bad, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	a, script := newTestApp(t, Options{Path: bad}, 1280, 720)
	ds := a.Scene().(*diagnosticsScene)
	step(t, a, 1)
	if !ds.scroll.Scrollable() {
		t.Skipf("only %d findings; not enough to scroll", len(ds.blocks))
	}
	script.Press(input.KeyEnd)
	step(t, a, 1)
	if ds.scroll.Offset != ds.scroll.Max() {
		t.Fatal("End scrolls to the bottom")
	}
	script.Add(input.Step{Wheel: 3})
	step(t, a, 1)
	if ds.scroll.Offset >= ds.scroll.Max() {
		t.Fatal("wheel up scrolls up")
	}
	save(t, shot(t, a), "diagnostics-scrolled")
}

func TestSeatsSceneChoosesSeats(t *testing.T) {
	a, script := newTestApp(t, Options{}, 1280, 720)
	script.Press(input.KeyEnter)
	step(t, a, 1)
	ss, ok := a.Scene().(*seatsScene)
	if !ok {
		t.Fatalf("Enter went to %s", a.Scene().Name())
	}
	if got := ss.Seats(); got["valmora-cio"] != "human" || got["estrel-fpl"] != "cooperative" {
		t.Fatalf("default seats %v", got)
	}
	script.Press(input.KeyDown)
	script.Press(input.KeyRight) // estrel: legalistic
	step(t, a, 2)
	if got := ss.Seats()["estrel-fpl"]; got != "legalistic" {
		t.Fatalf("Right changed estrel to %s", got)
	}
	b := ss.choices[1][0].Rect
	script.ClickAt(b.CenterX(), b.CenterY(), "estrel human")
	script.Press(input.KeyF)
	step(t, a, 2)
	if ss.Seats()["estrel-fpl"] != "human" || !ss.facil {
		t.Fatalf("click/F: %v facil=%v", ss.Seats(), ss.facil)
	}
	settle(t, a)
	img := shot(t, a)
	save(t, img, "seats")
	assertNotBlank(t, img)
	assertText(t, img, ss.rows[0], "first team row")
}

func TestScalesTo1080p(t *testing.T) {
	a, _ := newTestApp(t, Options{}, 1920, 1080)
	if a.ctx.Scale != 1.5 {
		t.Fatalf("scale %v", a.ctx.Scale)
	}
	img := shot(t, a)
	save(t, img, "title-1080p")
	assertNotBlank(t, img)
	ts := a.Scene().(*titleScene)
	if ts.start.Rect.Right() > 1920 || ts.start.Rect.Bottom() > 1080 {
		t.Fatalf("start button off screen: %v", ts.start.Rect)
	}
}

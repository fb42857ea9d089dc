package ui

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/session"
	"liaison/game/ui/catalog"
	"liaison/game/ui/input"
	"liaison/scenarios"
)

// gallerySizes are the window sizes every scene is looked at in.
var gallerySizes = []struct {
	w, h int
	tag  string
}{{1280, 720, "720p"}, {800, 450, "450p"}}

// newGameApp starts a game of an embedded scenario on an App sized w×h
// (no menu): the first `humans` teams are human, the rest cooperative bots.
func newGameApp(t *testing.T, name string, w, h, humans int, facil bool) (*App, *input.Script) {
	t.Helper()
	a, script := newTestApp(t, Options{}, w, h)
	data, err := scenarios.Read(name)
	require.NoError(t, err)
	e := catalog.Entry{Name: name, Embedded: true, Data: data}
	e.Scenario, e.Diags = parseScenario(name, data)
	require.NotNil(t, e.Scenario, "%v", e.Diags)
	seats := map[string]string{}
	for i, tm := range e.Scenario.Teams {
		seats[tm.ID] = "cooperative"
		if i < humans {
			seats[tm.ID] = session.Human
		}
	}
	first, err := a.startGame(&e, seats, facil)
	require.NoError(t, err)
	a.GoTo(first)
	settle(t, a)
	return a, script
}

// toBoard presses Enter through handoffs and briefings until a board shows.
func toBoard(t *testing.T, a *App, script *input.Script) *boardScene {
	t.Helper()
	for range 6 {
		if b, ok := a.Scene().(*boardScene); ok {
			step(t, a, 1)
			return b
		}
		press(t, a, script, input.KeyEnter)
		settle(t, a)
	}
	t.Fatalf("no board: at %s", a.Scene().Name())
	return nil
}

// TestGallery renders every scene of the three shipped scenarios at
// 1280×720 and 800×450 into testdata/screens/gallery-*.png, for people to
// look at (make screenshots), and checks each is drawn.
func TestGallery(t *testing.T) {
	for _, size := range gallerySizes {
		t.Run(size.tag, func(t *testing.T) {
			shoot := func(a *App, name string) {
				t.Helper()
				img := shot(t, a)
				save(t, img, fmt.Sprintf("gallery-%s-%s", name, size.tag))
				assertNotBlank(t, img)
			}
			// Menu and seats.
			t.Setenv("LIAISON_SAVE_DIR", t.TempDir())
			menu, script := newTestApp(t, Options{}, size.w, size.h)
			step(t, menu, 1)
			shoot(menu, "title")
			press(t, menu, script, input.KeyEnter)
			settle(t, menu)
			shoot(menu, "seats")

			for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
				tag := name[:len(name)-len(".yaml")]
				a, script := newGameApp(t, name, size.w, size.h, 1, false)
				shoot(a, "briefing-"+tag)
				b := toBoard(t, a, script)
				shoot(a, "board-"+tag)
				// A long action label, hovered: its full text in a tooltip.
				if len(b.cards) > 0 {
					b.selectCard(0)
					step(t, a, 1)
					script.HoverAt(b.actionL.Row(0).CenterX(), b.actionL.Row(0).CenterY())
					step(t, a, 2)
					shoot(a, "board-hover-"+tag)
				}
				if tag != "tutorial" {
					continue
				}
				press(t, a, script, input.KeyEnter)
				shoot(a, "board-confirm-"+tag)
				press(t, a, script, input.KeyEscape)
				b.setSelection(b.sel)
				press(t, a, script, input.KeyEscape) // clears the selection
				press(t, a, script, input.KeyEscape) // the game menu
				shoot(a, "board-menu-"+tag)
				press(t, a, script, input.KeyEscape)
				press(t, a, script, input.KeyQuestion)
				shoot(a, "board-help-"+tag)
				press(t, a, script, input.KeyEscape)
			}

			// The menu again, now with a game to continue.
			again, keys := newTestApp(t, Options{}, size.w, size.h)
			step(t, again, 1)
			shoot(again, "title-continue")
			press(t, again, keys, input.KeyDown)
			press(t, again, keys, input.KeyDown)
			shoot(again, "title-continue-northern")

			// Hot-seat: the handoff and the facilitator view.
			a, script := newGameApp(t, "tutorial.yaml", size.w, size.h, 2, true)
			shoot(a, "handoff")
			press(t, a, script, input.KeyF)
			settle(t, a)
			shoot(a, "facilitator")
			press(t, a, script, input.KeyP)
			shoot(a, "facilitator-paused")

			// The end screen: every turn submitted empty.
			a, _ = newGameApp(t, "tutorial.yaml", size.w, size.h, 1, false)
			g := a.game
			for guard := 0; !g.sess.IsOver() && guard < 200; guard++ {
				cur := g.sess.Current()
				if cur.Phase == session.Orders {
					require.NoError(t, g.sess.Submit(cur.Team, nil))
				} else {
					require.NoError(t, g.sess.Advance())
				}
			}
			a.GoTo(a.sceneFor(g))
			settle(t, a)
			shoot(a, "end")
		})
	}
}

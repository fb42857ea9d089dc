//go:build !js

package webclient

import (
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// The tutorial's two teams, both played by people in the join test.
const (
	browserTeam = "valmora-cio" // the seat the browser joins
	otherTeam   = "estrel-fpl"  // a seat a Go client plays
)

// TestBrowserJoinRoom joins a room from the browser: a loopback server
// serves the client and /ws side by side (as liaisonctl serve --web does),
// with a tutorial room whose two teams are people's seats. In headless
// Chromium the trainee presses J, pastes a wrong code with Ctrl+V (refused,
// said so), clears it, types the right one and presses Enter; the page
// joins its own origin's /ws and opens the team's board. The trainee
// queues an order by keyboard and confirms: the facilitator's view shows
// the seat connected, then confirmed (the other team not); once the other
// team confirms, the browser shows the results and round 2's board, and
// the host's record of round 1 holds exactly the order the browser queued.
func TestBrowserJoinRoom(t *testing.T) {
	needChromium(t)
	dir := builtClient(t)

	data, err := scenarios.Read("tutorial.yaml")
	require.NoError(t, err)
	sc, diags := scenario.Parse("tutorial.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	saveDir := t.TempDir()
	host := netplay.NewServer(netplay.Options{Logf: testLogf(t), SaveDir: saveDir})
	defer host.Abort()
	cr, err := host.CreateRoom(room.Config{Scenario: sc, Data: data, File: "tutorial.yaml",
		Source: save.Source{Embedded: "tutorial.yaml"}, Seed: 7, Facilitator: true,
		Seats: map[string]string{browserTeam: "human", otherTeam: "human"}})
	require.NoError(t, err)
	require.Contains(t, cr.Codes, browserTeam)
	require.Contains(t, cr.Codes, otherTeam)

	srv := httptest.NewServer(Mux(host.Handler(), dir)) // 127.0.0.1
	defer srv.Close()
	wsURL := "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws"

	ctx, cons := startBrowser(t, 240*time.Second) // 58 to 145 s seen on 2 shared cores

	// The instructor watches the room: seats connected and confirmed.
	fac := watchFacilitator(t, ctx, wsURL, cr.Key)

	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1280, 720), chromedp.Navigate(srv.URL+"/")))
	started := time.Now()
	waitState(t, ctx, "the title screen", sceneIs("title"), 60*time.Second)
	t.Logf("page to title screen: %v", time.Since(started).Round(time.Millisecond))
	require.NoError(t, chromedp.Do(ctx, chromedp.MouseClickXY(640, 30))) // focus the game
	started = time.Now()

	pressUntil(t, ctx, 'j', sceneIs("join"))
	st := waitState(t, ctx, "the join form", sceneIs("join"), 5*time.Second)
	require.NotNil(t, st.Join)
	assert.Equal(t, "form", st.Join.Phase)

	// A code pasted with Ctrl+V, as a trainee would from the handout's
	// e-mail: a wrong one, which the host refuses, in words.
	for _, name := range []string{"clipboard-write", "clipboard-read"} {
		_, err = chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: srv.URL})
		require.NoError(t, err)
	}
	const wrong = "ZZZZ-ZZZZ"
	_, err = chromedp.Run(ctx, chromedp.Evaluate[any](`navigator.clipboard.writeText("`+wrong+`")`, chromedp.EvalAwaitPromise))
	require.NoError(t, err)
	pressKey(t, ctx, 'v', chromedp.ModifierCtrl)
	waitState(t, ctx, "the pasted code", joinIs(`j.typed === `+strconv.Itoa(len(wrong))), 5*time.Second)
	pressUntil(t, ctx, '\r', joinIs(`j.phase !== "form"`))
	st = waitState(t, ctx, "the refusal", joinIs(`j.phase === "failed"`), 20*time.Second)
	assert.Contains(t, st.Join.Status, "no seat has this code", "the pasted code reached the host, which refused it")

	// Clear the field, type the right code (in lower case, as trainees
	// do: codes ignore case) and join.
	pressUntil(t, ctx, '\b', joinIs(`j.typed === 0`))
	code := strings.ToLower(cr.Codes[browserTeam])
	for _, r := range code {
		pressKey(t, ctx, r)
	}
	waitState(t, ctx, "the typed code", joinIs(`j.typed === `+strconv.Itoa(len(code))), 5*time.Second)
	pressUntil(t, ctx, '\r', joinIs(`j.phase !== "form" && j.phase !== "failed"`)+` || `+sceneIs("board"))
	st = waitState(t, ctx, "the team's board", boardIs(`b.round === 1`)+` || `+joinIs(`j.phase === "failed"`), 20*time.Second)
	require.Nil(t, st.Join, "joining failed: %+v", st.Join)
	f := fac.wait(t, "the browser's seat connected", func(f netplay.FacilitatorFrame) bool {
		return team(f, browserTeam).Connected == 1
	})
	require.False(t, team(f, browserTeam).Confirmed, "the seat has not confirmed yet")
	_ = sleep(ctx, time.Second) // the board's fade-in, which takes no keys

	// Queue a real order by keyboard: Down selects the first card of the
	// team's inbox, a digit picks the first enabled order for it (the
	// legal orders come from the host's snapshot).
	pressKey(t, ctx, []rune(kb.ArrowDown)[0])
	st = waitState(t, ctx, "orders for the first card", boardIs(`b.enabled.length > 0`), 10*time.Second)
	require.NotEmpty(t, st.Board.Enabled)
	pressKey(t, ctx, rune('1'+st.Board.Enabled[0]))
	st = waitState(t, ctx, "the queued order", boardIs(`b.queued === 1`), 10*time.Second)
	var queued []rules.Order
	require.NoError(t, json.Unmarshal([]byte(st.Board.Queue), &queued))
	require.Len(t, queued, 1)
	require.NotEqual(t, rules.Pass, queued[0].Kind)
	t.Logf("queued in the browser: %+v", queued[0])

	// Enter asks to end the turn, Enter again confirms: the host records
	// the seat's confirmation, and the browser waits for the others.
	// (Enter is pressed until then: a press in the dialog's first frames
	// can go unseen, and Enter does nothing on the waiting join scene.)
	pressUntil(t, ctx, '\r', joinIs(`j.confirmed === 1`))
	st = waitState(t, ctx, "the confirmation", joinIs(`j.confirmed === 1`), 20*time.Second)
	t.Logf("confirmed: %s", st.Join.Status)
	f = fac.wait(t, "the browser's confirmation", func(f netplay.FacilitatorFrame) bool {
		return f.Round == 1 && team(f, browserTeam).Confirmed
	})
	assert.False(t, team(f, otherTeam).Confirmed, "only the browser's seat confirmed")

	// The other team confirms: the round resolves, the browser shows its
	// results, then round 2's board.
	other, err := netplay.Dial(ctx, wsURL, netplay.Hello{Code: cr.Codes[otherTeam]})
	require.NoError(t, err)
	defer other.Close()
	require.NoError(t, other.Confirm(ctx, 1, nil))
	waitState(t, ctx, "round 1's results in the browser", sceneIs("results"), 20*time.Second)
	_ = sleep(ctx, time.Second) // the results' fade-in
	pressUntil(t, ctx, '\r', boardIs(`b.round === 2`))
	rs, err := host.State(ctx, cr.Room)
	require.NoError(t, err)
	assert.Equal(t, 2, rs.Round)
	t.Logf("title to round 2 from the browser: %v", time.Since(started).Round(time.Millisecond))

	// The host's record of round 1 (its autosave): exactly the order the
	// browser showed queued.
	var sv *save.Save
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); _ = sleep(ctx, 200*time.Millisecond) {
		if sv, err = save.Load(filepath.Join(saveDir, cr.Room+".save")); err == nil && len(sv.Record.Turns) > 0 {
			break
		}
	}
	require.NoError(t, err)
	require.NotEmpty(t, sv.Record.Turns, "the host saved round 1")
	assert.Equal(t, queued, sv.Record.Turns[0].Orders[browserTeam], "the host received exactly the browser's order")

	time.Sleep(1500 * time.Millisecond) // the last fade
	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	saveScreen(t, "browser-join.png", shot)
	img, err := png.Decode(bytes.NewReader(shot))
	require.NoError(t, err)
	colours, lit := colourStats(img)
	assert.Greater(t, colours, 50, "the screenshot is not blank")
	assert.Greater(t, lit, 0.02, "the screenshot is not blank")
	assert.Empty(t, cons.errors(), "console errors")
}

// testLogf logs to t until the test ends, and then no more (a connection's
// goroutine may still log as the browser goes away; t.Logf would panic).
func testLogf(t *testing.T) func(string, ...any) {
	var mu sync.Mutex
	done := false
	t.Cleanup(func() { mu.Lock(); done = true; mu.Unlock() })
	return func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			t.Logf(format, args...)
		}
	}
}

// pressUntil presses r until the page's condition holds, at most 20
// times: the software-rendered page may take long enough over a frame
// that a key pressed and released within it is never seen.
func pressUntil(t *testing.T, ctx context.Context, r rune, cond string) {
	t.Helper()
	for range 20 {
		pressKey(t, ctx, r)
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond,
			chromedp.WithPollingTimeout(1500*time.Millisecond), chromedp.WithPollingInterval(100*time.Millisecond)))
		if err == nil {
			return
		}
	}
	waitState(t, ctx, "pressing "+strconv.QuoteRune(r), cond, 5*time.Second)
}

// boardIs is the JavaScript condition "a joined seat's board state b has
// cond" (ui/board_page.go).
func boardIs(cond string) string {
	return sceneIs("board") + ` && ((b) => !!b && (` + cond + `))(window.liaisonState.board)`
}

// joinIs is the JavaScript condition "the join scene's state j has cond",
// e.g. joinIs(`j.phase === "joined"`).
func joinIs(cond string) string {
	return sceneIs("join") + ` && ((j) => !!j && (` + cond + `))(window.liaisonState.join)`
}

// facilitatorWatch keeps the latest facilitator frame of a room.
type facilitatorWatch struct {
	mu     sync.Mutex
	latest netplay.FacilitatorFrame
	frames chan struct{}
}

// watchFacilitator joins a room as its facilitator and keeps its frames.
func watchFacilitator(t *testing.T, ctx context.Context, wsURL, key string) *facilitatorWatch {
	t.Helper()
	c, err := netplay.Dial(ctx, wsURL, netplay.Hello{Key: key})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	w := &facilitatorWatch{frames: make(chan struct{}, 1)}
	go func() {
		for env := range c.Updates() {
			f, err := netplay.DecodeFacilitator(env)
			if err != nil {
				continue
			}
			w.mu.Lock()
			w.latest = f
			w.mu.Unlock()
			select {
			case w.frames <- struct{}{}:
			default:
			}
		}
	}()
	return w
}

// wait waits (up to 20 s) for a facilitator frame where ok holds.
func (w *facilitatorWatch) wait(t *testing.T, what string, ok func(netplay.FacilitatorFrame) bool) netplay.FacilitatorFrame {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		w.mu.Lock()
		f := w.latest
		w.mu.Unlock()
		if ok(f) {
			return f
		}
		select {
		case <-w.frames:
		case <-deadline:
			t.Fatalf("the facilitator never saw %s; last frame: %+v", what, f.Teams)
		}
	}
}

// team is a team's line in a facilitator frame (zero if absent).
func team(f netplay.FacilitatorFrame, id string) netplay.TeamStatus {
	i := slices.IndexFunc(f.Teams, func(s netplay.TeamStatus) bool { return s.Team == id })
	if i < 0 {
		return netplay.TeamStatus{}
	}
	return f.Teams[i]
}

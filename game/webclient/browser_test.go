//go:build !js

package webclient

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromiumPath is Debian's Chromium, which `make test` installs.
const chromiumPath = "/usr/bin/chromium"

// browserState is what the game publishes on the page (ui/publish_js.go).
type browserState struct {
	Scene string `json:"scene"`
	Round int    `json:"round"`
	// Join is the join scene's own state (ui/scene_join_page.go).
	Join *joinState `json:"join"`
	// Board is a joined seat's board state (ui/board_page.go).
	Board *boardState `json:"board"`
}

// boardState is what a joined seat's board publishes.
type boardState struct {
	Round   int    `json:"round"`
	Queued  int    `json:"queued"`
	Queue   string `json:"queue"`   // JSON of the queued orders
	Enabled []int  `json:"enabled"` // actions (digit-1) that are enabled orders
}

// joinState is what the join scene publishes.
type joinState struct {
	Phase     string `json:"phase"` // form, connecting, joined, failed
	Round     int    `json:"round"`
	Confirmed int    `json:"confirmed"`
	Status    string `json:"status"`
	Typed     int    `json:"typed"` // characters in the code field
}

// TestBrowserSoloTutorial plays the tutorial in headless Chromium: the
// page loads the client from a loopback server, the title screen comes up,
// Enter through seats and briefing to the board, a round is confirmed with
// the keyboard, the screen is drawn (not blank) and the console holds no
// error.
func TestBrowserSoloTutorial(t *testing.T) {
	needChromium(t)
	dir := builtClient(t)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := httptest.NewUnstartedServer(Handler(dir))
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	defer srv.Close()

	// Bounded, with room for a loaded machine: on 2 shared cores the whole
	// test took up to 244 s (61 s on a quiet one).
	ctx, cons := startBrowser(t, 300*time.Second)
	waitFor := func(what, cond string, timeout time.Duration) browserState {
		t.Helper()
		return waitState(t, ctx, what, cond, timeout)
	}
	scene := sceneIs

	// A server without the wasm: the page says what went wrong.
	broken := t.TempDir()
	for _, name := range []string{IndexFile, ExecFile} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(broken, name), data, 0o644))
	}
	bsrv := httptest.NewServer(Handler(broken))
	defer bsrv.Close()
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1280, 720), chromedp.Navigate(bsrv.URL+"/")))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`window.liaisonError !== undefined`, chromedp.WithPollingTimeout(10*time.Second)))
	require.NoError(t, err, "the page reports a missing wasm")
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("error-text").textContent`))
	require.NoError(t, err)
	assert.Contains(t, shown, "404")
	assert.Contains(t, shown, "make web")

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/?seed=7")))
	loadStart := time.Now()
	waitFor("the title screen", scene("title"), 60*time.Second)
	t.Logf("page to title screen: %v", time.Since(loadStart).Round(time.Millisecond))
	dl, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ Loaded, Total int64 }](`({Loaded: window.liaisonDownload.loaded, Total: window.liaisonDownload.total})`))
	require.NoError(t, err)
	wasm, err := os.Stat(filepath.Join(dir, WasmFile))
	require.NoError(t, err)
	assert.Equal(t, wasm.Size(), dl.Total, "the progress bar knew the size of the gzipped download")
	assert.Equal(t, wasm.Size(), dl.Loaded)
	// Focus the game with a click on the title's header, where it does nothing.
	require.NoError(t, chromedp.Do(ctx, chromedp.MouseClickXY(640, 30)))

	// Enter until the step changes: the menu ignores Enter while the
	// scenarios are still being read in the background.
	enterUntil := func(what, cond string) browserState {
		t.Helper()
		for range 20 {
			pressKey(t, ctx, '\r')
			if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond)); err == nil && ok {
				break
			}
			_ = sleep(ctx, 400*time.Millisecond)
		}
		return waitFor(what, cond, 5*time.Second)
	}
	started := time.Now()
	enterUntil("the seats", scene("seats"))
	st := enterUntil("the briefing", scene("briefing")+` || `+scene("board"))
	if st.Scene == "briefing" {
		st = enterUntil("the board", scene("board"))
	}
	require.Equal(t, 1, st.Round)
	// Enter on the board asks to end the turn; Enter again confirms.
	st = enterUntil("round 2", `window.liaisonState && window.liaisonState.round === 2`)
	if st.Scene == "results" { // the round's results come first; Enter goes on to the board
		st = enterUntil("the board after the round results", scene("board"))
	}
	assert.Contains(t, []string{"briefing", "board", "handoff"}, st.Scene)
	t.Logf("title to round 2 by keyboard: %v", time.Since(started).Round(time.Millisecond))

	// Typed characters: '?' arrives only as text (not as a key) and opens
	// the shortcut help; Esc closes it. The help's first frame takes the
	// software renderer a second or more, and a key pressed and released
	// within one frame is never seen, so wait for it to be drawn.
	pressKey(t, ctx, '?', chromedp.ModifierShift)
	waitFor("the help", `window.liaisonState.help === true`, 5*time.Second)
	_ = sleep(ctx, 2*time.Second)
	pressKey(t, ctx, '\u001b')
	waitFor("the help to close", `window.liaisonState.help === false`, 5*time.Second)
	// Ctrl+S saves by hand, to the browser's storage (and the game, not
	// the browser, gets the key).
	pressKey(t, ctx, 's', chromedp.ModifierCtrl)
	waitFor("a manual save", `Object.keys(localStorage).some(k => k.startsWith("liaison/saves/save-"))`, 5*time.Second)
	seeded, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
		`Object.keys(localStorage).filter(k => k.startsWith("liaison/saves/save-")).every(k => localStorage.getItem(k).includes('"seed":7'))`))
	require.NoError(t, err)
	assert.True(t, seeded, "the page's ?seed=7 reached the game: the save records seed 7")

	time.Sleep(1500 * time.Millisecond) // let the scene's fade-in finish

	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	saveScreen(t, "browser-round2.png", shot)
	img, err := png.Decode(bytes.NewReader(shot))
	require.NoError(t, err)
	colours, lit := colourStats(img)
	t.Logf("screenshot: %d×%d, %d colours, %.1f%% of pixels off the background", img.Bounds().Dx(), img.Bounds().Dy(), colours, 100*lit)
	assert.Greater(t, colours, 50, "the screenshot is not blank")
	assert.Greater(t, lit, 0.02, "the screenshot is not blank")

	// Saves went to the browser's storage.
	keys, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Object.keys(localStorage).filter(k => k.startsWith("liaison/saves/auto-"))`))
	require.NoError(t, err)
	assert.NotEmpty(t, keys, "autosaves in localStorage")

	// Play the tutorial to its end with Enter (every order left to the
	// bots' partner), then export the AAR: two downloads.
	downloads := t.TempDir()
	_, err = chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads})
	require.NoError(t, err)
	toEnd, presses := time.Now(), 0
	for range 150 { // some presses fall in scene fades, which take no keys
		if over, err := chromedp.Run(ctx, chromedp.Evaluate[bool](scene("end"))); err == nil && over {
			break
		}
		pressKey(t, ctx, '\r')
		presses++
	}
	t.Logf("round 2 to the end screen: %d presses of Enter, %v", presses, time.Since(toEnd).Round(time.Millisecond))
	waitFor("the end screen", scene("end"), 5*time.Second)
	_ = sleep(ctx, time.Second) // the end screen's first frame
	pressKey(t, ctx, 'e')
	var html, md []byte
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline) && (html == nil || md == nil); {
		_ = sleep(ctx, 200*time.Millisecond)
		html, _ = os.ReadFile(filepath.Join(downloads, "tutorial-seed7-aar.html"))
		md, _ = os.ReadFile(filepath.Join(downloads, "tutorial-seed7-aar.md"))
	}
	require.NotEmpty(t, html, "the AAR page was downloaded")
	require.NotEmpty(t, md, "the debrief was downloaded")
	assert.Contains(t, string(html), "Charts are left out of the browser client")
	_ = sleep(ctx, 2*time.Second) // the software renderer's slow frames: let the fade end
	shot, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	saveScreen(t, "browser-end.png", shot)

	assert.Empty(t, cons.errors(bsrv.URL), "console errors") // the broken server's 404 is expected
}

// holdKey is the least time pressKey holds a key. The game polls the
// keyboard once a tick, and the page handles key events only between
// frames: a key pressed and released while one slow frame (the software
// renderer's) is drawn is never seen. So a key is held for two animation
// frames (holdFrames), and at least this long; but well under the 24 ticks
// (400 ms at 60 ticks a second) after which a held key repeats.
const holdKey = 120 * time.Millisecond

// holdFrames waits for two of the page's animation frames: the game ticks
// once in each (Ebiten's callback runs before this one, which was asked for
// later), so it has seen a key pressed before the call.
const holdFrames = `new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`

// pressKey holds a key down for a few frames, so the game's per-frame input
// polling sees it (a key down and up within one frame would be missed).
func pressKey(t *testing.T, ctx context.Context, r rune, mods ...chromedp.Modifier) {
	t.Helper()
	var mod int64
	for _, m := range mods {
		mod |= int64(m)
	}
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		// Modifiers are keys of their own, held around the other, as a
		// person types them (Shift for '?', Ctrl for Ctrl+S).
		held := []input.DispatchKeyEventParams{
			{Key: "Shift", Code: "ShiftLeft", WindowsVirtualKeyCode: 16, NativeVirtualKeyCode: 16},
			{Key: "Control", Code: "ControlLeft", WindowsVirtualKeyCode: 17, NativeVirtualKeyCode: 17},
		}
		for i, m := range []chromedp.Modifier{chromedp.ModifierShift, chromedp.ModifierCtrl} {
			if mod&int64(m) == 0 {
				continue
			}
			k := held[i]
			k.Type, k.Modifiers = kb.KeyDown, mod
			if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, k); err != nil {
				return err
			}
			defer func() {
				k.Type, k.Modifiers = kb.KeyUp, 0
				_, _ = cdp.Call(ctx, tg, input.DispatchKeyEvent, k)
			}()
		}
		for _, k := range kb.Encode(r) {
			k.Modifiers |= mod
			if k.Type == kb.KeyChar && mod&^int64(chromedp.ModifierShift) != 0 {
				continue // no character is typed with Ctrl held
			}
			if k.Type == kb.KeyUp {
				held := time.Now()
				await := true
				if _, err := cdp.Call(ctx, tg, runtime.Evaluate, runtime.EvaluateParams{Expression: holdFrames, AwaitPromise: &await}); err != nil {
					return err
				}
				if err := sleep(ctx, holdKey-time.Since(held)); err != nil {
					return err
				}
			}
			if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, *k); err != nil {
				return err
			}
		}
		return sleep(ctx, 120*time.Millisecond)
	}))
	require.NoError(t, err, "press %q", r)
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// colourStats counts the distinct colours of img (up to 10,000) and the
// share of pixels that differ from its top-left pixel (the background).
func colourStats(img image.Image) (colours int, lit float64) {
	b := img.Bounds()
	bg := img.At(b.Min.X, b.Min.Y)
	seen := map[[4]uint32]bool{}
	n, off := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.At(x, y)
			r, g, bl, a := c.RGBA()
			if len(seen) < 10000 {
				seen[[4]uint32{r, g, bl, a}] = true
			}
			if c != bg {
				off++
			}
			n++
		}
	}
	return len(seen), float64(off) / float64(max(1, n))
}

// saveScreen keeps a screenshot in testdata/screens (gitignored) to look at.
func saveScreen(t *testing.T, name string, data []byte) {
	dir := filepath.Join("testdata", "screens")
	if err := os.MkdirAll(dir, 0o755); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
}

var _ http.Handler = Handler("")

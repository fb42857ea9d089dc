//go:build !js

package webclient

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// needChromium skips a browser test with -short, and when Chromium is not
// installed on a developer's machine; in CI (CI set, as every CI service
// sets it) a missing Chromium fails the test, so it cannot pass by skipping.
func needChromium(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the browser client and starts Chromium; skipped with -short")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not installed, and CI must run the browser tests (make test installs it): %v", chromiumPath, err)
		}
		t.Skipf("%s is not installed (make test installs it): %v", chromiumPath, err)
	}
}

// console collects the page's console: every line, and the errors.
type console struct {
	mu       sync.Mutex
	logs     []string
	problems []chromedp.ConsoleMessage
}

// errors returns the console errors and exceptions, but those of pages
// whose URL starts with one of skip (a server broken on purpose).
func (c *console) errors(skip ...string) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
next:
	for _, m := range c.problems {
		for _, s := range skip {
			if strings.HasPrefix(m.URL, s) {
				continue next
			}
		}
		out = append(out, m.String())
	}
	return out
}

// startBrowser starts headless Chromium (software rendering) for a test
// that must end within limit, and collects its console (printed if the
// test fails). The browser stops with the test.
func startBrowser(t *testing.T, limit time.Duration) (context.Context, *console) {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 720),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
	)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	// Start the browser with no timeout (a timeout on the first Run would
	// bound the browser's life), then bound the whole test.
	require.NoError(t, chromedp.Do(ctx))
	ctx, cancelRun := context.WithTimeout(ctx, limit)
	t.Cleanup(cancelRun)

	c := &console{}
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.logs = append(c.logs, fmt.Sprintf("%s: %s", m.Type, m.Text))
			if m.Type == chromedp.ConsoleError || m.IsException() {
				c.problems = append(c.problems, m)
			}
			c.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		if t.Failed() {
			c.mu.Lock()
			t.Logf("browser console:\n%s", strings.Join(c.logs, "\n"))
			c.mu.Unlock()
		}
	})
	return ctx, c
}

// waitState waits until the page's condition cond (JavaScript) holds, or
// the page reports an error, and returns what the game published.
func waitState(t *testing.T, ctx context.Context, what, cond string, timeout time.Duration) browserState {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.liaisonError !== undefined || (`+cond+`)`,
		chromedp.WithPollingTimeout(timeout), chromedp.WithPollingInterval(100*time.Millisecond)))
	if err != nil {
		last, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(window.liaisonState)`))
		if shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
			saveScreen(t, "browser-timeout.png", shot)
		}
		require.NoError(t, err, "waiting for %s; the game's state: %s", what, last)
	}
	msg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.liaisonError || ""`))
	require.NoError(t, err)
	require.Empty(t, msg, "the page reported an error while waiting for %s", what)
	st, err := chromedp.Run(ctx, chromedp.Evaluate[browserState](`window.liaisonState`))
	require.NoError(t, err)
	return st
}

// sceneIs is the JavaScript condition "the game shows scene name".
func sceneIs(name string) string {
	return `window.liaisonState && window.liaisonState.scene === "` + name + `"`
}

package report

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chromium finds a headless-capable Chromium, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("Chromium is not installed, so the AAR page is not rendered in a browser here " +
		"(Debian: apt-get install chromium; `make test` installs it)")
	return ""
}

// runChromium runs headless Chromium on a page with a fresh profile and
// returns its standard output and error.
func runChromium(t *testing.T, bin, page string, args ...string) (stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0"}
	cmd := exec.CommandContext(ctx, bin, append(append(base, args...), "file://"+page)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	require.NoError(t, cmd.Run(), "chromium: %s", errb.String())
	return out.String(), errb.String()
}

// consoleProblem matches page errors in Chromium's log: uncaught
// exceptions, console messages (the page has no script, so any is wrong)
// and resources it failed to load.
var consoleProblem = regexp.MustCompile(`Uncaught|CONSOLE\(|:CONSOLE|Failed to load resource|net::ERR_`)

// TestHTMLRendersInChromium opens the AAR page in headless Chromium: it
// must render its four charts (SVGs in the DOM), give a non-blank
// screenshot and log no console error. Set LIAISON_AAR_SCREENSHOT to keep
// the screenshot.
func TestHTMLRendersInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "aar.html")
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, harbourAAR(t)))
	require.NoError(t, os.WriteFile(page, buf.Bytes(), 0o644))

	dom, stderr := runChromium(t, bin, page, "--dump-dom")
	assert.Equal(t, 4, strings.Count(dom, "<svg"), "four charts in the rendered DOM")
	assert.Contains(t, dom, "Who knew what when")
	assert.Empty(t, consoleProblem.FindAllString(stderr, -1), "console errors:\n%s", stderr)

	shot := filepath.Join(dir, "aar.png")
	_, stderr = runChromium(t, bin, page, "--screenshot="+shot, "--window-size=1280,2000")
	assert.Empty(t, consoleProblem.FindAllString(stderr, -1), "console errors:\n%s", stderr)
	f, err := os.Open(shot)
	require.NoError(t, err, "screenshot taken")
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	assert.Equal(t, image.Pt(1280, 2000), img.Bounds().Size())
	colours, inked := inkStats(img)
	assert.Greater(t, colours, 50, "the screenshot has charts and text, not a blank page")
	assert.Greater(t, inked, 0.05, "share of non-white pixels")
	if keep := os.Getenv("LIAISON_AAR_SCREENSHOT"); keep != "" {
		data, err := os.ReadFile(shot)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(keep, data, 0o644))
	}
}

// inkStats counts distinct colours and the share of non-white pixels.
func inkStats(img image.Image) (colours int, inked float64) {
	seen := map[uint32]bool{}
	b := img.Bounds()
	ink := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				ink++
			}
		}
	}
	return len(seen), float64(ink) / float64((b.Dx()/2)*(b.Dy()/2))
}

package ui

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// screensDir is where screenshot tests write their PNGs (gitignored).
const screensDir = "testdata/screens"

// newTestApp builds an App driven by a script, sized w×h.
func newTestApp(t *testing.T, opts Options, w, h int) (*App, *input.Script) {
	t.Helper()
	script := &input.Script{}
	opts.Input = script
	a, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	a.NoExit = true
	a.SetSize(w, h)
	a.catalog.Wait()
	a.saves.wait()
	if ts, ok := a.Scene().(*titleScene); ok {
		ts.refresh()
	}
	return a, script
}

// step runs n ticks of Update (each polls the script once).
func step(t *testing.T, a *App, n int) {
	t.Helper()
	for i := 0; i < n; i++ {
		if err := a.Update(); err != nil {
			t.Fatalf("update: %v", err)
		}
	}
}

// settle runs idle ticks until a scene transition has finished fading.
func settle(t *testing.T, a *App) { step(t, a, fadeTicks+1) }

// shot renders the app's current frame at its size and returns the pixels.
func shot(t *testing.T, a *App) *image.RGBA {
	t.Helper()
	w, h := int(a.ctx.W), int(a.ctx.H)
	img := ebiten.NewImage(w, h)
	defer img.Deallocate()
	a.Draw(img)
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	img.ReadPixels(out.Pix)
	return out
}

// save writes a screenshot PNG under testdata/screens.
func save(t *testing.T, img image.Image, name string) string {
	t.Helper()
	if err := os.MkdirAll(screensDir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(screensDir, name+".png")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	return p
}

// assertNotBlank fails when the image is (nearly) one flat colour.
func assertNotBlank(t *testing.T, img *image.RGBA) {
	t.Helper()
	colours := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			colours[img.RGBAAt(x, y)]++
			if len(colours) > 64 {
				return
			}
		}
	}
	t.Fatalf("screenshot looks blank: only %d distinct colours", len(colours))
}

// ink returns the fraction of pixels in r that are bright like text.
func ink(img *image.RGBA, r layout.Rect) float64 {
	n, lit := 0, 0
	for y := int(r.Y); y < int(r.Bottom()); y++ {
		for x := int(r.X); x < int(r.Right()); x++ {
			c := img.RGBAAt(x, y)
			n++
			if int(c.R)+int(c.G)+int(c.B) > 3*150 {
				lit++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(lit) / float64(n)
}

// assertText fails unless region r holds some text-bright pixels.
func assertText(t *testing.T, img *image.RGBA, r layout.Rect, what string) {
	t.Helper()
	if f := ink(img, r); f < 0.004 {
		t.Errorf("%s (%v) has no visible text (ink %.4f)", what, r, f)
	}
}

package widget

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/require"

	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/internal/gameloop"
)

// TestMain runs the tests inside Ebiten's game loop (gameloop): run them
// under xvfb-run.
func TestMain(m *testing.M) { os.Exit(gameloop.Run(m)) }

// rig is a widget's world in a test: a drawing context at 1280×720 whose
// input comes from a script, through the same Frame the game's input fills.
type rig struct {
	ctx    *draw.Context
	script *input.Script
	frame  input.Frame
}

func newRig(t *testing.T) *rig {
	t.Helper()
	r := &rig{script: &input.Script{}}
	ctx, err := draw.NewContext(&r.frame)
	require.NoError(t, err)
	r.ctx = ctx
	return r
}

// next plays the script's next step into the frame, as one tick.
func (r *rig) next() {
	r.ctx.NextTick()
	r.script.Poll(&r.frame)
}

// click queues a click at (x, y) and plays it.
func (r *rig) click(x, y float64) {
	r.script.ClickAt(x, y, "")
	r.next()
}

// hover queues a pointer move to (x, y) and plays it.
func (r *rig) hover(x, y float64) {
	r.script.HoverAt(x, y)
	r.next()
}

// press queues keys pressed together and plays them.
func (r *rig) press(keys ...input.Key) {
	r.script.Press(keys...)
	r.next()
}

// typeText queues typed text and plays it.
func (r *rig) typeText(s string) {
	r.script.Type(s)
	r.next()
}

// drawn draws fn into a fresh image and reports whether it painted anything.
func drawn(t *testing.T, fn func(dst *ebiten.Image)) bool {
	t.Helper()
	img := ebiten.NewImage(1280, 720)
	defer img.Deallocate()
	fn(img)
	px := make([]byte, 4*1280*720)
	img.ReadPixels(px)
	for _, b := range px {
		if b != 0 {
			return true
		}
	}
	return false
}

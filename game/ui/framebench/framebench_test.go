package framebench

import (
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui"
	"liaison/game/ui/input"
	"liaison/game/ui/internal/gameloop"
)

// TestMain runs the tests inside Ebiten's game loop (gameloop): run them
// under xvfb-run.
func TestMain(m *testing.M) { os.Exit(gameloop.Run(m)) }

// benchFrames draws frames of a scene of northern-corridor into an offscreen
// 1280×720 image, Update and Draw each frame, as the game loop does.
func benchFrames(b *testing.B, scene string, interactive bool) {
	var src *sweep
	var a *ui.App
	var err error
	if interactive {
		src = &sweep{}
		a, err = ui.NewSceneApp("northern-corridor.yaml", scene, src)
		src.app = a
	} else {
		a, err = ui.NewSceneApp("northern-corridor.yaml", scene, nil)
	}
	if err != nil {
		b.Fatal(err)
	}
	a.SetSize(1280, 720)
	img := ebiten.NewImage(1280, 720)
	defer img.Deallocate()
	for i := 0; i < 30; i++ { // warm the caches
		_ = a.Update()
		a.Draw(img)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = a.Update()
		a.Draw(img)
	}
}

func BenchmarkBoardFrame(b *testing.B)            { benchFrames(b, "board", false) }
func BenchmarkBoardInteractiveFrame(b *testing.B) { benchFrames(b, "board", true) }
func BenchmarkFacilitatorFrame(b *testing.B)      { benchFrames(b, "facilitator", false) }

// TestSteadyStateFramesDoNotAllocate checks the no-allocation-growth goal
// for the two heaviest scenes. The pointer rests where no tooltip shows: a
// tooltip is one more image draw per frame, and Ebiten's command queue,
// never flushed inside a test, grows by it.
func TestSteadyStateFramesDoNotAllocate(t *testing.T) {
	for _, scene := range []string{"board", "facilitator"} {
		script := &input.Script{}
		script.HoverAt(1, 719)
		a, err := ui.NewSceneApp("northern-corridor.yaml", scene, script)
		if err != nil {
			t.Fatal(err)
		}
		a.SetSize(1280, 720)
		img := ebiten.NewImage(1280, 720)
		for i := 0; i < 30; i++ {
			_ = a.Update()
			a.Draw(img)
		}
		allocs := testing.AllocsPerRun(50, func() {
			_ = a.Update()
			a.Draw(img)
		})
		img.Deallocate()
		t.Logf("%s: %.1f allocations per frame", scene, allocs)
		if allocs > 2 {
			t.Errorf("%s allocates %.1f times per frame in steady state", scene, allocs)
		}
	}
}

// The interactive sweep moves the pointer over the board's action list and
// scrolls its inbox.
func TestSweepDrivesTheBoard(t *testing.T) {
	src := &sweep{}
	a, err := ui.NewSceneApp("northern-corridor.yaml", "board", src)
	if err != nil {
		t.Fatal(err)
	}
	src.app = a
	a.SetSize(1280, 720)
	acts, inbox, ok := a.BoardRegions()
	if !ok || acts.W == 0 || inbox.W == 0 {
		t.Fatalf("board regions: %v %v %v", acts, inbox, ok)
	}
	for i := 0; i < 60; i++ {
		if err := a.Update(); err != nil {
			t.Fatal(err)
		}
	}
	if src.t != 60 {
		t.Fatalf("the sweep was polled %d times, want 60", src.t)
	}
}

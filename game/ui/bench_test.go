package ui

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// benchFrames draws frames of a scene of northern-corridor into an offscreen
// 1280×720 image, Update and Draw each frame, as the game loop does.
func benchFrames(b *testing.B, scene string) {
	a, err := NewBenchApp("northern-corridor.yaml", scene)
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

func BenchmarkBoardFrame(b *testing.B)       { benchFrames(b, "board") }
func BenchmarkFacilitatorFrame(b *testing.B) { benchFrames(b, "facilitator") }

// TestSteadyStateFramesDoNotAllocate checks the no-allocation-growth goal
// for the two heaviest scenes.
func TestSteadyStateFramesDoNotAllocate(t *testing.T) {
	for _, scene := range []string{"board", "facilitator"} {
		a, err := NewBenchApp("northern-corridor.yaml", scene)
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

package ui

import (
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// TestMain runs every test inside Ebiten's game loop (the pattern of
// Ebiten's own internal/testing), so tests may create images, draw and read
// pixels back. It needs a display: run the tests under `xvfb-run -a`.
//
// Saves go to a temporary folder (LIAISON_SAVE_DIR), never the user's.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "liaison-ui-saves-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "save folder:", err)
		os.Exit(1)
	}
	os.Setenv("LIAISON_SAVE_DIR", dir)
	g := &loopGame{m: m}
	ebiten.SetWindowSize(320, 180)
	ebiten.SetWindowTitle("Liaison tests")
	ebiten.SetVsyncEnabled(false)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	if err := ebiten.RunGame(g); err != nil && !errors.Is(err, ebiten.Termination) {
		fmt.Fprintln(os.Stderr, "game loop:", err)
		os.Exit(1)
	}
	os.RemoveAll(dir)
	os.Exit(g.code)
}

// loopGame runs the test binary's tests on its first Update.
type loopGame struct {
	m    *testing.M
	code int
}

func (g *loopGame) Update() error {
	g.code = g.m.Run()
	return ebiten.Termination
}

func (g *loopGame) Draw(*ebiten.Image) {}

func (g *loopGame) Layout(int, int) (int, int) { return 320, 180 }

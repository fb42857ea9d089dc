// Package gameloop runs a test binary's tests inside Ebiten's game loop
// (the pattern of Ebiten's own internal/testing), so tests may create
// images, draw and read pixels back. Every package under game/ui whose
// tests touch Ebiten calls it from its TestMain; they need a display, so
// run them under `xvfb-run -a`.
package gameloop

import (
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

// Run runs m's tests on the game loop's first Update and returns their
// exit code (1 if the loop itself could not start).
func Run(m *testing.M) int {
	g := &loopGame{m: m}
	ebiten.SetWindowSize(320, 180)
	ebiten.SetWindowTitle("Liaison tests")
	ebiten.SetVsyncEnabled(false)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	if err := ebiten.RunGame(g); err != nil && !errors.Is(err, ebiten.Termination) {
		fmt.Fprintln(os.Stderr, "game loop:", err)
		return 1
	}
	return g.code
}

// loopGame runs the tests on its first Update, then ends the loop.
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

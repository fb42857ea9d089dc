package ui

import (
	"fmt"
	"os"
	"testing"

	"liaison/game/ui/internal/gameloop"
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
	code := gameloop.Run(m)
	os.RemoveAll(dir)
	os.Exit(code)
}

package draw

import (
	"os"
	"testing"

	"liaison/game/ui/internal/gameloop"
)

// TestMain runs the tests inside Ebiten's game loop (gameloop): run them
// under xvfb-run.
func TestMain(m *testing.M) { os.Exit(gameloop.Run(m)) }

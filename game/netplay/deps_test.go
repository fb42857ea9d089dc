package netplay_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDisplayFree keeps the host and its game core free of Ebiten and the
// desktop UI: they run on servers without a display.
func TestDisplayFree(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go tool")
	}
	out, err := exec.Command("go", "list", "-deps", "liaison/game/netplay", "liaison/game/room").CombinedOutput()
	require.NoError(t, err, "%s", out)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/coder/websocket")
	for _, d := range deps {
		require.NotContains(t, d, "ebiten", "the network host must not link Ebiten")
		require.NotContains(t, d, "liaison/game/ui", "the network host must not depend on the desktop UI")
	}
}

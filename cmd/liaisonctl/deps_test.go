package main

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDoesNotLinkEbiten keeps liaisonctl runnable on servers and in CI: a
// binary that links Ebiten panics at start without an X display.
func TestDoesNotLinkEbiten(t *testing.T) {
	deps := listDeps(t)
	require.Contains(t, deps, "liaison/game/rules", "the dependency list looks wrong")
	for _, d := range deps {
		require.NotContains(t, d, "hajimehoshi/ebiten", "liaisonctl must not depend on Ebiten")
		require.NotContains(t, d, "liaison/game/ui", "liaisonctl must not depend on the desktop UI")
	}
}

// listDeps lists the packages the liaisonctl binary links (tests apart).
func listDeps(t *testing.T) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	return strings.Fields(string(out))
}

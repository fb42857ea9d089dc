package session

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDisplayFreePackagesDoNotLinkEbiten keeps the session, composer,
// layout, input and catalog packages testable without a display: any binary
// that links Ebiten panics at start when there is no X server.
func TestDisplayFreePackagesDoNotLinkEbiten(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go tool")
	}
	pkgs := []string{"liaison/game/session", "liaison/game/ui/compose", "liaison/game/ui/layout", "liaison/game/ui/input", "liaison/game/ui/catalog", "liaison/game/ui/hosting"}
	out, err := exec.Command("go", append([]string{"list", "-deps"}, pkgs...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "ebiten") {
			t.Errorf("a display-free package depends on %s", l)
		}
	}
}

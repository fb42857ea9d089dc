package remote

import (
	"os/exec"
	"strings"
	"testing"
)

// TestDoesNotLinkEbiten keeps the remote seat testable without a display.
func TestDoesNotLinkEbiten(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go tool")
	}
	out, err := exec.Command("go", "list", "-deps", "liaison/game/ui/remote").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "ebiten") {
			t.Errorf("ui/remote depends on %s", l)
		}
	}
}

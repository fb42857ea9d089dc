package ui

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"liaison/game/ui/remote"
)

// TestJoinPageState checks what the join scene tells a browser page: its
// phase and how much is typed, never the code.
func TestJoinPageState(t *testing.T) {
	const code = "K7QM-4TXR"
	s := newJoinScene(nil, "127.0.0.1:1", code)
	assert.Equal(t, map[string]any{"phase": "form", "typed": len(code)}, s.pageState())

	tests := []struct {
		name  string
		st    remote.State
		phase string
	}{
		{"connecting", remote.State{Phase: remote.Connecting}, "connecting"},
		{"joined", remote.State{Phase: remote.Joined, Confirmed: 2}, "joined"},
		{"failed", remote.State{Phase: remote.Failed, Err: errors.New("no seat has this code")}, "failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s.seat, s.st = &remote.Seat{}, tt.st
			s.shown = s.status()
			got := s.pageState()
			assert.Equal(t, tt.phase, got["phase"])
			assert.Equal(t, tt.st.Confirmed, got["confirmed"])
			assert.Equal(t, len(code), got["typed"])
			for k, v := range got {
				assert.NotContains(t, fmt.Sprint(v), code, "the page never sees the code (%s)", k)
			}
		})
	}
}

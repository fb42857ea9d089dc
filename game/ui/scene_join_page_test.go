package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/rules"
	"liaison/game/ui/compose"
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

// TestBoardPageState checks what a joined seat's board tells the page: its
// round, the queue as JSON and the enabled non-Pass actions; a hot-seat
// board adds nothing.
func TestBoardPageState(t *testing.T) {
	assert.Nil(t, (&boardScene{}).pageState(), "hot-seat")
	share := rules.Order{Kind: rules.Share, Team: "a", Item: "x", To: []string{"b"}}
	b := &boardScene{net: &remoteBoard{}, v: rules.View{Round: 3}}
	b.queue.Orders = []rules.Order{share}
	b.actions = []compose.Action{{Kind: rules.Share, Enabled: true}, {Kind: rules.Share}, {Kind: rules.Pass, Enabled: true}}
	got := b.pageState()
	assert.Equal(t, 3, got["round"])
	assert.Equal(t, 1, got["queued"])
	assert.Equal(t, []any{0}, got["enabled"])
	var queue []rules.Order
	require.NoError(t, json.Unmarshal([]byte(got["queue"].(string)), &queue))
	assert.Equal(t, []rules.Order{share}, queue)
}

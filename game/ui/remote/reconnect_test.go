package remote

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/tcprelay"
	"liaison/game/rules"
)

// newCable starts a relay between a seat and its host that the test can
// pull out (every connection through it closes) or unplug for good.
func newCable(t *testing.T, target string) *tcprelay.Relay {
	t.Helper()
	c, err := tcprelay.New(target)
	require.NoError(t, err)
	t.Cleanup(c.Unplug)
	return c
}

// TestSeatReconnectsWithItsQueue: the connection drops mid-round after
// the seat queued an order; the seat shows it is reconnecting, comes back
// on its own with its resume token, and has its queued order again.
func TestSeatReconnectsWithItsQueue(t *testing.T) {
	u, code := newHost(t)
	cab := newCable(t, strings.TrimSuffix(strings.TrimPrefix(u, "ws://"), "/ws"))
	s := Join(cab.Addr(), code)
	defer s.Close()
	st := waitState(t, s, func(st State) bool { return st.Phase == Failed || st.Have })
	require.Equal(t, Joined, st.Phase, "%v", st.Err)
	i := slices.IndexFunc(st.Snapshot.Legal, func(o rules.Order) bool { return o.Kind == rules.Share })
	require.GreaterOrEqual(t, i, 0)
	want := []rules.Order{st.Snapshot.Legal[i]}
	s.Queue(want)
	st = waitState(t, s, func(st State) bool { return len(st.Snapshot.Queued) == 1 })
	assert.Equal(t, want, st.Snapshot.Queued)
	round := st.Snapshot.Round

	cab.Pull()
	st = waitState(t, s, func(st State) bool { return st.Phase != Joined || st.Reconnects > 0 })
	require.NotEqual(t, Failed, st.Phase, "%v", st.Err)
	st = waitState(t, s, func(st State) bool { return st.Phase == Joined && st.Reconnects == 1 })
	st = waitState(t, s, func(st State) bool { return len(st.Snapshot.Queued) == 1 })
	assert.Equal(t, round, st.Snapshot.Round, "the same round")
	assert.Equal(t, want, st.Snapshot.Queued, "the host kept the queue")
	assert.Equal(t, want, st.Draft, "the seat kept its draft")
	assert.Empty(t, st.Note, "nothing was refused")

	// The seat plays on: an order queued after the reconnect reaches the host.
	s.Queue(nil)
	waitState(t, s, func(st State) bool { return st.Snapshot.Queued != nil && len(st.Snapshot.Queued) == 0 })
}

// TestSeatGivesUpWithAClearMessage: with the host gone for good, the
// seat stops trying after reconnectFor and says what to do.
func TestSeatGivesUpWithAClearMessage(t *testing.T) {
	old := reconnectFor
	reconnectFor = 600 * time.Millisecond
	t.Cleanup(func() { reconnectFor = old })
	u, code := newHost(t)
	cab := newCable(t, strings.TrimSuffix(strings.TrimPrefix(u, "ws://"), "/ws"))
	s := Join(cab.Addr(), code)
	defer s.Close()
	waitState(t, s, func(st State) bool { return st.Have })
	cab.Unplug()
	st := waitState(t, s, func(st State) bool { return st.Phase == Failed })
	require.Error(t, st.Err)
	assert.Contains(t, st.Err.Error(), "could not reconnect")
	assert.Contains(t, st.Err.Error(), "join again with your team's code")
}

// TestSeatTakesOutARefusedOrder: a queue the host refuses at one order
// (here one naming an item the team does not hold) comes back without
// that order, with a note, and the host holds the rest.
func TestSeatTakesOutARefusedOrder(t *testing.T) {
	u, code := newHost(t)
	s := Join(strings.TrimPrefix(u, "ws://"), code)
	defer s.Close()
	st := waitState(t, s, func(st State) bool { return st.Phase == Failed || st.Have })
	require.Equal(t, Joined, st.Phase, "%v", st.Err)
	i := slices.IndexFunc(st.Snapshot.Legal, func(o rules.Order) bool { return o.Kind == rules.Share })
	require.GreaterOrEqual(t, i, 0)
	good := st.Snapshot.Legal[i]
	bad := rules.Order{Kind: rules.Verify, Team: good.Team, Item: "not-an-item-of-yours"}
	rev := st.DraftRev
	s.Queue([]rules.Order{good, bad})
	st = waitState(t, s, func(st State) bool { return st.DraftRev > rev })
	assert.Equal(t, []rules.Order{good}, st.Draft)
	assert.Contains(t, st.Note, "refused order 2")
	st = waitState(t, s, func(st State) bool { return len(st.Snapshot.Queued) == 1 })
	assert.Equal(t, []rules.Order{good}, st.Snapshot.Queued)
	assert.NoError(t, s.Oracle().Validate(st.Draft, rules.Order{Kind: rules.Pass, Team: good.Team}), "the oracle answers for the host's queue")
}

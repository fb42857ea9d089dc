package remote

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/save"
)

// waitState polls the seat until ok holds, for at most 20 s.
func waitState(t *testing.T, s *Seat, ok func(State) bool) State {
	t.Helper()
	var st State
	require.Eventually(t, func() bool { st = s.State(); return ok(st) }, 20*time.Second, 5*time.Millisecond, "last state: %+v", st)
	return st
}

// newHost starts a netplay host on 127.0.0.1 with one harbour-watch room:
// one human seat, a bot in the other. It returns the /ws URL and the code.
func newHost(t *testing.T) (string, string) {
	t.Helper()
	const file = "harbour-watch.yaml"
	sc, data := shippedtest.Load(t, file)
	srv := netplay.NewServer(netplay.Options{SaveDir: t.TempDir(), Logf: func(string, ...any) {}})
	cr, err := srv.CreateRoom(room.Config{Scenario: sc, Data: data, File: file, Source: save.Source{Embedded: file},
		Seats: map[string]string{"nordvik-sss": "human", "maritime-tf": "cooperative"}})
	require.NoError(t, err)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { srv.Abort(); ts.CloseClientConnections(); ts.Close() })
	return "ws" + strings.TrimPrefix(ts.URL, "http") + "/ws", cr.Codes["nordvik-sss"]
}

// TestSeatJoinsAndConfirms joins a seat, confirms round 1 with no orders,
// and sees round 2 arrive.
func TestSeatJoinsAndConfirms(t *testing.T) {
	u, code := newHost(t)
	s := Join(strings.TrimPrefix(u, "ws://"), strings.ToLower(code)) // HOST:PORT/ws, code typed in lower case
	defer s.Close()
	st := waitState(t, s, func(st State) bool { return st.Phase != Connecting && st.Have })
	require.Equal(t, Joined, st.Phase, "%v", st.Err)
	assert.Equal(t, "nordvik-sss", st.Welcome.Team)
	assert.Equal(t, "nordvik-sss", st.Snapshot.View.Team)
	round := st.Snapshot.Round
	require.Positive(t, round)

	s.Confirm(nil)
	st = waitState(t, s, func(st State) bool { return st.Confirmed == round || st.Err != nil })
	require.NoError(t, st.Err)
	st = waitState(t, s, func(st State) bool { return st.Snapshot.Round > round })
	assert.Equal(t, round+1, st.Snapshot.Round, "the bot and this seat confirmed: the round resolved")
}

// TestSeatErrors checks the errors a trainee sees.
func TestSeatErrors(t *testing.T) {
	u, _ := newHost(t)
	tests := []struct {
		name, host, code, want string
	}{
		{"wrong code", u, "NOPE-NOPE", "refused the code"},
		{"no code", u, " ", "join code"},
		{"no host", "", "ABC", "host's address"},
		{"bad scheme", "ftp://x", "ABC", "must start with"},
		{"unreachable", "127.0.0.1:1", "ABC", "cannot reach the host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Join(tt.host, tt.code)
			defer s.Close()
			st := waitState(t, s, func(st State) bool { return st.Phase == Failed })
			require.Error(t, st.Err)
			assert.Contains(t, st.Err.Error(), tt.want)
		})
	}
}

func TestHostURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"192.168.1.20:8470", "ws://192.168.1.20:8470/ws"},
		{"http://h:1/", "ws://h:1/ws"},
		{"https://h/x?y=1", "wss://h/x"},
		{"wss://h:8470/ws", "wss://h:8470/ws"},
	}
	for _, tt := range tests {
		got, err := HostURL(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got)
	}
	for _, bad := range []string{"", "   ", "ftp://h", "ws://"} {
		_, err := HostURL(bad)
		assert.Error(t, err, bad)
	}
}

// TestExplainClassesByType: a refusal is recognised by its type, however
// the host words it, and never by words inside another error.
func TestExplainClassesByType(t *testing.T) {
	const u = "ws://h:1/ws"
	refused := func(msg, code string) error {
		return fmt.Errorf("%w: %w", netplay.ErrJoinRefused, &netplay.Error{Message: msg, Code: code})
	}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"refused", refused("no seat has this code", ""), "the host refused the code: no seat has this code"},
		{"rate limited", refused("wait a minute", netplay.CodeRateLimited), "the host refused the code: wait a minute"},
		{"reworded refusal", refused("unknown seat", ""), "the host refused the code: unknown seat"},
		{"the words alone", errors.New("proxy says: join refused: bad gateway"), "cannot reach the host at " + u},
		{"timed out", fmt.Errorf("connect: %w", context.DeadlineExceeded), "no answer from " + u},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := explain(u, tt.err)
			assert.True(t, strings.HasPrefix(got.Error(), tt.want), got.Error())
		})
	}
}

package ui

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/internal/tcprelay"
	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/rules"
	gamesave "liaison/game/save"
	"liaison/game/ui/compose"
	"liaison/game/ui/input"
)

// remoteHost is an in-process netplay host on 127.0.0.1 with one
// harbour-watch room: nordvik-sss a person, maritime-tf a bot.
type remoteHost struct {
	srv  *netplay.Server
	addr string // HOST:PORT
	dir  string // autosaves
	room string
	code string
	ts   *httptest.Server
}

func newRemoteHost(t *testing.T) *remoteHost {
	t.Helper()
	const file = "harbour-watch.yaml"
	sc, data := shippedtest.Load(t, file)
	h := &remoteHost{dir: t.TempDir()}
	h.srv = netplay.NewServer(netplay.Options{SaveDir: h.dir, Logf: func(string, ...any) {}})
	cr, err := h.srv.CreateRoom(room.Config{Scenario: sc, Data: data, File: file, Source: gamesave.Source{Embedded: file},
		Seats: map[string]string{"nordvik-sss": "human", "maritime-tf": "cooperative"}})
	require.NoError(t, err)
	h.room, h.code = cr.Room, cr.Codes["nordvik-sss"]
	h.ts = httptest.NewServer(h.srv.Handler())
	h.addr = strings.TrimPrefix(h.ts.URL, "http://")
	t.Cleanup(func() { h.srv.Abort(); h.ts.CloseClientConnections(); h.ts.Close() })
	return h
}

// stepTo runs ticks until ok holds, for at most 20 s of wall time (the
// network answers in the background).
func stepTo(t *testing.T, a *App, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		step(t, a, 1)
		if ok() {
			return
		}
	}
	t.Fatalf("never reached: %s (scene %s)", what, a.Scene().Name())
}

// joinBoard opens "Join a game" from the title, joins h's seat and waits
// for the team's board.
func joinBoard(t *testing.T, a *App, script *input.Script, h *remoteHost) *boardScene {
	t.Helper()
	step(t, a, 1)
	script.Press(input.KeyJ)
	step(t, a, 1)
	settle(t, a)
	script.Type(h.addr)
	script.Press(input.KeyTab)
	script.Type(h.code)
	script.Press(input.KeyEnter)
	var b *boardScene
	stepTo(t, a, "the team's board", func() bool { b, _ = a.Scene().(*boardScene); return b != nil })
	require.NotNil(t, b.net, "a joined seat's board")
	return b
}

// enabledShare waits for the board's actions to offer a share (the host's
// legal orders have arrived for the queue) and returns its index.
func enabledShare(t *testing.T, a *App, b *boardScene) int {
	t.Helper()
	i := -1
	stepTo(t, a, "an enabled share action", func() bool {
		i = slices.IndexFunc(b.actions, func(x compose.Action) bool { return x.Kind == rules.Share && x.Enabled && !x.Queued })
		return i >= 0 && i < 9
	})
	return i
}

// TestJoinedSeatPlaysTheBoard: a trainee joins a host's seat through the
// scripted input, queues a real order (a share) on the full board,
// confirms, reads the round's results and gets the next round's board;
// the host's game received exactly that order.
func TestJoinedSeatPlaysTheBoard(t *testing.T) {
	h := newRemoteHost(t)
	a, script := newTestApp(t, Options{}, 1280, 720)
	b := joinBoard(t, a, script, h)
	settle(t, a)
	assert.Equal(t, "nordvik-sss", b.team)
	assert.Equal(t, 1, b.v.Round)
	img := shot(t, a)
	save(t, img, "join-board")
	assertNotBlank(t, img)

	i := enabledShare(t, a, b)
	want := b.actions[i].Order
	script.Press(input.Digit(i + 1))
	step(t, a, 1)
	require.Equal(t, []rules.Order{want}, b.queue.Orders, "toast: %s", b.toast)
	// The host holds the queue: its next snapshot answers for it.
	stepTo(t, a, "the host's snapshot of the queue", func() bool {
		return b.net.oracle().Validate(b.queue.Orders, rules.Order{Kind: rules.Pass, Team: b.team}) == nil
	})
	assert.Equal(t, b.src.APLeft(b.team, nil)-b.src.Cost(rules.Share), b.src.APLeft(b.team, b.queue.Orders))

	script.Press(input.KeyEnter) // the end-of-turn dialog
	step(t, a, 1)
	require.NotNil(t, b.modal)
	script.Press(input.KeyEnter) // confirm
	step(t, a, 1)

	var res *resultsScene
	stepTo(t, a, "the round's results", func() bool { res, _ = a.Scene().(*resultsScene); return res != nil })
	assert.Equal(t, 1, res.round)
	settle(t, a)
	save(t, shot(t, a), "join-results")
	script.Press(input.KeyEnter)
	var b2 *boardScene
	stepTo(t, a, "round 2's board", func() bool { b2, _ = a.Scene().(*boardScene); return b2 != nil && b2 != b })
	assert.Equal(t, 2, b2.v.Round)
	assert.Empty(t, b2.queue.Orders)

	// The host's record of round 1: exactly the share.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, h.srv.Shutdown(ctx))
	sv, err := gamesave.Load(filepath.Join(h.dir, h.room+".save"))
	require.NoError(t, err)
	require.NotEmpty(t, sv.Record.Turns)
	assert.Equal(t, []rules.Order{want}, sv.Record.Turns[0].Orders["nordvik-sss"])
}

// TestJoinedBoardSurvivesADrop: the connection drops while the trainee
// has an order queued; the join scene says it is reconnecting, and the
// board comes back by itself with the queued order.
func TestJoinedBoardSurvivesADrop(t *testing.T) {
	h := newRemoteHost(t)
	rl, err := tcprelay.New(h.addr)
	require.NoError(t, err)
	t.Cleanup(rl.Unplug)
	h.addr = rl.Addr()
	a, script := newTestApp(t, Options{}, 1280, 720)
	b := joinBoard(t, a, script, h)
	i := enabledShare(t, a, b)
	want := b.actions[i].Order
	script.Press(input.Digit(i + 1))
	step(t, a, 1)
	require.Equal(t, []rules.Order{want}, b.queue.Orders)
	stepTo(t, a, "the host holds the queue", func() bool { return len(b.net.seat.State().Snapshot.Queued) == 1 })

	rl.Hold(true)
	rl.Pull()
	stepTo(t, a, "reconnecting shown on the board", func() bool { return strings.Contains(b.toast, "reconnecting…") })
	assert.Equal(t, b, a.Scene(), "the board stays while the seat reconnects")
	save(t, shot(t, a), "join-reconnecting")
	rl.Hold(false)
	stepTo(t, a, "reconnected", func() bool { return b.net.seat.State().Reconnects == 1 && strings.Contains(b.toast, "Reconnected") })
	assert.Equal(t, b, a.Scene())
	assert.Equal(t, []rules.Order{want}, b.queue.Orders, "the queued order is still there")
	assert.Equal(t, []rules.Order{want}, b.net.seat.State().Snapshot.Queued, "and the host holds it")
}

package netplay_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/save"
)

// testTimeout bounds every network wait in these tests.
const testTimeout = 20 * time.Second

// host is a server on a loopback test listener.
type host struct {
	srv *netplay.Server
	ts  *httptest.Server
	url string
}

func newHost(t *testing.T, o netplay.Options) *host {
	t.Helper()
	if o.Logf == nil {
		o.Logf = func(string, ...any) {}
	}
	srv := netplay.NewServer(o)
	ts := httptest.NewServer(srv.Handler()) // listens on 127.0.0.1
	h := &host{srv: srv, ts: ts, url: "ws" + strings.TrimPrefix(ts.URL, "http") + "/ws"}
	t.Cleanup(h.close)
	return h
}

// close stops the rooms and the listener (idempotent).
func (h *host) close() {
	h.srv.Abort()
	h.ts.CloseClientConnections()
	h.ts.Close()
}

func config(t testing.TB, file string, seats map[string]string) room.Config {
	t.Helper()
	sc, data := shippedtest.Load(t, file)
	return room.Config{Scenario: sc, Data: data, File: file, Source: save.Source{Embedded: file}, Seats: seats, Facilitator: true}
}

// frame is one received frame, raw and decoded.
type frame struct {
	raw []byte
	env netplay.Envelope
}

// peer is a scripted client.
type peer struct {
	t      testing.TB
	conn   *websocket.Conn
	seq    uint64
	frames []frame
}

func dial(t testing.TB, url string) *peer {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	c, _, err := websocket.Dial(ctx, url, nil)
	require.NoError(t, err)
	c.SetReadLimit(8 << 20)
	p := &peer{t: t, conn: c}
	t.Cleanup(func() { _ = c.CloseNow() })
	return p
}

// join dials and says hello; it returns the peer and its welcome.
func join(t testing.TB, url string, h netplay.Hello) (*peer, netplay.Welcome) {
	t.Helper()
	p := dial(t, url)
	p.send(netplay.THello, h)
	var w netplay.Welcome
	p.expect(netplay.TWelcome, &w)
	return p, w
}

func (p *peer) send(typ string, body any) uint64 {
	p.t.Helper()
	b, err := json.Marshal(body)
	require.NoError(p.t, err)
	p.seq++
	raw, err := json.Marshal(netplay.Envelope{V: netplay.Version, Type: typ, Seq: p.seq, Body: b})
	require.NoError(p.t, err)
	p.sendRaw(raw)
	return p.seq
}

func (p *peer) sendRaw(raw []byte) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	require.NoError(p.t, p.conn.Write(ctx, websocket.MessageText, raw))
}

// next reads one frame.
func (p *peer) next() (frame, error) {
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	_, raw, err := p.conn.Read(ctx)
	if err != nil {
		return frame{}, err
	}
	var e netplay.Envelope
	if err := json.Unmarshal(raw, &e); err != nil {
		return frame{}, err
	}
	f := frame{raw: raw, env: e}
	p.frames = append(p.frames, f)
	return f, nil
}

// expect reads frames until one of typ (decoded into body), failing on an error frame.
func (p *peer) expect(typ string, body any) {
	p.t.Helper()
	for {
		f, err := p.next()
		require.NoError(p.t, err, "waiting for %s", typ)
		if f.env.Type == netplay.TError && typ != netplay.TError {
			p.t.Fatalf("waiting for %s: error frame %s", typ, f.raw)
		}
		if f.env.Type == typ {
			if body != nil {
				require.NoError(p.t, json.Unmarshal(f.env.Body, body))
			}
			return
		}
	}
}

// closeCode reads until the connection closes and returns the close status.
func (p *peer) closeCode() websocket.StatusCode {
	for {
		if _, err := p.next(); err != nil {
			var ce websocket.CloseError
			if errors.As(err, &ce) {
				return ce.Code
			}
			return -1
		}
	}
}

// plan is a scripted person's orders from its own view only: verify the
// first readable unverified card, share the first two cards over the first
// link to its first other member, and warn a partner.
func plan(v rules.View) []rules.Order {
	var os []rules.Order
	for _, it := range v.Items {
		if it.Readable && !it.Verified {
			os = append(os, rules.Order{Kind: rules.Verify, Team: v.Team, Item: it.ID})
			break
		}
	}
	for _, ch := range v.Channels {
		for _, m := range ch.Members {
			if m == v.Team {
				continue
			}
			for i, it := range v.Items {
				if i == 2 {
					break
				}
				os = append(os, rules.Order{Kind: rules.Share, Team: v.Team, Item: it.ID, To: []string{m}, Channel: ch.ID})
			}
			os = append(os, rules.Order{Kind: rules.Message, Team: v.Team, To: []string{m}, Channel: ch.ID, MsgKind: rules.MsgWarn, Subject: "status"})
			return os
		}
	}
	return os
}

// drop removes the refused order (1-based) from a list.
func drop(os []rules.Order, n int) []rules.Order {
	if n < 1 || n > len(os) {
		return nil // not an order's fault: give none
	}
	return slices.Delete(slices.Clone(os), n-1, n)
}

// playRound confirms a person's plan for the round of sn: it drops each
// refused order in turn until the host accepts. It returns the next
// snapshot that is not this round's orders phase.
func (p *peer) confirm(v rules.View) {
	p.t.Helper()
	os := plan(v)
	for tries := 0; ; tries++ {
		require.Less(p.t, tries, 50)
		ref := p.send(netplay.TConfirm, netplay.Orders{Orders: os})
		for {
			f, err := p.next()
			require.NoError(p.t, err)
			if f.env.Type == netplay.TAck {
				return
			}
			if f.env.Type == netplay.TError {
				var e netplay.Error
				require.NoError(p.t, json.Unmarshal(f.env.Body, &e))
				require.Equal(p.t, ref, e.Ref, "%s", f.raw)
				require.NotEmpty(p.t, os, "an empty list refused: %s", e.Message)
				os = drop(os, e.Order)
				break
			}
		}
	}
}

// referee plays the same game in-process: the scripted people give the
// same orders through room.Confirm. It returns the final hash.
func referee(t testing.TB, c room.Config, people []string) string {
	t.Helper()
	r, err := room.New(c)
	require.NoError(t, err)
	for guard := 0; !r.Over(); guard++ {
		require.Less(t, guard, 200)
		for _, team := range people {
			v, err := r.View(team)
			require.NoError(t, err)
			os := plan(v)
			for {
				err := r.Confirm(team, os)
				if err == nil {
					break
				}
				var oe *room.OrderError
				require.ErrorAs(t, err, &oe)
				os = drop(os, oe.Index+1)
			}
		}
		_, err := r.Resolve(context.Background(), false)
		require.NoError(t, err)
	}
	return r.Hash()
}

// snapshot reads the next snapshot.
func (p *peer) snapshot() netplay.Snapshot {
	p.t.Helper()
	var sn netplay.Snapshot
	p.expect(netplay.TSnapshot, &sn)
	return sn
}

// playToEnd plays a person's seat: confirm at each orders snapshot, until over.
func (p *peer) playToEnd(first netplay.Snapshot) {
	p.t.Helper()
	sn := first
	for guard := 0; sn.Phase != netplay.PhaseOver; guard++ {
		require.Less(p.t, guard, 500)
		if sn.Phase == netplay.PhaseOrders {
			p.confirm(sn.View)
		}
		sn = p.snapshot()
	}
}

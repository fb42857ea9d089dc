// Package remote is a team seat played over the network: the desktop and
// browser game's "Join a game". It wraps a netplay.Client so the frame
// loop never waits on the network: joining and confirming run in
// goroutines, and the scene polls State each tick. It is pure Go (no
// Ebiten) and tested without a display.
package remote

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"liaison/game/netplay"
	"liaison/game/rules"
)

// Timeouts of the network steps: long enough for a slow LAN, short enough
// that a trainee who typed a wrong address learns it soon.
const (
	joinTimeout    = 15 * time.Second
	confirmTimeout = 15 * time.Second
)

// Phase is where a seat stands.
type Phase int

// Phases of a seat.
const (
	Connecting Phase = iota // dialling the host
	Joined                  // connected; Snapshot holds the latest round
	Failed                  // joining failed or the connection ended; see Err
	// Reconnecting: the connection dropped (Lost says why) and the seat
	// is dialling the host again with its resume token.
	Reconnecting
)

// State is what a scene shows of a seat.
type State struct {
	Phase    Phase
	Err      error            // why Failed, or why the last confirm was refused
	Welcome  netplay.Welcome  // once Joined
	Snapshot netplay.Snapshot // the latest round's view, once one arrived
	Have     bool             // a snapshot arrived
	Sending  bool             // a confirm is on its way
	// Confirmed is the round whose orders the host accepted (0: none yet).
	Confirmed int
	// Draft is the team's queue as the seat keeps it on the host; the
	// board adopts it when DraftRev changes (a refused order taken out, a
	// teammate's queue, a new round), showing Note.
	Draft    []rules.Order
	DraftRev int
	Note     string
	// Lost is why the connection dropped, while Reconnecting.
	Lost error
	// Reconnects counts the connections the seat got back.
	Reconnects int
	// Snapshots counts the snapshots received (a scene redraws on change).
	Snapshots int
}

// Seat is one team seat on a host.
type Seat struct {
	mu     sync.Mutex
	st     State
	client *netplay.Client
	cancel context.CancelFunc
	// The queue kept on the host (queue.go).
	draft   []rules.Order
	dirty   bool // draft not yet sent
	queuing bool // queueLoop is running
	expect  int  // snapshots still due for our acked queues
	conns   int  // connections made so far (queueLoop's generation)
}

// Join starts connecting to host (see HostURL) with a seat's join code,
// without waiting; poll State.
func Join(host, code string) *Seat {
	ctx, cancel := context.WithCancel(context.Background())
	s := &Seat{cancel: cancel}
	u, err := HostURL(host)
	code = strings.ToUpper(strings.TrimSpace(code))
	switch {
	case err != nil:
		s.st = State{Phase: Failed, Err: err}
		return s
	case code == "":
		s.st = State{Phase: Failed, Err: errors.New("type the join code your instructor gave your team")}
		return s
	}
	go s.join(ctx, u, code)
	return s
}

func (s *Seat) join(ctx context.Context, u, code string) {
	dctx, cancel := context.WithTimeout(ctx, joinTimeout)
	defer cancel()
	c, err := netplay.Dial(dctx, u, netplay.Hello{Code: code})
	if err != nil {
		s.fail(explain(u, err))
		return
	}
	if w := c.Welcome(); w.Role != netplay.RoleTeam {
		_ = c.Close()
		s.fail(fmt.Errorf("that code is for a %s, not a team seat", w.Role))
		return
	}
	for {
		s.seated(c)
		s.play(c)
		if ctx.Err() != nil {
			return // Close
		}
		why := c.Err()
		s.mu.Lock()
		s.client, s.queuing = nil, false
		s.st.Phase, s.st.Sending = Reconnecting, false
		s.st.Lost = why
		resume := s.st.Welcome.Resume
		s.mu.Unlock()
		if c = s.redial(ctx, u, resume, code); c == nil {
			if ctx.Err() == nil {
				s.fail(fmt.Errorf("lost the connection to the host at %s and could not reconnect within %v (%v): join again with your team's code", u, reconnectFor, why))
			}
			return
		}
	}
}

// seated makes c the seat's connection: after a reconnect, the queue
// changed meanwhile goes to the host.
func (s *Seat) seated(c *netplay.Client) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st.Phase == Reconnecting {
		s.st.Reconnects++
	}
	s.client, s.expect = c, 0
	s.conns++
	s.st.Phase, s.st.Welcome, s.st.Lost = Joined, c.Welcome(), nil
	s.queuing = s.dirty
	if s.dirty {
		go s.queueLoop(s.conns)
	}
}

// play follows the host's snapshots until the connection ends.
func (s *Seat) play(c *netplay.Client) {
	for env := range c.Updates() {
		if env.Type != netplay.TSnapshot {
			continue
		}
		snap, err := netplay.DecodeSnapshot(env)
		if err != nil {
			continue // a frame this client cannot read; the next is whole
		}
		s.mu.Lock()
		if snap.Round != s.st.Snapshot.Round {
			s.st.Err = nil // a refusal was about the round before
		}
		s.follow(snap)
		s.st.Snapshot, s.st.Have = snap, true
		s.st.Snapshots++
		s.mu.Unlock()
	}
}

func (s *Seat) fail(err error) {
	s.mu.Lock()
	s.st.Phase, s.st.Err = Failed, err
	s.mu.Unlock()
}

// explain turns a dial error into words a trainee can act on.
func explain(u string, err error) error {
	var refusal *netplay.Error
	switch {
	case errors.Is(err, netplay.ErrJoinRefused) && errors.As(err, &refusal):
		return fmt.Errorf("the host refused the code: %s", refusal.Message)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("no answer from %s: check the address and that the host is running", u)
	default:
		return fmt.Errorf("cannot reach the host at %s: check the address and that the host is running (%v)", u, err)
	}
}

// State returns the seat's state now.
func (s *Seat) State() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st
}

// Confirm hands in orders for the latest round without waiting; State
// tells when the host accepted them (Confirmed) or why not (Err).
func (s *Seat) Confirm(orders []rules.Order) {
	s.mu.Lock()
	c, round := s.client, s.st.Snapshot.Round
	if c == nil || !s.st.Have || s.st.Sending {
		s.mu.Unlock()
		return
	}
	s.st.Sending, s.st.Err = true, nil
	s.mu.Unlock()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), confirmTimeout)
		defer cancel()
		err := c.Confirm(ctx, round, orders)
		s.mu.Lock()
		defer s.mu.Unlock()
		s.st.Sending = false
		if err != nil {
			s.st.Err = fmt.Errorf("the host did not take the orders: %w", err)
			return
		}
		s.st.Confirmed = max(s.st.Confirmed, round)
	}()
}

// Close leaves the host.
func (s *Seat) Close() {
	s.cancel()
	s.mu.Lock()
	c := s.client
	s.mu.Unlock()
	if c != nil {
		_ = c.Close()
	}
}

// HostURL makes a websocket URL of what a trainee typed: "HOST:PORT",
// "http(s)://HOST:PORT/..." or "ws(s)://HOST:PORT/ws". Without a path the
// endpoint is /ws.
func HostURL(host string) (string, error) {
	host = strings.TrimSpace(host)
	if host == "" {
		return "", errors.New("type the host's address, such as 192.168.1.20:8470")
	}
	if !strings.Contains(host, "://") {
		host = "ws://" + host
	}
	u, err := url.Parse(host)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("%q is not a host address: type HOST:PORT, such as 192.168.1.20:8470", host)
	}
	switch u.Scheme {
	case "ws", "wss":
	case "http":
		u.Scheme = "ws"
	case "https":
		u.Scheme = "wss"
	default:
		return "", fmt.Errorf("%q: the address must start with ws://, wss://, http:// or https://", host)
	}
	if u.Path == "" || u.Path == "/" {
		u.Path = "/ws"
	}
	u.RawQuery, u.Fragment, u.User = "", "", nil
	return u.String(), nil
}

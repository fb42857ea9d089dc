package netplay

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/coder/websocket"

	"liaison/game/rules"
)

// Client is a seat's connection to a host, for the desktop game's "Join a
// game" (it also builds for the browser) and for tests. Frames the host
// pushes (snapshots, facilitator frames) arrive on Updates; requests wait
// for their own answer.
type Client struct {
	conn    *websocket.Conn
	welcome Welcome
	updates chan Envelope

	mu      sync.Mutex
	seq     uint64
	waiting map[uint64]chan Envelope
	err     error
	done    chan struct{}
}

// updatesBuffer is how many pushed frames wait for the reader of Updates;
// past it the oldest is dropped (the next snapshot is whole anyway).
const updatesBuffer = 16

// Dial connects to a host's /ws URL (ws:// or wss://) and says hello with
// exactly one of a join code, the instructor key or a resume token. The
// secret travels only in the first message.
func Dial(ctx context.Context, url string, h Hello) (*Client, error) {
	conn, _, err := websocket.Dial(ctx, url, nil)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", url, err)
	}
	conn.SetReadLimit(16 << 20) // a facilitator view of a large scenario
	c := &Client{conn: conn, updates: make(chan Envelope, updatesBuffer), waiting: map[uint64]chan Envelope{}, done: make(chan struct{})}
	if err := c.write(ctx, THello, h); err != nil {
		_ = conn.CloseNow()
		return nil, err
	}
	_, raw, err := conn.Read(ctx)
	if err != nil {
		_ = conn.CloseNow()
		return nil, fmt.Errorf("join: %w", err)
	}
	env, err := decodeReply(raw)
	if err != nil {
		_ = conn.CloseNow()
		return nil, err
	}
	switch env.Type {
	case TWelcome:
		if err := json.Unmarshal(env.Body, &c.welcome); err != nil {
			_ = conn.CloseNow()
			return nil, fmt.Errorf("join: %w", err)
		}
	case TError:
		var e Error
		_ = json.Unmarshal(env.Body, &e)
		_ = conn.CloseNow()
		return nil, fmt.Errorf("%w: %w", ErrJoinRefused, &e)
	default:
		_ = conn.CloseNow()
		return nil, fmt.Errorf("join: the host answered %q", env.Type)
	}
	go c.readLoop()
	return c, nil
}

// decodeReply reads a host frame leniently (a newer host may add fields).
func decodeReply(raw []byte) (Envelope, error) {
	var e Envelope
	if err := json.Unmarshal(raw, &e); err != nil {
		return e, fmt.Errorf("the host sent an unreadable frame: %w", err)
	}
	if e.V != Version {
		return e, fmt.Errorf("the host speaks protocol %d; this game speaks %d", e.V, Version)
	}
	return e, nil
}

// Welcome returns the host's welcome: role, team, room and resume token.
func (c *Client) Welcome() Welcome { return c.welcome }

// Updates delivers the frames the host pushes: TSnapshot (decode with
// DecodeSnapshot) and TFacilitator. It is closed when the connection ends
// (then Err says why).
func (c *Client) Updates() <-chan Envelope { return c.updates }

// Err returns why the connection ended, nil while it is up.
func (c *Client) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// Close ends the connection.
func (c *Client) Close() error { return c.conn.Close(websocket.StatusNormalClosure, "") }

// DecodeSnapshot decodes a snapshot frame.
func DecodeSnapshot(e Envelope) (Snapshot, error) {
	var s Snapshot
	if e.Type != TSnapshot {
		return s, fmt.Errorf("a %s frame is not a snapshot", e.Type)
	}
	return s, json.Unmarshal(e.Body, &s)
}

// DecodeFacilitator decodes a facilitator frame.
func DecodeFacilitator(e Envelope) (FacilitatorFrame, error) {
	var f FacilitatorFrame
	if e.Type != TFacilitator {
		return f, fmt.Errorf("a %s frame is not a facilitator frame", e.Type)
	}
	return f, json.Unmarshal(e.Body, &f)
}

// Queue keeps the team's orders in progress for round on the host.
func (c *Client) Queue(ctx context.Context, round int, orders []rules.Order) error {
	return c.ask(ctx, TQueue, Orders{Round: round, Orders: orders})
}

// Confirm hands in the team's orders for round. A refusal is an *Error
// (its Order names the refused order, 1-based; 0 when the list as a whole
// is refused: a round already resolved or confirmed, a pause).
func (c *Client) Confirm(ctx context.Context, round int, orders []rules.Order) error {
	return c.ask(ctx, TConfirm, Orders{Round: round, Orders: orders})
}

// Check asks whether one more order is legal after queued.
func (c *Client) Check(ctx context.Context, queued []rules.Order, o rules.Order) (Legal, error) {
	env, err := c.request(ctx, TCheck, Check{Queued: queued, Order: o})
	if err != nil {
		return Legal{}, err
	}
	var l Legal
	if env.Type != TLegal {
		return l, fmt.Errorf("the host answered a check with %q", env.Type)
	}
	return l, json.Unmarshal(env.Body, &l)
}

// Facilitate sends a facilitator control (TPause, TInject, TNote,
// TResolve, TTimer, TSeat) with its body.
func (c *Client) Facilitate(ctx context.Context, typ string, body any) error {
	return c.ask(ctx, typ, body)
}

// CreateRoom asks the host for a new room (the admin key's client only).
func (c *Client) CreateRoom(ctx context.Context, b Create) (Created, error) {
	var out Created
	env, err := c.request(ctx, TCreate, b)
	if err != nil {
		return out, err
	}
	err = replyInto(env, TCreated, &out)
	return out, err
}

// SpectatorCode asks for a spectator code (the facilitator's client only):
// team to shadow, or "" for the facilitator view a round late.
func (c *Client) SpectatorCode(ctx context.Context, team string) (string, error) {
	var out SpectatorCode
	env, err := c.request(ctx, TSpectator, Spectator{Team: team})
	if err != nil {
		return "", err
	}
	err = replyInto(env, TSpectatorCode, &out)
	return out.Code, err
}

// replyInto decodes a reply of type want, or returns the host's refusal.
func replyInto(env Envelope, want string, v any) error {
	switch env.Type {
	case want:
		return json.Unmarshal(env.Body, v)
	case TError:
		e := &Error{}
		if err := json.Unmarshal(env.Body, e); err != nil {
			return err
		}
		return e
	}
	return fmt.Errorf("the host answered with %q, not %q", env.Type, want)
}

// ask sends a request and waits for its ack (nil) or error (*Error).
func (c *Client) ask(ctx context.Context, typ string, body any) error {
	env, err := c.request(ctx, typ, body)
	if err != nil {
		return err
	}
	switch env.Type {
	case TAck, TPong:
		return nil
	case TError:
		e := &Error{}
		if err := json.Unmarshal(env.Body, e); err != nil {
			return err
		}
		return e
	}
	return fmt.Errorf("the host answered %s with %q", typ, env.Type)
}

// request sends a frame and waits for the reply naming it.
func (c *Client) request(ctx context.Context, typ string, body any) (Envelope, error) {
	reply := make(chan Envelope, 1)
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return Envelope{}, c.err
	}
	c.seq++
	seq := c.seq
	c.waiting[seq] = reply
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		delete(c.waiting, seq)
		c.mu.Unlock()
	}()
	b, err := encode(typ, seq, body)
	if err != nil {
		return Envelope{}, err
	}
	if err := c.conn.Write(ctx, websocket.MessageText, b); err != nil {
		return Envelope{}, err
	}
	select {
	case env := <-reply:
		return env, nil
	case <-c.done:
		return Envelope{}, c.Err()
	case <-ctx.Done():
		return Envelope{}, ctx.Err()
	}
}

// write sends the hello (seq 1 is taken here).
func (c *Client) write(ctx context.Context, typ string, body any) error {
	c.mu.Lock()
	c.seq++
	seq := c.seq
	c.mu.Unlock()
	b, err := encode(typ, seq, body)
	if err != nil {
		return err
	}
	return c.conn.Write(ctx, websocket.MessageText, b)
}

// readLoop routes replies to their requests and pushed frames to Updates.
func (c *Client) readLoop() {
	defer close(c.updates)
	defer close(c.done)
	for {
		_, raw, err := c.conn.Read(context.Background())
		if err == nil {
			var env Envelope
			if env, err = decodeReply(raw); err == nil {
				c.route(env)
				continue
			}
		}
		c.mu.Lock()
		if c.err == nil {
			c.err = fmt.Errorf("connection to the host ended: %w", err)
		}
		c.mu.Unlock()
		_ = c.conn.CloseNow()
		return
	}
}

// route delivers one frame.
func (c *Client) route(env Envelope) {
	var ref struct {
		Ref uint64 `json:"ref"`
	}
	switch env.Type {
	case TAck, TError, TLegal, TPong, TCreated, TSpectatorCode:
		if json.Unmarshal(env.Body, &ref) == nil {
			c.mu.Lock()
			reply := c.waiting[ref.Ref]
			c.mu.Unlock()
			if reply != nil {
				reply <- env
				return
			}
		}
		if env.Type != TError {
			return
		}
	}
	for {
		select {
		case c.updates <- env:
			return
		default:
			select { // drop the oldest waiting update
			case <-c.updates:
			default:
			}
		}
	}
}

package netplay

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/coder/websocket"
	"golang.org/x/time/rate"
)

// maxSecret bounds a code, key or token in a hello.
const maxSecret = 128

// outbox is how many frames may wait for a slow client before it is dropped.
const outbox = 64

// maxBad is how many unreadable messages a connection may send before it is closed.
const maxBad = 8

// writeTimeout bounds one frame's write.
const writeTimeout = 5 * time.Second

// client is one websocket connection on a seat.
type client struct {
	conn   *websocket.Conn
	addr   string
	role   string
	team   string
	out    chan []byte
	seq    uint64 // last frame number sent; owned by the room goroutine
	once   sync.Once
	done   chan struct{}
	status websocket.StatusCode
	reason string
}

// kill ends the connection with a close status; queued frames go first.
func (c *client) kill(status websocket.StatusCode, reason string) {
	c.once.Do(func() {
		c.status, c.reason = status, reason
		close(c.done)
	})
}

// send queues a frame; a client too slow to take it is dropped.
func (c *client) send(typ string, body any) {
	c.seq++
	b, err := encode(typ, c.seq, body)
	if err != nil {
		c.kill(websocket.StatusInternalError, "the host could not encode a frame")
		return
	}
	c.queue(b)
}

// queue hands a frame to the writer; a client too slow to take it is dropped.
func (c *client) queue(b []byte) {
	select {
	case <-c.done:
	case c.out <- b:
	default:
		c.kill(websocket.StatusPolicyViolation, "too slow: frames were piling up")
	}
}

// sendRaw queues a frame around a body already encoded (one team's
// snapshot, shared by its clients).
func (c *client) sendRaw(typ string, body []byte) {
	c.queue(c.frame(typ, body))
}

// frame numbers and builds the client's next frame around an encoded
// body, to be queued (in the order built) before anything else is sent to
// the client. The frame is a copy: body may be the room's scratch buffer.
func (c *client) frame(typ string, body []byte) []byte {
	c.seq++
	return encodeRaw(typ, c.seq, body)
}

// writeLoop sends queued frames until the connection ends, then flushes
// what is queued and closes with the kill status.
func (c *client) writeLoop() {
	write := func(b []byte) error {
		ctx, cancel := context.WithTimeout(context.Background(), writeTimeout)
		defer cancel()
		return c.conn.Write(ctx, websocket.MessageText, b)
	}
	for {
		select {
		case b := <-c.out:
			if err := write(b); err != nil {
				c.kill(websocket.StatusGoingAway, "")
				_ = c.conn.CloseNow()
				return
			}
		case <-c.done:
			for {
				select {
				case b := <-c.out:
					if write(b) != nil {
						_ = c.conn.CloseNow()
						return
					}
				default:
					_ = c.conn.Close(c.status, c.reason)
					return
				}
			}
		}
	}
}

// serveWS upgrades a same-origin (or allowed-origin) request, reads the
// hello, seats the client in its room and relays its messages.
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	conn, err := websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: s.opts.AllowOrigins})
	if err != nil {
		return // Accept has answered (403 for a foreign origin)
	}
	conn.SetReadLimit(MaxMessage)
	c := &client{conn: conn, addr: remoteHost(r), out: make(chan []byte, outbox), done: make(chan struct{})}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.writeLoop()
	}()
	defer wg.Wait()
	g, ok := s.hello(c, r.URL.Query().Get("room"))
	if !ok {
		return
	}
	if g.role == RoleAdmin {
		s.adminLoop(c)
		return
	}
	c.role, c.team = g.role, g.team
	a := g.room
	if !a.post(event{kind: evJoin, c: c}) {
		c.kill(websocket.StatusGoingAway, "the room has stopped")
		return
	}
	defer a.post(event{kind: evLeave, c: c})
	s.readLoop(c, a)
}

// hello reads and checks the first message. It never logs the secret.
// room is the URL's ?room= (for a proxy's routing; not a secret), which,
// when given, must be the room the secret opens.
func (s *Server) hello(c *client, room string) (grant, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), s.opts.HelloTimeout)
	defer cancel()
	refuse := func(status websocket.StatusCode, e Error) (grant, bool) {
		c.send(TError, e)
		c.kill(status, e.Message)
		return grant{}, false
	}
	typ, data, err := c.conn.Read(ctx)
	if err != nil {
		c.kill(websocket.StatusPolicyViolation, "no hello")
		return grant{}, false
	}
	if typ != websocket.MessageText {
		return refuse(websocket.StatusUnsupportedData, Error{Message: "send JSON text frames"})
	}
	env, err := decodeEnvelope(data)
	if err != nil {
		return refuse(websocket.StatusPolicyViolation, Error{Message: err.Error()})
	}
	if env.Type != THello {
		return refuse(websocket.StatusPolicyViolation, Error{Ref: env.Seq, Message: "the first message must be a hello with a join code, the instructor key or a resume token"})
	}
	var h Hello
	if err := decodeBody(env, &h); err != nil {
		return refuse(websocket.StatusPolicyViolation, Error{Ref: env.Seq, Message: err.Error()})
	}
	secret, n := "", 0
	for _, v := range []string{h.Code, h.Key, h.Resume} {
		if v != "" {
			secret, n = v, n+1
		}
	}
	if n != 1 || len(secret) > maxSecret {
		return refuse(websocket.StatusPolicyViolation, Error{Ref: env.Seq, Message: "give exactly one of code, key or resume (at most 128 characters)"})
	}
	if !s.mayTry(c.addr) {
		s.opts.Logf("netplay: %s: join refused, too many failed attempts", c.addr)
		return refuse(websocket.StatusPolicyViolation, Error{Ref: env.Seq, Message: "too many failed join attempts from your address; wait a minute and try again", Code: CodeRateLimited})
	}
	g, ok := s.lookup(secret)
	if ok && room != "" && (g.room == nil || room != g.room.id) {
		ok = false
	}
	if !ok {
		s.failed(c.addr)
		s.opts.Logf("netplay: %s: join refused, unknown code", c.addr)
		return refuse(websocket.StatusPolicyViolation, Error{Ref: env.Seq, Message: "no seat has this code: check it with your instructor"})
	}
	return g, true
}

// readLoop relays the client's messages to its room, within the
// connection's rate limit.
func (s *Server) readLoop(c *client, a *actor) {
	lim := rate.NewLimiter(s.opts.MsgRate, s.opts.MsgBurst)
	bad := 0
	for {
		typ, data, err := c.conn.Read(context.Background())
		if err != nil {
			var ce websocket.CloseError
			if errors.As(err, &ce) && ce.Code == websocket.StatusMessageTooBig {
				c.kill(websocket.StatusMessageTooBig, "message too big")
			}
			c.kill(websocket.StatusNormalClosure, "")
			return
		}
		if !lim.Allow() {
			s.opts.Logf("netplay: %s: room %s: closed, above the message rate", c.addr, a.id)
			c.kill(websocket.StatusPolicyViolation, "too many messages")
			return
		}
		var env Envelope
		if typ == websocket.MessageText {
			env, err = decodeEnvelope(data)
		} else {
			err = errors.New("send JSON text frames")
		}
		if err != nil {
			bad++
			c.sendSafe(a, Error{Ref: env.Seq, Message: err.Error()})
			if bad >= maxBad {
				c.kill(websocket.StatusPolicyViolation, "too many bad messages")
				return
			}
			continue
		}
		if env.Type == THello {
			c.sendSafe(a, Error{Ref: env.Seq, Message: "already joined: a hello is only the first message"})
			continue
		}
		if !a.post(event{kind: evMsg, c: c, env: env}) {
			c.kill(websocket.StatusGoingAway, "the room has stopped")
			return
		}
	}
}

// sendSafe sends an error frame through the room goroutine, which owns
// the client's frame numbers.
func (c *client) sendSafe(a *actor, e Error) {
	a.post(event{kind: evReply, c: c, reply: e})
}

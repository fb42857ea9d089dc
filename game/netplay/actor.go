package netplay

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/coder/websocket"

	"liaison/game/narrative"
	"liaison/game/room"
	"liaison/game/rules"
)

// actor is the one goroutine that owns a room: every message, join and
// leave goes through its inbox, so the room needs no lock.
type actor struct {
	s       *Server
	id      string
	rm      *room.Room
	meta    meta
	in      chan event
	quit    chan bool // true: save before stopping
	done    chan struct{}
	clients map[*client]struct{}
	// Round timer: seconds per round (0: none), this round's end, and
	// whether it has run out.
	timerSecs int
	deadline  time.Time
	timer     *time.Timer
	timeUp    bool
	// lateView is the facilitator view as it stood during the last round,
	// for spectators who see it a round late (kept only while the room has
	// such spectator codes).
	lateView *rules.FacilitatorView
	// costJSON is the scenario's AP cost per order kind, encoded (see costs).
	costJSON []byte
	// cache holds each team's View and more for this round (teamcache.go).
	cache teamCache
	// names are the scenario's display names for narratives, made once.
	names *narrative.Names
	// scratch is the buffer Views and facilitator frames are encoded into
	// (viewjson.go): it grows to the largest frame once instead of every
	// encoding growing a buffer from nothing; what is kept is copied out.
	scratch []byte
}

// event kinds.
const (
	evJoin = iota
	evLeave
	evMsg
	evReply
	evState
)

// event is one thing for the room goroutine to handle.
type event struct {
	kind  int
	c     *client
	env   Envelope
	reply Error
	state chan RoomState
}

// inbox is how many events may wait for a busy room.
const inbox = 256

func newActor(s *Server, rm *room.Room, m meta) *actor {
	if m.Resume == nil {
		m.Resume = map[string]string{}
	}
	return &actor{s: s, id: m.ID, rm: rm, meta: m, in: make(chan event, inbox), quit: make(chan bool, 1),
		done: make(chan struct{}), clients: map[*client]struct{}{}, timerSecs: m.Timer}
}

// post hands an event to the room goroutine; false once it has stopped.
func (a *actor) post(ev event) bool {
	select {
	case a.in <- ev:
		return true
	case <-a.done:
		return false
	}
}

// stop asks the room goroutine to end (saving first when save is set).
func (a *actor) stop(save bool) {
	select {
	case a.quit <- save:
	default:
	}
}

// run is the room goroutine.
func (a *actor) run() {
	defer close(a.done)
	a.armTimer()
	a.heavy(a.advanceBots)
	for {
		var tick <-chan time.Time
		if a.timer != nil {
			tick = a.timer.C
		}
		select {
		case ev := <-a.in:
			a.handle(ev)
		case <-tick:
			a.timer, a.timeUp = nil, true
			a.publishFacilitator(false)
		case save := <-a.quit:
			if save {
				a.autosave()
			}
			for c := range a.clients {
				c.kill(websocket.StatusGoingAway, "the host is stopping; reconnect when it is back")
			}
			if a.timer != nil {
				a.timer.Stop()
			}
			return
		}
	}
}

// handle dispatches one event.
func (a *actor) handle(ev event) {
	c := ev.c
	switch ev.kind {
	case evJoin:
		a.join(c)
	case evLeave:
		if _, ok := a.clients[c]; ok {
			delete(a.clients, c)
			a.s.opts.Logf("netplay: %s: room %s: %s left", c.addr, a.id, who(c))
			a.publishFacilitator(false)
		}
	case evReply:
		c.send(TError, ev.reply)
	case evState:
		ev.state <- RoomState{Round: a.rm.Round(), Over: a.rm.Over(), Hash: a.rm.Hash()}
	case evMsg:
		if _, ok := a.clients[c]; !ok {
			return
		}
		var err error
		switch c.role {
		case RoleFacilitator:
			err = a.facilitatorMsg(c, ev.env)
		case RoleSpectator:
			err = a.spectatorMsg(c, ev.env)
		default:
			err = a.teamMsg(c, ev.env)
		}
		if err != nil {
			e := Error{Ref: ev.env.Seq, Message: err.Error()}
			var oe *room.OrderError
			if errors.As(err, &oe) {
				e.Order = oe.Index + 1
			}
			c.send(TError, e)
		}
	}
}

// who names a client's seat in logs.
func who(c *client) string {
	switch {
	case c.role == RoleFacilitator:
		return "the facilitator"
	case c.role == RoleSpectator && c.team == "":
		return "a spectator of the facilitator view"
	case c.role == RoleSpectator:
		return "a spectator of team " + c.team
	}
	return "team " + c.team
}

// join seats a client: a welcome with a fresh resume token, then its
// whole situation.
func (a *actor) join(c *client) {
	a.clients[c] = struct{}{}
	token := newKey()
	whoKey := whoOf(c)
	d := digest(token)
	a.meta.Resume[d] = whoKey
	a.s.addResume(a, d, whoKey)
	a.s.opts.Logf("netplay: %s: room %s: %s joined", c.addr, a.id, who(c))
	c.send(TWelcome, Welcome{Role: c.role, Team: c.team, Room: a.id, Resume: token})
	switch c.role {
	case RoleFacilitator:
		a.sendFacilitator(c, true)
	case RoleSpectator:
		a.sendSpectator(c)
	default:
		a.sendSnapshot(c)
	}
	a.publishFacilitator(false)
}

// teamMsg handles a team seat's request.
func (a *actor) teamMsg(c *client, env Envelope) error {
	switch env.Type {
	case TPing:
		c.send(TPong, Ack{Ref: env.Seq})
	case TCheck:
		var b Check
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		tr, err := a.round(c.team)
		if err != nil {
			return err
		}
		ans := Legal{Ref: env.Seq, OK: true}
		if err := a.remoteCheck(tr.known, c.team, append(slices.Clip(b.Queued), b.Order)); err != nil {
			ans.OK, ans.Reason = false, reason(err)
		}
		c.send(TLegal, ans)
	case TQueue, TConfirm:
		var b Orders
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		if b.Round != 0 && b.Round != a.rm.Round() {
			return fmt.Errorf("these orders are for round %d; the game is at round %d", b.Round, a.rm.Round())
		}
		if len(b.Orders) > maxOrders {
			return fmt.Errorf("%d orders; at most %d a round", len(b.Orders), maxOrders)
		}
		tr, err := a.round(c.team)
		if err != nil {
			return err
		}
		if err := a.remoteCheck(tr.known, c.team, b.Orders); err != nil {
			return err
		}
		if env.Type == TQueue {
			if err := a.rm.Queue(c.team, b.Orders); err != nil {
				return masked(err)
			}
			c.send(TAck, Ack{Ref: env.Seq})
			// The sender too: its next legal orders follow the queue.
			a.sendTeam(c.team, nil)
			return nil
		}
		if err := a.rm.Confirm(c.team, b.Orders); err != nil {
			return masked(err)
		}
		c.send(TAck, Ack{Ref: env.Seq}) // the ack tells this client; others of the team get the phase
		a.sendTeam(c.team, c)
		a.publishFacilitator(false)
		a.maybeResolve()
	default:
		return fmt.Errorf("%w: a team seat cannot send %q", errProtocol, clip(env.Type))
	}
	return nil
}

// maxOrders bounds a round's order list from a client.
const maxOrders = 64

// maybeResolve resolves the round once every seat has confirmed.
func (a *actor) maybeResolve() {
	if a.rm.Ready() && !a.rm.Paused() {
		if err := a.resolve(false); err != nil {
			a.s.opts.Logf("netplay: room %s: %v", a.id, err)
		}
	}
}

// resolve resolves the round, autosaves and publishes the new round.
// The CPU work goes through the heavy gate (heavy.go); the autosave's
// disk writes wait outside it, between resolving and publishing.
func (a *actor) resolve(force bool) (err error) {
	var files []roomFile
	a.heavy(func() {
		a.keepLateView()
		if _, err = a.rm.Resolve(context.Background(), force); err != nil {
			return
		}
		yield()
		a.advanceBots()
		a.armTimer()
		files = a.saveFiles()
	})
	if err != nil {
		return err
	}
	a.writeFiles(files)
	a.heavy(a.publishAll)
	return nil
}

// advanceBots resolves rounds that wait for no person (every seat a bot).
func (a *actor) advanceBots() {
	for a.rm.Ready() && !a.rm.Paused() && len(a.rm.Humans()) == 0 {
		if _, err := a.rm.Resolve(context.Background(), false); err != nil {
			return
		}
	}
}

// armTimer starts this round's timer, if one is set.
func (a *actor) armTimer() {
	if a.timer != nil {
		a.timer.Stop()
		a.timer = nil
	}
	a.timeUp, a.deadline = false, time.Time{}
	if a.timerSecs > 0 && !a.rm.Over() {
		d := time.Duration(a.timerSecs) * time.Second
		a.deadline = time.Now().Add(d)
		a.timer = time.NewTimer(d)
	}
}

// clip shortens client text quoted back in an error.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

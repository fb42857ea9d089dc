package remote

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"liaison/game/netplay"
	"liaison/game/rules"
)

// Queue keeps orders as the team's queue in progress on the host, without
// waiting: the host checks them, keeps them for a reconnect, and answers
// with a snapshot whose legal orders follow the queue (see Oracle). Only
// the latest queue is sent once a send is under way. If the host refuses
// an order (the board's list was stale), the seat takes that order out,
// says so in State.Note and bumps State.DraftRev: the board then adopts
// State.Draft.
func (s *Seat) Queue(orders []rules.Order) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.draft, s.dirty = slices.Clone(orders), true
	s.st.Draft = slices.Clone(orders)
	if s.queuing || s.client == nil {
		return
	}
	s.queuing = true
	go s.queueLoop(s.conns)
}

// queueLoop sends the latest draft until the host holds it. conn is the
// connection it started on (Seat.conns): once the seat has another, this
// loop leaves the queue to the new connection's.
func (s *Seat) queueLoop(conn int) {
	for {
		s.mu.Lock()
		c, round := s.client, s.st.Snapshot.Round
		if conn != s.conns {
			s.mu.Unlock()
			return
		}
		if !s.dirty || c == nil {
			s.queuing = false
			s.mu.Unlock()
			return
		}
		orders := slices.Clone(s.draft)
		s.dirty = false
		s.expect++ // the snapshot that follows the ack is ours
		s.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), confirmTimeout)
		err := c.Queue(ctx, round, orders)
		cancel()
		if err == nil {
			continue
		}
		s.mu.Lock()
		if conn != s.conns {
			s.mu.Unlock()
			return
		}
		s.expect = max(0, s.expect-1)
		var e *netplay.Error
		if !errors.As(err, &e) {
			// No answer (the connection dropped): send the latest draft
			// again once the seat is back (see seated).
			s.dirty, s.queuing = true, false
			s.mu.Unlock()
			return
		}
		switch {
		case s.dirty || s.st.Snapshot.Round != round:
			// A newer queue or round: this answer no longer matters.
		case e.Order > 0 && e.Order <= len(orders):
			s.draft = slices.Delete(orders, e.Order-1, e.Order)
			s.dirty = true
			s.adopt(fmt.Sprintf("The host refused order %d (%s): it was taken out of the queue.", e.Order, e.Message))
		default:
			s.draft = slices.Clone(s.st.Snapshot.Queued)
			s.adopt("The host did not keep the queue: " + err.Error())
		}
		s.mu.Unlock()
	}
}

// adopt hands the seat's draft to the board with a note (s.mu held).
func (s *Seat) adopt(note string) {
	s.st.Draft = slices.Clone(s.draft)
	s.st.DraftRev++
	s.st.Note = note
}

// follow keeps the draft in step with a new snapshot (s.mu held): a new
// round starts empty (or with what the host holds), and a queue changed
// by a teammate on the same team is adopted when none of ours is on its way.
func (s *Seat) follow(snap netplay.Snapshot) {
	if snap.Round != s.st.Snapshot.Round {
		s.draft, s.dirty, s.expect = slices.Clone(snap.Queued), false, 0
		s.st.Draft, s.st.Note = slices.Clone(snap.Queued), ""
		return
	}
	if s.expect > 0 {
		s.expect--
		return
	}
	if !s.queuing && snap.Phase == netplay.PhaseOrders && !slices.EqualFunc(snap.Queued, s.draft, rules.Order.Equal) {
		s.draft = slices.Clone(snap.Queued)
		s.adopt("Your team's queue was changed on another screen.")
	}
}

package ui

import (
	"liaison/game/ui/widget"
	"slices"

	"liaison/game/narrative"
	"liaison/game/netplay"
	"liaison/game/rules"
	"liaison/game/ui/remote"
)

// remoteBoard plays a team's rounds on a seat joined on a host: it is the
// board's source (the host's snapshots answer the composer through
// remote.Oracle) and the flow between the join scene (connecting,
// waiting for the other teams, reconnecting), the round results and the
// board. Every network step runs in the seat's goroutines: nothing here
// waits on the network.
type remoteBoard struct {
	seat     *remote.Seat
	join     *joinScene // where the seat waits between its turns
	told     int        // the last round whose results were shown
	draftRev int        // the seat's DraftRev the board last adopted
	// reconnects is the seat's Reconnects the board last told of.
	reconnects int
	// snapshots and phase are the seat's as the board last drew them.
	snapshots int
	phase     remote.Phase
}

// oracle is the legality of the seat's latest snapshot.
func (r *remoteBoard) oracle() remote.Oracle { return r.seat.Oracle() }

// View implements boardSource: the team's View from the latest snapshot.
func (r *remoteBoard) View(string) (rules.View, error) { return r.seat.State().Snapshot.View, nil }

// Seat implements boardSource: a team is not told who plays the others.
func (r *remoteBoard) Seat(string) string { return seatUnknown }

// Paused implements boardSource.
func (r *remoteBoard) Paused() bool { return r.seat.State().Snapshot.Phase == netplay.PhasePaused }

// Legal implements compose.Oracle.
func (r *remoteBoard) Legal(team string, queued []rules.Order) []rules.Order {
	return r.oracle().Legal(team, queued)
}

// Validate implements compose.Oracle.
func (r *remoteBoard) Validate(queued []rules.Order, o rules.Order) error {
	return r.oracle().Validate(queued, o)
}

// APLeft implements compose.Oracle.
func (r *remoteBoard) APLeft(team string, queued []rules.Order) int {
	return r.oracle().APLeft(team, queued)
}

// Cost implements compose.Oracle.
func (r *remoteBoard) Cost(k rules.OrderKind) int { return r.oracle().Cost(k) }

// InformalCost implements compose.TrustCoster.
func (r *remoteBoard) InformalCost() int { return r.oracle().InformalCost() }

// next is the scene the seat's state calls for, from the join scene: the
// results of a round not yet shown, the board while the team's round is
// open, or nil to stay (connecting, confirmed, paused before the board
// opened, over).
func (r *remoteBoard) next(ctx *Context, st remote.State) Scene {
	if st.Phase != remote.Joined || !st.Have {
		return nil
	}
	sn := &st.Snapshot
	if n := sn.Results; n != nil && n.Round > r.told {
		return newRemoteResults(r, *n, sn)
	}
	if sn.Phase == netplay.PhaseOrders && st.Confirmed < sn.Round && !st.Sending {
		b := newBoardOn(nil, r, r, sn.View.Team)
		b.queue.Orders = slices.Clone(st.Draft)
		r.draftRev = st.DraftRev
		b.rebuild()
		if st.Err != nil {
			b.say(ctx, st.Err.Error(), colBad) // a refused confirm: fix and confirm again
		}
		return b
	}
	return nil
}

// after is the board's next scene on a joined seat: the join scene once
// the round is no longer the board's (resolved, over, confirmed on
// another screen) or the connection dropped; meanwhile it keeps the
// board's queue in step with the seat's (an order the host refused).
func (r *remoteBoard) after(ctx *Context, b *boardScene) Scene {
	st := r.seat.State()
	if st.Snapshots != r.snapshots || st.Phase != r.phase {
		// The host's answer changes the actions (legal orders, AP):
		// redraw though no key was pressed.
		r.snapshots, r.phase = st.Snapshots, st.Phase
		ctx.Invalidate()
	}
	if st.DraftRev != r.draftRev {
		r.draftRev = st.DraftRev
		b.queue.Orders = slices.Clone(st.Draft)
		if st.Note != "" {
			b.say(ctx, st.Note, colWarn)
		}
		b.rebuild()
	}
	switch {
	case st.Phase == remote.Reconnecting:
		// The board stays (orders may still be queued: the seat sends
		// them once back); the notice stays up while it lasts.
		b.say(ctx, "Connection lost: reconnecting… (queued orders kept)", colWarn)
		return nil
	case st.Reconnects != r.reconnects:
		r.reconnects = st.Reconnects
		b.say(ctx, "Reconnected to the host.", colGood)
	}
	sn := &st.Snapshot
	if st.Phase != remote.Joined || sn.Round != b.v.Round || st.Confirmed >= sn.Round ||
		(sn.Phase != netplay.PhaseOrders && sn.Phase != netplay.PhasePaused) {
		return r.join
	}
	return nil
}

// confirm hands the board's orders to the host and waits on the join scene.
func (r *remoteBoard) confirm(b *boardScene) Scene {
	r.seat.Confirm(slices.Clone(b.queue.Orders))
	return r.join
}

// leave closes the connection.
func (r *remoteBoard) leave() { r.join.leave() }

// newRemoteResults shows a joined seat the narrative the host built for
// its team of the round just resolved.
func newRemoteResults(r *remoteBoard, n narrative.Narrative, sn *netplay.Snapshot) *resultsScene {
	s := newResults(sn.View.Team, n.Round)
	s.net = r
	s.setBanner(&sn.View, n.Rounds)
	s.fill(n)
	return s
}

// synced hands a joined seat's queue to the host after every change.
func (s *boardScene) synced() {
	if s.net != nil {
		s.net.seat.Queue(s.queue.Orders)
	}
}

// menuModal is Esc's game menu.
func (s *boardScene) menuModal() *widget.Modal {
	if s.net != nil {
		return widget.NewModal("Game menu", "Leave this game and return to the menu? The host keeps your queued orders; join again with your team's code to continue.", "Leave the game", "Keep playing")
	}
	return widget.NewModal("Game menu", "Leave this game and return to the menu? It was saved at the start of your turn (orders not yet confirmed are not kept); Continue on the menu picks it up.", "Leave the game", "Keep playing")
}

package remote

import (
	"errors"
	"slices"

	"liaison/game/netplay"
	"liaison/game/rules"
)

// ErrChecking is the oracle's answer about a queue the host has not yet
// answered for: the board shows it on its actions for the moment (on a
// LAN, a few milliseconds) until the host's next snapshot arrives.
var ErrChecking = errors.New("checking the orders queued so far with the host…")

// errNotListed refuses an order the host did not list as legal. The
// host's list is the engine's legal orders for the team, so this is the
// engine's "no" without its reason, which a remote team may not always be
// told (the reason could name what it cannot see).
var errNotListed = errors.New("the host does not allow this order now")

// Oracle answers the board's legality questions for a joined seat from
// the host's latest snapshot: its legal orders after the queue the host
// holds, AP left and costs. It is a value: a snapshot's answers never
// change under the board; the board asks the seat for a fresh one.
type Oracle struct {
	sn netplay.Snapshot
}

// Oracle returns the legality of the seat's latest snapshot.
func (s *Seat) Oracle() Oracle {
	s.mu.Lock()
	defer s.mu.Unlock()
	return Oracle{sn: s.st.Snapshot}
}

// synced reports whether the host's snapshot answers for queued.
func (o Oracle) synced(queued []rules.Order) bool {
	return o.sn.Phase == netplay.PhaseOrders && slices.EqualFunc(queued, o.sn.Queued, rules.Order.Equal)
}

// Legal returns the host's legal orders when queued is the queue it
// holds, else none yet (ErrChecking, from Validate).
func (o Oracle) Legal(team string, queued []rules.Order) []rules.Order {
	if team != o.sn.View.Team || !o.synced(queued) {
		return nil
	}
	return o.sn.Legal
}

// Validate accepts an order the host listed as legal after queued.
func (o Oracle) Validate(queued []rules.Order, ord rules.Order) error {
	switch {
	case o.sn.Phase != netplay.PhaseOrders:
		return errors.New("the round is not open for orders")
	case !o.synced(queued):
		return ErrChecking
	case ord.Kind == rules.Pass:
		return nil
	case !slices.ContainsFunc(o.sn.Legal, ord.Equal):
		return errNotListed
	}
	return nil
}

// APLeft is the host's figure for the queue it holds; for another queue,
// the team's AP less the costs (the engine's own sum).
func (o Oracle) APLeft(team string, queued []rules.Order) int {
	if o.synced(queued) {
		return o.sn.APLeft
	}
	left := o.sn.View.AP
	for _, q := range queued {
		if q.Team == team || q.Team == "" {
			left -= o.Cost(q.Kind)
		}
	}
	return left
}

// Cost is an order kind's AP cost in the scenario.
func (o Oracle) Cost(k rules.OrderKind) int { return o.sn.Costs[k] }

// InformalCost is the trust a request to a formal team costs off a
// liaison link (compose.TrustCoster).
func (o Oracle) InformalCost() int { return o.sn.InformalCost }

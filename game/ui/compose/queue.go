package compose

import "liaison/game/rules"

// Queue is a team's orders for the round, in the order given.
type Queue struct {
	Orders []rules.Order
}

// Add validates o against the queue and appends it; the error is the engine's reason.
func (q *Queue) Add(or Oracle, o rules.Order) error {
	if err := or.Validate(q.Orders, o); err != nil {
		return err
	}
	q.Orders = append(q.Orders, o)
	return nil
}

// Undo removes the last order (false when empty).
func (q *Queue) Undo() bool {
	if len(q.Orders) == 0 {
		return false
	}
	q.Orders = q.Orders[:len(q.Orders)-1]
	return true
}

// Remove takes out order i and re-checks the ones after it in sequence; any
// that are no longer legal without it are dropped too and returned.
func (q *Queue) Remove(or Oracle, i int) (dropped []rules.Order) {
	if i < 0 || i >= len(q.Orders) {
		return nil
	}
	rest := append([]rules.Order(nil), q.Orders[i+1:]...)
	q.Orders = q.Orders[:i]
	for _, o := range rest {
		if or.Validate(q.Orders, o) != nil {
			dropped = append(dropped, o)
			continue
		}
		q.Orders = append(q.Orders, o)
	}
	return dropped
}

// Clear empties the queue (a new round).
func (q *Queue) Clear() { q.Orders = q.Orders[:0] }

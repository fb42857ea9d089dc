package compose

import (
	"slices"

	"liaison/game/rules"
)

// Slots keeps the board's action numbers stable while the player queues:
// queuing an order makes some actions illegal (a facet already asked for,
// AP spent), and if the list simply shrank, the number the player meant
// next would now pick a different action. While the selection stays the
// same, every action keeps the position it first had; an action that
// disappeared stays in place, disabled, saying it is queued or no longer
// possible; new actions go at the end. A new selection starts
// afresh.
type Slots struct {
	sel  Selection
	keys []slotKey
	was  map[slotKey]Action // the action last shown in each slot
}

// slotKey identifies an action across rebuilds: its kind and label (labels
// name the partner, channel and subject, so they are unique in one list).
type slotKey struct {
	kind  rules.OrderKind
	label string
}

func keyOf(a *Action) slotKey { return slotKey{a.Kind, a.Label} }

// Arrange returns actions (from Actions for sel) in stable positions.
func (s *Slots) Arrange(sel Selection, actions []Action, queued []rules.Order) []Action {
	if sel != s.sel || s.was == nil {
		s.sel = sel
		s.keys = s.keys[:0]
		s.was = map[slotKey]Action{}
	}
	fresh := make(map[slotKey]int, len(actions))
	for i := range actions {
		fresh[keyOf(&actions[i])] = i
	}
	out := make([]Action, 0, max(len(s.keys), len(actions)))
	placed := make(map[slotKey]bool, len(actions))
	for _, k := range s.keys {
		if i, ok := fresh[k]; ok {
			out = append(out, actions[i])
			placed[k] = true
			continue
		}
		out = append(out, gone(s.was[k], queued))
	}
	// New actions go after the known ones (after Pass too: Pass keeps
	// the number the player has seen).
	for i := range actions {
		if !placed[keyOf(&actions[i])] {
			out = append(out, actions[i])
		}
	}
	s.keys = s.keys[:0]
	for i := range out {
		k := keyOf(&out[i])
		s.keys = append(s.keys, k)
		if _, ok := fresh[k]; ok {
			s.was[k] = out[i]
		}
	}
	return out
}

// Reset forgets the positions (a new round).
func (s *Slots) Reset() { *s = Slots{} }

// gone is the placeholder for an action no longer offered.
func gone(a Action, queued []rules.Order) Action {
	a.Enabled, a.Risky = false, false
	if slices.ContainsFunc(queued, a.Order.Equal) {
		a.Queued = true
		a.Reason = "Already in your orders. Remove it there (or U to undo) to take it back."
		return a
	}
	a.Reason = "No longer possible with the orders you have queued (AP, capacity or a queued order takes its place)."
	return a
}

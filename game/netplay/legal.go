package netplay

import (
	"encoding/json"

	"liaison/game/rules"
)

// legalFor is a team's legal orders after queued, as a remote client may
// see them: the engine's list (rules.State.Legal) kept to the orders whose
// every id the team's View shows. The engine lists only what the team
// holds or knows, so the filter removes nothing today; it is the
// allow-list that keeps it so if the engine ever lists more.
func (a *actor) legalFor(tr *teamRound, team string, queued []rules.Order) []rules.Order {
	return allowed(a.rm.Legality().Legal(team, queued), team, tr.known)
}

// allowed is the orders of all that are the team's and name only ids it
// knows. all may be the engine's own cached list, so it is never
// filtered in place; a copy is made only once an order is dropped (today
// never: copying a few hundred orders a snapshot was a tenth of the
// host's allocations in BenchmarkLoad).
func allowed(all []rules.Order, team string, known ids) []rules.Order {
	var out []rules.Order
	for i, o := range all {
		if o.Team == team && known.allows(o) {
			if out != nil {
				out = append(out, o)
			}
			continue
		}
		if out == nil {
			out = append(make([]rules.Order, 0, len(all)), all[:i]...)
		}
	}
	if out == nil {
		return all
	}
	return out
}

// costs is the AP cost of each order kind, encoded, for clients that
// compose orders without the engine. The scenario's costs are its public
// rules.
func (a *actor) costs() json.RawMessage {
	if a.costJSON == nil {
		sc := a.rm.Scenario()
		m := make(map[rules.OrderKind]int, len(rules.OrderKinds))
		for _, k := range rules.OrderKinds {
			m[k] = sc.Costs.Cost(string(k))
		}
		a.costJSON, _ = json.Marshal(m) // a map of ints always marshals
	}
	return a.costJSON
}

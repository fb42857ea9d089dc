package netplay

import (
	"errors"
	"strings"

	"liaison/game/room"
	"liaison/game/rules"
)

// errNotYours is the one answer a remote client gets for an id its team
// neither holds nor knows of, whether or not the id exists: distinct
// answers ("no item", "you do not hold") would let a client probe for
// another team's hidden ids.
var errNotYours = errors.New("not available to your team: you hold or know of nothing with that id")

// remoteCheck checks a remote team's order list before the engine does:
// every order is the team's, and every id it names is one the team's own
// View shows (known). Then the engine's legality applies (Room.Queue, Confirm, or
// here for a check), with its answers masked.
func (a *actor) remoteCheck(known ids, team string, orders []rules.Order) error {
	for i, o := range orders {
		if o.Team != team {
			return &room.OrderError{Index: i, Err: errors.New("the order is not for your team")}
		}
		if !known.allows(o) {
			return &room.OrderError{Index: i, Err: errNotYours}
		}
	}
	st := a.rm.Legality()
	for i, o := range orders {
		if err := st.Validate(orders[:i], o); err != nil {
			return masked(&room.OrderError{Index: i, Err: err})
		}
	}
	return nil
}

// ids is what one team's View lets it name.
type ids struct {
	items, channels, threats, facets, requests, ops map[string]bool
}

func knownIDs(v rules.View) ids {
	k := ids{items: map[string]bool{}, channels: map[string]bool{}, threats: map[string]bool{}, facets: map[string]bool{},
		requests: map[string]bool{}, ops: map[string]bool{}}
	for _, it := range v.Items {
		k.items[it.ID] = true
	}
	for _, rl := range v.Releases {
		k.items[rl.Item] = true
	}
	for _, c := range v.Channels {
		k.channels[c.ID] = true
	}
	for _, th := range v.Threats {
		k.threats[th.ID] = true
		for _, f := range th.Facets {
			k.facets[f] = true
		}
	}
	for _, q := range v.Requests {
		k.requests[q.ID] = true
		if q.Item != "" {
			k.items[q.Item] = true
		}
	}
	for _, op := range v.Operations {
		k.ops[op.ID] = true
	}
	return k
}

// allows reports whether every id o names is one the team knows.
func (k ids) allows(o rules.Order) bool {
	in := func(set map[string]bool, id string) bool { return id == "" || set[id] }
	ref := true
	switch o.Kind {
	case rules.Respond:
		ref = in(k.requests, o.Ref)
	case rules.Commit:
		ref = in(k.ops, o.Ref)
	}
	return ref && in(k.items, o.Item) && in(k.channels, o.Channel) && in(k.threats, o.Threat) && in(k.facets, o.Facet)
}

// masked turns the engine's "no item" and "you do not hold" answers into
// the one answer remote clients get.
func masked(err error) error {
	var re *rules.RejectError
	if !errors.As(err, &re) {
		return err
	}
	if strings.HasPrefix(re.Reason, "no item ") || strings.HasPrefix(re.Reason, "you do not hold ") {
		var oe *room.OrderError
		if errors.As(err, &oe) {
			return &room.OrderError{Index: oe.Index, Err: errNotYours}
		}
		return errNotYours
	}
	return err
}

// reason is an error's text for a legality answer, without the order number.
func reason(err error) string {
	var oe *room.OrderError
	if errors.As(err, &oe) {
		return oe.Err.Error()
	}
	return err.Error()
}

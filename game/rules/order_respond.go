package rules

import "slices"

// Respond: the legality of respond orders, and their enumeration in Legal.

func (st *State) checkRespond(t int, o *Order) rej {
	q := st.requestIndex(o.Ref)
	if q < 0 {
		return rejUnknownRequest(o.Ref)
	}
	rq := &st.requests[q]
	switch {
	case rq.to != t:
		if rq.from == t {
			return rejNotYours(o.Ref, st.ix.teamIDs[rq.to])
		}
		return rejUnknownRequest(o.Ref)
	case rq.arrived == 0:
		return rejNotArrived(o.Ref)
	case rq.answered != 0:
		return rejAnswered(o.Ref)
	}
	if o.Item == "" {
		return rej{}
	}
	it := st.ix.item(o.Item)
	if it < 0 {
		return rejNotHeld(o.Item)
	}
	c := st.channelArg(o.Channel)
	if c == -2 {
		return rejUnknownChannel(o.Channel)
	}
	return st.checkSend(t, it, []int{rq.from}, c)
}

func (l *lister) responds() {
	st, t := l.st, l.t
	if !l.affords(Respond) {
		return
	}
	for k := range st.requests {
		q := &st.requests[k]
		if q.to != t || q.arrived == 0 || q.answered != 0 {
			continue
		}
		dec := Order{Kind: Respond, Team: l.id, Ref: q.id}
		if !st.checkRespond(t, &dec).ok() {
			continue
		}
		l.add(dec)
		rs := []int{q.from}
		for h := range st.inbox[t] {
			it := st.inbox[t][h].item
			if !st.relevant(it, q) {
				continue
			}
			st.eachChanOf(t, func(c int) {
				if st.connects(c, t, q.from) && st.checkSend(t, it, rs, c).ok() {
					l.add(Order{Kind: Respond, Team: l.id, Ref: q.id, Item: st.ix.items[it].id, Channel: st.channel(c).id})
				}
			})
		}
	}
}

// relevant reports whether item it answers request q: it is the requested
// item (or its sanitised copy), or reveals the facet, or a facet of the threat.
func (st *State) relevant(it int, q *request) bool {
	info := &st.ix.items[it]
	switch {
	case q.item != "":
		return info.id == q.item || st.ix.items[info.root].id == q.item
	case q.facet != "":
		return slices.Contains(info.facets, q.facet)
	case q.threat != "":
		th := st.ix.threatIndex(q.threat)
		return th >= 0 && info.revealsFacetOf(th)
	}
	return false
}

package rules

// phaseLocal (b) runs each team's sanitise, translate and verify orders.
func (r *resolver) phaseLocal() {
	r.ordersOf(func(t int, o *Order) {
		st := r.st
		it := st.ix.item(o.Item)
		if it < 0 {
			return
		}
		k := st.held(t, it)
		if k < 0 {
			return
		}
		switch o.Kind {
		case Sanitise:
			r.sanitise(t, k)
		case Translate:
			h := r.holding(t, k)
			h.readable = true
			h.format = st.ix.teams[t].team.Format
			r.emit(Event{Kind: EvTranslate, Team: r.id(t), Item: o.Item, Root: st.ix.items[st.ix.items[it].root].id, Text: r.id(t) + " translates " + o.Item})
		case Verify:
			r.verify(t, k)
		}
	}, Sanitise, Translate, Verify)
}

// sanitise adds the tear-line copy of the held item at inbox position k.
func (r *resolver) sanitise(t, k int) {
	st := r.st
	src := st.inbox[t][k]
	d := src.item + st.ix.nItems
	if st.held(t, d) >= 0 {
		return
	}
	r.receive(t, holding{item: d, from: -1, received: st.round, format: src.format,
		readable: true, confirmed: src.confirmed, verified: src.verified, fromVerified: src.fromVerified})
	info := &st.ix.items[d]
	r.emit(Event{Kind: EvSanitise, Team: r.id(t), Item: info.id, Root: st.ix.items[src.item].id,
		Text: r.id(t) + " sanitises " + st.ix.items[src.item].id + " into " + info.id})
}

// verify reveals the truth of the held item at k and confirms it. A false
// item passed on by a sender who had not verified it costs that sender the
// verifier's trust.
func (r *resolver) verify(t, k int) {
	st := r.st
	h := r.holding(t, k)
	h.verified = true
	h.confirmed = true
	info := &st.ix.items[h.item]
	text := r.id(t) + " verifies " + info.id + ": true"
	if !info.truth {
		text = r.id(t) + " verifies " + info.id + ": false"
	}
	r.emit(Event{Kind: EvVerify, Team: r.id(t), Item: info.id, Root: st.ix.items[info.root].id, Truth: info.truth, Text: text})
	if !info.truth && h.from >= 0 && !h.fromVerified {
		r.moveTrust(t, h.from, -st.ix.sc.Rules.TrustMoves.FalseShared, TrustFalseShared,
			r.id(h.from)+" passed on "+info.id+" unverified and it is false")
	}
}

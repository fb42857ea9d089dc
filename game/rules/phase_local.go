package rules

import "liaison/game/scenario"

// phaseLiaison (a) posts liaison officers: from this round on a
// zero-latency, secure, capacity-2 gateway link joins the two teams.
func (r *resolver) phaseLiaison() {
	r.ordersOf(func(t int, o *Order) {
		p := r.st.ix.team(o.To[0])
		r.postLiaison(t, p, o.Note)
	}, PostLiaison)
}

// postLiaison records an officer of team a posted to team b and opens its
// link; note is a's reason (Order.Note), "" for a starting officer.
func (r *resolver) postLiaison(a, b int, note string) {
	st := r.st
	st.liaisons = append(st.liaisons, liaison{from: a, to: b, round: st.round})
	ch := chanInfo{
		id: "liaison:" + r.id(a) + ">" + r.id(b), name: "Liaison officer of " + r.id(a) + " at " + r.id(b),
		kind: kindLiaison, members: []int{a, b}, latency: 0, capacity: 2, secure: true,
		maxRank: len(scenario.Classifications) - 1, format: scenario.FormatAuto, liaison: true, pref: 0,
	}
	ch.fillOthers(st.ix)
	st.lchans = append(st.lchans, ch)
	st.down = append(st.down, 0)
	st.lastUsed = append(st.lastUsed, 0)
	r.emit(Event{Kind: EvLiaison, Team: r.id(a), To: r.one(b), Channel: st.lchans[len(st.lchans)-1].id,
		Text: r.id(a) + " posts a liaison officer to " + r.id(b), Note: note})
}

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

// phaseRelease (c) handles ORCON release asks and grants. An ask is refused
// at once when the originator trusts the asker below Rules.ReleaseTrust.
func (r *resolver) phaseRelease() {
	r.ordersOf(func(t int, o *Order) {
		st := r.st
		it := st.ix.item(o.Item)
		if it < 0 {
			return
		}
		info := &st.ix.items[it]
		switch o.Kind {
		case AskRelease:
			owner := info.origin
			rel := release{item: it, asker: t, owner: owner, round: st.round, status: relOpen}
			r.emit(Event{Kind: EvAskRelease, Team: r.id(t), To: r.one(owner), Item: info.id,
				Text: r.id(t) + " asks " + r.id(owner) + " to release " + info.id, Note: o.Note})
			if need := st.ix.sc.Rules.ReleaseTrust; st.trustOf(owner, t) < need {
				rel.status = relRefused
				r.emit(Event{Kind: EvRefuse, Team: r.id(owner), To: r.one(t), Item: info.id,
					Text: r.id(owner) + " refuses: its trust in " + r.id(t) + " is below " + itoa(need)})
			}
			st.releases = append(st.releases, rel)
		case Grant:
			to := st.ix.team(o.To[0])
			found := false
			for k := range st.releases {
				if rel := &st.releases[k]; rel.item == it && rel.asker == to && rel.status == relOpen {
					rel.status = relGranted
					found = true
					break
				}
			}
			if !found {
				st.releases = append(st.releases, release{item: it, asker: to, owner: t, round: st.round, status: relGranted})
			}
			r.emit(Event{Kind: EvGrant, Team: r.id(t), To: r.one(to), Item: info.id,
				Text: r.id(t) + " releases " + info.id + " to " + r.id(to), Note: o.Note})
		}
	}, AskRelease, Grant)
}

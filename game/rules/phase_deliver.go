package rules

// phaseDeliver (e) delivers everything due by this round, in send order
// (latency-0 sends of this round included). Traffic on a channel that is
// down waits (EvDelay) and arrives the first round the channel is up.
func (r *resolver) phaseDeliver() {
	st := r.st
	keep := st.transit[:0]
	for _, tr := range st.transit {
		if tr.arrive > st.round {
			keep = append(keep, tr)
			continue
		}
		if !st.up(tr.ch, st.round) {
			ev := Event{Kind: EvDelay, Team: r.id(tr.to), From: r.id(tr.from), Channel: st.channel(tr.ch).id,
				Text: "held by the outage of " + st.channel(tr.ch).id}
			switch tr.kind {
			case tItem:
				ev.Item = st.ix.items[tr.item].id
			case tReq:
				ev.Ref = st.requests[tr.req].id
			case tMsg:
				ev.Ref = string(tr.msg.kind)
			}
			r.emit(ev)
			keep = append(keep, tr)
			continue
		}
		switch tr.kind {
		case tItem:
			r.deliverItem(&tr)
		case tReq:
			q := &st.requests[tr.req]
			q.arrived = st.round
			r.emit(Event{Kind: EvReceive, Team: r.id(tr.to), From: r.id(tr.from), Channel: st.channel(tr.ch).id,
				Ref: q.id, Threat: q.threat, Facet: q.facet, Item: q.item, Text: "request " + q.id + " from " + r.id(tr.from) + " arrives", Note: tr.note})
		case tMsg:
			m := tr.msg
			m.round = st.round
			st.msgs[tr.to] = append(st.msgs[tr.to], m)
			ev := Event{Kind: EvReceive, Team: r.id(tr.to), From: r.id(tr.from), Channel: st.channel(tr.ch).id,
				Ref: string(m.kind), Subject: m.subject, Text: string(m.kind) + " message from " + r.id(tr.from) + " arrives", Note: m.note}
			r.subjectFields(&ev, m.subject)
			r.emit(ev)
		}
	}
	st.transit = keep
}

// deliverItem puts an arriving item into the recipient's inbox: readable if
// it speaks the (converted) format, confirmed over a liaison link or when
// it trusts the sender at least Rules.ConfirmTrust. An item already held is
// not added twice; the arrival may only make it readable or confirmed.
func (r *resolver) deliverItem(tr *transit) {
	st := r.st
	info := &st.ix.items[tr.item]
	to, from := tr.to, tr.from
	readable := st.ix.teams[to].team.Speaks(tr.format)
	confirmed := st.channel(tr.ch).liaison || st.trustOf(to, from) >= st.ix.sc.Rules.ConfirmTrust
	ev := Event{Kind: EvDeliver, Team: r.id(to), From: r.id(from), Item: info.id, Root: st.ix.items[info.root].id,
		Channel: st.channel(tr.ch).id, Readable: readable, Confirmed: confirmed, Note: tr.note}
	if k := st.held(to, tr.item); k >= 0 {
		h := r.holding(to, k)
		if readable && !h.readable {
			h.readable = true
			h.format = tr.format
		}
		h.confirmed = h.confirmed || confirmed
		ev.Readable, ev.Confirmed = h.readable, h.confirmed
		ev.Text = info.id + " from " + r.id(from) + " arrives again (already held)"
		r.emit(ev)
		return
	}
	r.receive(to, holding{item: tr.item, from: from, received: st.round, format: tr.format,
		readable: readable, confirmed: confirmed, fromVerified: tr.verified})
	ev.Text = info.id + " from " + r.id(from) + " arrives" + arrivalNote(readable, confirmed)
	r.emit(ev)
	if info.truth && readable {
		if by := needBy(info, to); by > 0 && st.round <= by {
			r.moveTrust(to, from, st.ix.sc.Rules.TrustMoves.UsefulShare, TrustUsefulShare,
				r.id(from)+" sent "+info.id+", needed by round "+itoa(by)+", in time")
		}
	}
}

func arrivalNote(readable, confirmed bool) string {
	switch {
	case !readable && !confirmed:
		return ", garbled and unconfirmed"
	case !readable:
		return ", garbled: translate it"
	case !confirmed:
		return ", unconfirmed: verify it"
	}
	return ""
}

// needBy returns the round by which team t needs the item, or 0.
func needBy(info *itemInfo, t int) int {
	for _, n := range info.need {
		if n.team == t {
			return n.by
		}
	}
	return 0
}

// collect puts item it into team t's inbox as its own collection (start
// holdings and inject deliveries): confirmed, readable iff t speaks it.
func (r *resolver) collect(t, it int, why string) {
	st := r.st
	info := &st.ix.items[it]
	readable := st.ix.teams[t].team.Speaks(info.format)
	if k := st.held(t, it); k >= 0 {
		h := r.holding(t, k)
		h.confirmed = true
		if readable && !h.readable {
			h.readable = true
			h.format = info.format
		}
		readable = h.readable
	} else {
		r.receive(t, holding{item: it, from: -1, received: st.round, format: info.format,
			readable: readable, confirmed: true})
	}
	r.emit(Event{Kind: EvDeliver, Team: r.id(t), Item: info.id, Root: st.ix.items[info.root].id,
		Readable: readable, Confirmed: true, Text: info.id + " " + why})
}

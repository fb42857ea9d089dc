package rules

import (
	"slices"
	"strconv"
)

func itoa(n int) string { return strconv.Itoa(n) }

// phaseTraffic (d) puts requests, responses, messages and shares into their
// channels: teams in file order, each team's queue in order. A channel
// carries at most Capacity transmissions per round; later ones are dropped.
func (r *resolver) phaseTraffic() {
	r.ordersOf(func(t int, o *Order) {
		switch o.Kind {
		case Request:
			r.request(t, o)
		case Respond:
			r.respond(t, o)
		case Message:
			r.message(t, o)
		case Share:
			r.share(t, o)
		}
	}, Request, Respond, Message, Share)
}

// route lists the transmissions an order makes: for a named channel one
// (a database reaches all its other members); for "" the best channel per
// recipient, one transmission per database however many recipients use it.
func (r *resolver) route(t int, to []string, chID string, it int, fn func(c int, rs []int)) {
	st := r.st
	rs, rj := st.parseTeams(t, to, r.teams[:0])
	r.teams = rs[:0]
	if !rj.ok() {
		return
	}
	c := st.channelArg(chID)
	if c == -2 {
		return
	}
	if c >= 0 {
		if st.channel(c).db {
			fn(c, st.channel(c).others[t])
		} else {
			fn(c, rs)
		}
		return
	}
	var dbs [8]int
	done := dbs[:0]
	for _, rc := range rs {
		c := st.bestChannel(t, rc, it)
		if c < 0 {
			continue
		}
		if st.channel(c).db {
			if slices.Contains(done, c) {
				continue
			}
			done = append(done, c)
			fn(c, st.channel(c).others[t])
			continue
		}
		fn(c, []int{rc})
	}
}

// ids converts team indices to ids (a shared slice for a single team).
func (r *resolver) ids(ts []int) []string {
	if len(ts) == 1 {
		return r.one(ts[0])
	}
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = r.id(t)
	}
	return out
}

// take uses one unit of channel c's capacity, or reports it full.
func (r *resolver) take(c int) bool {
	if r.used[c] >= r.st.channel(c).capacity {
		return false
	}
	r.used[c]++
	return true
}

func (r *resolver) share(t int, o *Order) {
	it := r.st.ix.item(o.Item)
	r.route(t, o.To, o.Channel, it, func(c int, rs []int) {
		r.transmit(t, it, c, rs, false, o.Note)
	})
}

// transmit sends item it from t over c to recipients rs: capacity, caveat
// breaches, one transit per recipient, and the leak draw on insecure links.
// It reports whether the item entered the channel. note (the order's) goes
// with the item and into its send and deliver events.
func (r *resolver) transmit(t, it, c int, rs []int, respond bool, note string) bool {
	st := r.st
	info := &st.ix.items[it]
	ch := st.channel(c)
	if !r.take(c) {
		r.emit(Event{Kind: EvDrop, Team: r.id(t), To: r.ids(rs), Item: info.id, Channel: ch.id,
			Text: ch.id + " is full this round (capacity " + itoa(ch.capacity) + "): " + info.id + " dropped"})
		return false
	}
	k := st.held(t, it)
	if k < 0 {
		return false
	}
	h := st.inbox[t][k]
	for _, rc := range rs {
		at := st.arrival(t, rc, c, respond)
		st.transit = append(st.transit, transit{kind: tItem, from: t, to: rc, ch: c, sent: st.round, arrive: at,
			item: it, format: st.convert(h.format, c, rc), verified: h.verified, note: note})
		st.sent[t] = append(st.sent[t], sentRec{item: it, to: rc, round: st.round, ch: c})
		r.emit(Event{Kind: EvSend, Team: r.id(t), To: r.one(rc), Item: info.id, Root: st.ix.items[info.root].id,
			Channel: ch.id, Value: at, Text: r.id(t) + " sends " + info.id + " to " + r.id(rc) + " over " + ch.id, Note: note})
	}
	r.breaches(t, it, c, rs)
	if !ch.secure && r.rand().Float64() < ch.leak {
		r.leak(t, it, c)
	}
	return true
}

func (r *resolver) request(t int, o *Order) {
	st := r.st
	to := st.ix.team(o.To[0])
	c := st.channelArg(o.Channel)
	if c == -1 {
		c = st.bestChannel(t, to, -1)
	}
	if c < 0 {
		return
	}
	ch := st.channel(c)
	if !r.take(c) {
		r.emit(Event{Kind: EvDrop, Team: r.id(t), To: r.one(to), Ref: string(Request), Channel: ch.id,
			Text: ch.id + " is full this round: request to " + r.id(to) + " dropped"})
		return
	}
	threat := st.requestThreat(o)
	id := "req-" + itoa(len(st.requests)+1)
	at := st.arrival(t, to, c, false)
	st.requests = append(st.requests, request{id: id, from: t, to: to, threat: threat, facet: o.Facet, item: o.Item, made: st.round})
	st.transit = append(st.transit, transit{kind: tReq, from: t, to: to, ch: c, sent: st.round, arrive: at, req: len(st.requests) - 1, note: o.Note})
	r.emit(Event{Kind: EvRequest, Team: r.id(t), To: r.one(to), Ref: id, Threat: threat, Facet: o.Facet, Item: o.Item,
		Channel: ch.id, Value: at, Text: r.id(t) + " asks " + r.id(to) + " about " + subjectOf(o), Note: o.Note})
	if st.ix.teams[to].formality && !ch.liaison {
		r.moveTrust(to, t, -st.ix.sc.Rules.TrustMoves.Informal, TrustInformal,
			r.id(to)+" expects requests through a liaison officer")
	}
}

func (r *resolver) respond(t int, o *Order) {
	st := r.st
	q := st.requestIndex(o.Ref)
	if q < 0 {
		return
	}
	rq := &st.requests[q]
	from := rq.from
	if o.Item == "" {
		rq.answered = st.round
		r.emit(Event{Kind: EvRespond, Team: r.id(t), To: r.one(from), Ref: o.Ref, Value: st.round - rq.arrived,
			Text: r.id(t) + " declines request " + o.Ref, Note: o.Note})
		return
	}
	it := st.ix.item(o.Item)
	sent := false
	r.route(t, []string{r.id(from)}, o.Channel, it, func(c int, rs []int) {
		if r.transmit(t, it, c, rs, true, o.Note) {
			sent = true
		}
	})
	if !sent {
		return
	}
	rq = &st.requests[q]
	rq.answered = st.round
	rq.answer = o.Item
	r.emit(Event{Kind: EvRespond, Team: r.id(t), To: r.one(from), Ref: o.Ref, Item: o.Item, Value: st.round - rq.arrived,
		Text: r.id(t) + " answers request " + o.Ref + " with " + o.Item, Note: o.Note})
}

func (r *resolver) message(t int, o *Order) {
	st := r.st
	r.route(t, o.To, o.Channel, -1, func(c int, rs []int) {
		ch := st.channel(c)
		if !r.take(c) {
			r.emit(Event{Kind: EvDrop, Team: r.id(t), To: r.ids(rs), Ref: string(o.MsgKind), Subject: o.Subject, Channel: ch.id,
				Text: ch.id + " is full this round: " + string(o.MsgKind) + " message dropped"})
			return
		}
		m := message{round: st.round, from: t, kind: o.MsgKind, subject: o.Subject, note: o.Note}
		at := 0
		for _, rc := range rs {
			at = st.arrival(t, rc, c, false)
			m.round = at
			st.transit = append(st.transit, transit{kind: tMsg, from: t, to: rc, ch: c, sent: st.round, arrive: at, msg: m})
		}
		ev := Event{Kind: EvMessage, Team: r.id(t), To: r.ids(rs), Channel: ch.id, Ref: string(o.MsgKind),
			Subject: o.Subject, Value: at, Text: o.Note, Note: o.Note}
		r.subjectFields(&ev, o.Subject)
		r.emit(ev)
	})
}

// subjectFields fills Threat, Facet or Item from a message subject.
func (r *resolver) subjectFields(ev *Event, subject string) {
	ix := r.st.ix
	if th := ix.threatIndex(subject); th >= 0 {
		ev.Threat = subject
	} else if th, found := ix.facetTh[subject]; found {
		ev.Facet = subject
		ev.Threat = ix.threats[th].id
	} else if ix.item(subject) >= 0 {
		ev.Item = subject
	}
}

// leak handles an item leaked on an insecure link: every open threat whose
// facets it reveals moves LeakShift rounds earlier, never earlier than the
// next round. A leak only ever brings a deadline earlier: a threat already
// due this round (or next) keeps its deadline, since lifting it to "next
// round" would postpone the strike, and leak_shift 0 moves nothing.
func (r *resolver) leak(t, it, c int) {
	st := r.st
	info := &st.ix.items[it]
	ev := Event{Kind: EvLeak, Team: r.id(t), Item: info.id, Channel: st.channel(c).id,
		Text: info.id + " leaked on the insecure link " + st.channel(c).id}
	if len(info.threats) > 0 {
		ev.Threat = st.ix.threats[info.threats[0]].id
	}
	r.emit(ev)
	for _, th := range info.threats {
		if st.resolved[th] != open {
			continue
		}
		cur := st.deadline[th]
		nd := min(cur, max(st.round+1, cur-st.ix.threats[th].src.Shift()))
		r.setDeadline(th, nd, "the adversary learned of the leak of "+info.id)
	}
}

// setDeadline moves a threat's deadline and logs it.
func (r *resolver) setDeadline(th, nd int, why string) {
	st := r.st
	if nd == st.deadline[th] {
		return
	}
	d := nd - st.deadline[th]
	st.deadline[th] = nd
	r.emit(Event{Kind: EvDeadline, Threat: st.ix.threats[th].id, Value: nd, Delta: d,
		Text: st.ix.threats[th].id + " deadline now round " + itoa(nd) + ": " + why})
}

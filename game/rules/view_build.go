package rules

import "slices"

// View returns what the team knows at the start of the current orders
// phase, and nothing else: the items it holds (garbled ones without text or
// facets), its own requests and those that reached it, the channels it is
// on, the threats it has a readable facet of or assessed, operations it is
// part of, and the events of the last round (and this round's injects) it
// can see. Need-to-know lists, other teams' inboxes, item truth before
// verification and assessment correctness before the end never appear.
// Slices inside a View may share memory with the engine: treat as read-only.
func (st *State) View(team string) View {
	var v View
	st.fillView(team, &v, viewAll)
	return v
}

// fillView builds the view into *v, reusing v's lists as buffers, with the
// optional parts selected.
func (st *State) fillView(team string, v *View, parts viewParts) {
	old := *v
	sc := st.ix.sc
	*v = View{Scenario: sc.ID, Title: sc.Title, RoundLabel: sc.RoundLabel, Round: st.round, Rounds: sc.Rounds,
		Team: team, Over: st.over, Teams: st.teamInfos()}
	t := st.ix.team(team)
	if t < 0 {
		return
	}
	v.AP = st.ap(t)
	v.Items = st.itemViews(t, old.Items)
	v.TrustOut = reuseMap(old.TrustOut, st.nTeams()-1)
	if parts&viewTrustIn != 0 {
		v.TrustIn = reuseMap(old.TrustIn, st.nTeams()-1)
	}
	for o := range st.ix.teams {
		if o != t {
			v.TrustOut[st.ix.teamIDs[o]] = st.trustOf(t, o)
			if v.TrustIn != nil {
				v.TrustIn[st.ix.teamIDs[o]] = st.trustOf(o, t)
			}
		}
	}
	v.Channels = st.channelViews(t, old.Channels[:0])
	v.Requests = st.requestViews(t, old.Requests[:0])
	v.Threats = st.threatViews(t, old.Threats[:0])
	v.Operations = st.opViews(t, old.Operations[:0])
	v.Messages = old.Messages[:0]
	if parts&viewMessages != 0 {
		for _, m := range st.msgs[t] {
			v.Messages = append(v.Messages, MessageView{Round: m.round, From: st.ix.teamIDs[m.from], Kind: m.kind, Subject: m.subject, Note: m.note})
		}
	}
	v.Liaisons = old.Liaisons[:0]
	for _, l := range st.liaisons {
		if l.from == t {
			v.Liaisons = append(v.Liaisons, st.ix.teamIDs[l.to])
		}
	}
	v.Releases = old.Releases[:0]
	for _, rel := range st.releases {
		if rel.asker == t || rel.owner == t {
			v.Releases = append(v.Releases, ReleaseView{Item: st.ix.items[rel.item].id, Asker: st.ix.teamIDs[rel.asker],
				Owner: st.ix.teamIDs[rel.owner], Round: rel.round, Status: rel.status})
		}
	}
	if n := len(st.sent[t]); n == 0 && old.Sent != nil {
		v.Sent = old.Sent[:0] // keep the memory for the next rounds' sends
	} else if n > 0 {
		if cap(old.Sent) >= n {
			v.Sent = old.Sent[:n]
		} else {
			v.Sent = make([]SentView, n, 2*n) // room for the next rounds' sends
		}
		for k, sr := range st.sent[t] {
			v.Sent[k] = SentView{Item: st.ix.items[sr.item].id, To: st.ix.teamIDs[sr.to], Round: sr.round, Channel: st.channel(sr.ch).id}
		}
	}
	v.Injects = old.Injects[:0]
	if parts&viewInjects != 0 {
		v.Injects = st.injectViews(t, v.Injects)
	}
	v.Log = old.Log[:0]
	if parts&viewLog != 0 {
		v.Log = st.visibleLog(t, old.Log)
	}
}

// reuseMap returns m cleared, or a new map for n entries if m is nil.
func reuseMap(m map[string]int, n int) map[string]int {
	if m == nil {
		return make(map[string]int, n)
	}
	clear(m)
	return m
}

// teamInfos lists every team's public profile (the legal profile as it
// stands now).
func (st *State) teamInfos() []TeamInfo {
	if st.infos != nil {
		return st.infos
	}
	return st.buildTeamInfos()
}

// buildTeamInfos builds the public profiles from the scenario's and the
// current legal profiles.
func (st *State) buildTeamInfos() []TeamInfo {
	out := slices.Clone(st.ix.infos)
	for i := range out {
		out[i].PersonalData = st.legal[i].PersonalData
	}
	return out
}

// itemViews lists team t's items, into buf's memory if it is large enough.
func (st *State) itemViews(t int, buf []ItemView) []ItemView {
	out := buf[:0]
	if buf == nil || cap(buf) < len(st.inbox[t]) {
		out = make([]ItemView, 0, max(len(st.inbox[t]), 2*cap(buf)))
	}
	out = out[:len(st.inbox[t])]
	for k := range st.inbox[t] {
		st.itemView(t, &st.inbox[t][k], &out[k])
	}
	return out
}

// itemView writes one held item, as its holder sees it, into *iv.
func (st *State) itemView(t int, h *holding, iv *ItemView) {
	info := &st.ix.items[h.item]
	src := info.src
	*iv = ItemView{ID: info.id, Root: st.ix.items[info.root].id, Title: src.Title, Class: className(info.rank),
		RelTo: info.relTo, ORCON: info.orcon, TLP: info.tlp, PersonalData: info.personal, Admiralty: src.Admiralty,
		Topics: src.Topics, Format: h.format, Readable: h.readable, Confirmed: h.confirmed, Verified: h.verified,
		Sanitised: info.sanitised, Received: h.received}
	if info.origin >= 0 {
		iv.Origin = st.ix.teamIDs[info.origin]
	}
	if h.from >= 0 {
		iv.From = st.ix.teamIDs[h.from]
	}
	if info.orcon {
		iv.Released = st.released(t, h.item)
	}
	if h.readable {
		iv.Facets = info.facets
		iv.Text = info.text
		if !info.sanitised && h.item < st.ix.nItems {
			iv.TearLine = st.ix.items[h.item+st.ix.nItems].facets
		}
	}
	if iv.Facets == nil {
		iv.Facets = []string{}
	}
	if h.verified {
		iv.Truth = info.truthRef // shared, like every slice in a View: read only
	}
}

func (st *State) channelViews(t int, out []ChannelView) []ChannelView {
	// In flight: this team's traffic per channel, counted in one pass.
	var buf [32]int
	var flight []int
	if n := st.nChans(); n <= len(buf) {
		flight = buf[:n]
	} else {
		flight = make([]int, n)
	}
	for k := range st.transit {
		if tr := &st.transit[k]; tr.from == t && tr.ch >= 0 && tr.ch < len(flight) {
			flight[tr.ch]++
		}
	}
	st.eachChanOf(t, func(c int) {
		ch := st.channel(c)
		cv := ChannelView{ID: ch.id, Name: ch.name, Short: ch.short, Kind: ch.kind, Members: ch.memberIDs, Latency: ch.latency,
			Capacity: ch.capacity, Used: st.lastUsed[c], Secure: ch.secure, MaxClass: className(ch.maxRank),
			Format: ch.format, Up: st.up(c, st.round)}
		if !cv.Up {
			cv.DownUntil = st.downUntil(c)
		}
		cv.InFlight = flight[c]
		out = append(out, cv)
	})
	return out
}

// downUntil is the last round of the outage channel c is in now.
func (st *State) downUntil(c int) int {
	last := st.round
	for last < st.ix.sc.Rounds+1 && !st.up(c, last+1) {
		last++
	}
	return last
}

func (st *State) requestViews(t int, out []RequestView) []RequestView {
	for k := range st.requests {
		q := &st.requests[k]
		if q.from != t && (q.to != t || q.arrived == 0) {
			continue
		}
		out = append(out, RequestView{ID: q.id, From: st.ix.teamIDs[q.from], To: st.ix.teamIDs[q.to], Threat: q.threat,
			Facet: q.facet, Item: q.item, Round: q.made, Arrived: q.arrived, Answered: q.answered != 0, Answer: q.answer, Expired: q.expired})
	}
	return out
}

func (st *State) threatViews(t int, out []ThreatView) []ThreatView {
	nth := len(st.ix.threats)
	var buf [16]int
	for _, th := range st.knownThreats(t, buf[:0]) {
		info := &st.ix.threats[th]
		a := st.assessed[t*nth+th]
		// Held reuses the list of the ThreatView it overwrites, if any
		// (out is the previous view's list, emptied).
		held := []string{}
		if len(out) < cap(out) {
			if prev := out[:len(out)+1][len(out)].Held; prev != nil {
				held = prev[:0]
			}
		}
		tv := ThreatView{ID: info.id, Name: "unknown plot", Facets: info.facets, Assessed: a != 0, Held: held}
		for _, f := range info.facets {
			if st.backs(t, f, false) {
				tv.Held = append(tv.Held, f)
			}
		}
		if a != 0 {
			tv.Name = info.src.Name
			tv.Deadline = st.deadline[th]
			tv.Needs = info.src.Disrupt.Capabilities
			tv.MinTeams = info.src.Disrupt.MinTeams
			tv.Description = info.src.Description
			if st.over {
				c := a == 1
				tv.Correct = &c
			}
		}
		switch st.resolved[th] {
		case disrupted:
			tv.Resolved = "disrupted"
		case struck:
			tv.Resolved = "struck"
		}
		out = append(out, tv)
	}
	return out
}

func (st *State) opViews(t int, out []OpView) []OpView {
	for k := range st.ops {
		op := &st.ops[k]
		if slices.Contains(op.teams, t) {
			out = append(out, st.opView(op))
		}
	}
	return out
}

func (st *State) opView(op *operation) OpView {
	ov := OpView{ID: op.id, Threat: st.ix.threats[op.threat].id, Round: op.round, Proposer: st.ix.teamIDs[op.proposer], Made: op.made,
		Teams: st.idsOf(op.teams), Committed: []string{}}
	for i, p := range op.teams {
		if op.committed[i] != 0 {
			ov.Committed = append(ov.Committed, st.ix.teamIDs[p])
		}
	}
	switch op.outcome {
	case opSuccess:
		ov.Outcome = "disrupted"
	case opFailed:
		ov.Outcome = "failed"
	}
	return ov
}

func (st *State) injectViews(t int, out []InjectView) []InjectView {
	id := st.ix.teamIDs[t]
	for _, i := range st.firedSeq {
		in := &st.ix.sc.Injects[i]
		if len(in.To) > 0 && !slices.Contains(in.To, id) {
			continue
		}
		out = append(out, InjectView{Round: st.fired[i], ID: in.ID, Title: in.Title, Text: in.Text})
	}
	return out
}

// visibleLog returns the events of the last resolved round (and the
// injects of the current round) that team t may see.
func (st *State) visibleLog(t int, buf []Event) []Event {
	idx := st.visIndex().byTeam[t]
	n := len(idx)
	if n == 0 {
		return nil
	}
	out := buf[:0]
	if cap(buf) < n {
		out = make([]Event, 0, max(n, 2*cap(buf)))
	}
	for _, k := range idx {
		out = append(out, st.log[k])
	}
	return out
}

// recentFrom is where the events visibleLog shows start: the last
// resolved round's (and the current round's injects).
func (st *State) recentFrom() int {
	from := len(st.log)
	for from > 0 && st.log[from-1].Round >= st.round-1 {
		from--
	}
	return from
}

// visIndex lists, per team, the positions in the log of the recent events
// the team may see (visible), in log order.
type visIndex struct{ byTeam [][]int32 }

// visIndex returns (building once) the State's visIndex.
func (st *State) visIndex() *visIndex {
	if st.vis == nil {
		return st.buildVis()
	}
	if p := st.vis.p.Load(); p != nil {
		return p
	}
	p := st.buildVis()
	st.vis.p.Store(p)
	return p
}

// readers calls f with every team visible lets see ev (possibly more than
// once, and with -1 for ids that are no team), assuming unique team ids.
func (st *State) readers(ev *Event, f func(t int)) {
	n := st.nTeams()
	switch ev.Kind {
	case EvNote, EvExpectation:
	case EvInject:
		for _, id := range ev.To {
			f(st.ix.team(id))
		}
	case EvStruck, EvDisrupted, EvEnd:
		for t := 0; t < n; t++ {
			f(t)
		}
	case EvDeadline:
		if th := st.ix.threatIndex(ev.Threat); th >= 0 {
			for t := 0; t < n; t++ {
				if st.assessed[t*len(st.ix.threats)+th] != 0 {
					f(t)
				}
			}
		}
	case EvDelay:
		f(st.ix.team(ev.From))
	case EvSend, EvDrop, EvLeak, EvOrder, EvRejected, EvIdle, EvSanitise, EvVerify, EvTranslate, EvFuse,
		EvMessage, EvRequest, EvDeliver, EvReceive:
		f(st.ix.team(ev.Team))
	case EvOperation, EvCommit:
		if op := st.opIndex(ev.Ref); op >= 0 {
			for _, t := range st.ops[op].teams {
				f(t)
			}
		}
	case EvOutage:
		if c := st.channelIndex(ev.Channel); c >= 0 {
			for _, t := range st.channel(c).members {
				f(t)
			}
		}
	default:
		f(st.ix.team(ev.Team))
		f(st.ix.team(ev.From))
		for _, id := range ev.To {
			f(st.ix.team(id))
		}
	}
}

// buildVis finds each recent event's readers by its kind, as visible
// decides (a scan with visible when two teams share an id).
func (st *State) buildVis() *visIndex {
	n := st.nTeams()
	vi := &visIndex{byTeam: make([][]int32, n)}
	from := st.recentFrom()
	if !st.ix.uniqueIDs {
		for k := from; k < len(st.log); k++ {
			for t := 0; t < n; t++ {
				if st.visible(&st.log[k], t) {
					vi.byTeam[t] = append(vi.byTeam[t], int32(k))
				}
			}
		}
		return vi
	}
	// Two passes over the recent events: count each team's, then fill
	// one shared array.
	last := make([]int32, 2*n) // last[t]: the last event taken for team t; last[n+t]: its count
	for t := range n {
		last[t] = -1
	}
	counts := last[n:]
	for k := from; k < len(st.log); k++ {
		st.readers(&st.log[k], func(t int) {
			if t >= 0 && last[t] != int32(k) {
				last[t] = int32(k)
				counts[t]++
			}
		})
	}
	total := 0
	for _, c := range counts {
		total += int(c)
	}
	flat := make([]int32, total)
	off := 0
	for t := range n {
		vi.byTeam[t] = flat[off : off : off+int(counts[t])]
		off += int(counts[t])
		last[t] = -1
	}
	for k := from; k < len(st.log); k++ {
		st.readers(&st.log[k], func(t int) {
			if t >= 0 && last[t] != int32(k) {
				last[t] = int32(k)
				vi.byTeam[t] = append(vi.byTeam[t], int32(k))
			}
		})
	}
	return vi
}

// visible reports whether team t may see event ev.
func (st *State) visible(ev *Event, t int) bool {
	id := st.ix.teamIDs[t]
	switch ev.Kind {
	case EvNote, EvExpectation:
		return false
	case EvInject:
		return slices.Contains(ev.To, id)
	case EvStruck, EvDisrupted, EvEnd:
		return true
	case EvDeadline:
		th := st.ix.threatIndex(ev.Threat)
		return th >= 0 && st.assessed[t*len(st.ix.threats)+th] != 0
	case EvDelay:
		return ev.From == id
	case EvSend, EvDrop, EvLeak, EvOrder, EvRejected, EvIdle, EvSanitise, EvVerify, EvTranslate, EvFuse,
		EvMessage, EvRequest, EvDeliver, EvReceive:
		return ev.Team == id
	case EvOperation, EvCommit:
		// A commitment is seen by every participant (as OpView.Committed
		// shows it), with the committing team's note.
		k := st.opIndex(ev.Ref)
		return k >= 0 && slices.Contains(st.ops[k].teams, t)
	case EvOutage:
		c := st.channelIndex(ev.Channel)
		return c >= 0 && st.member(c, t)
	}
	return ev.Team == id || ev.From == id || slices.Contains(ev.To, id)
}

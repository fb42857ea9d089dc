package rules

import "slices"

// Legal lists every concrete legal order for the team given the orders it
// already queued this round and the AP left, in a deterministic order
// (order kinds in OrderKinds order, then inbox, team and channel order).
// Targets are enumerated: each held item × each teammate × each usable
// channel (a database once, to all its members), each missing facet of a
// known threat × teammate × channel for requests, each open request (a
// decline, or each held item relevant to it × channel), and so on.
// Messages and proposals are a representative set (see docs/rules.md).
// Pass is always included, last. The list ignoring the queue is built once
// per State and team and then filtered (AP, duplicates), so calling Legal
// after every queued order is cheap. The returned slice may share memory
// with that cache: read it (appending to it is safe), never modify its
// elements or the slices inside them.
func (st *State) Legal(team string, queued []Order) []Order {
	t := st.ix.team(team)
	if t < 0 || st.over {
		return []Order{{Kind: Pass, Team: team}}
	}
	base := st.legalBase(t)
	left := st.apLeft(t, queued)
	last := len(base.orders) - 1 // Pass
	keep := func(i int) bool {
		return i == last || base.costs[i] <= left && (len(queued) == 0 || st.queueConflict(t, queued, &base.orders[i]).ok())
	}
	n := 0
	for i := range base.orders {
		if keep(i) {
			n++
		}
	}
	if n == len(base.orders) {
		return slices.Clip(base.orders)
	}
	out := make([]Order, 0, n)
	for i := range base.orders {
		if keep(i) {
			out = append(out, base.orders[i])
		}
	}
	return out
}

// EachLegal calls visit, in Legal's order, with every order
// Legal(team, nil) returns, without building the list (or with the cached
// one if Legal already built it). Never modify the slices inside the
// orders.
func (st *State) EachLegal(team string, visit func(o Order)) {
	st.EachLegalOf(team, AllKinds, nil, visit)
}

// Focus narrows EachLegalOf to the orders a caller may act on, so that the
// others are never built. A method may answer true for orders the caller
// then ignores, but must never answer false for one it would want. Items
// are named by their position in the team's holdings: the index of the
// item in its View's Items (the order received).
type Focus interface {
	// Item reports whether orders of kind k (share, sanitise, verify,
	// translate or ask-release) about held item i may interest the caller.
	Item(k OrderKind, i int) bool
	// ShareTo reports whether sharing held item i with team t (its
	// position in the scenario's team list, as in View.Teams) may interest
	// the caller. A database share, to all its other members at once, is
	// listed when ShareTo holds for any of them.
	ShareTo(i, t int) bool
}

// EachLegalOf is EachLegal for the orders of the given kinds only, in the
// same order, leaving out those focus (if not nil) rules out. Never modify
// the slices inside the orders.
func (st *State) EachLegalOf(team string, kinds KindSet, focus Focus, visit func(o Order)) {
	t := st.ix.team(team)
	if t < 0 || st.over {
		if kinds.Has(Pass) {
			visit(Order{Kind: Pass, Team: team})
		}
		return
	}
	if p := st.legalCache[t].Load(); p != nil && focus == nil {
		for i := range p.orders {
			if kinds == AllKinds || kinds.Has(p.orders[i].Kind) {
				visit(p.orders[i])
			}
		}
		return
	}
	l := lister{st: st, t: t, id: st.ix.teamIDs[t], ap: st.ap(t), visit: visit, kinds: kinds, focus: focus}
	l.all()
}

// legalList is every order legal for a team on the state alone (before
// the queue and the AP it spends), with each order's cost. A State caches
// one per team: the State never changes, so neither does the list.
type legalList struct {
	orders []Order
	costs  []int
}

// legalBase returns (building once) team t's legalList.
func (st *State) legalBase(t int) *legalList {
	if p := st.legalCache[t].Load(); p != nil {
		return p
	}
	hint := &st.ix.teams[t].legalHint
	l := &lister{st: st, t: t, id: st.ix.teamIDs[t], ap: st.ap(t), out: make([]Order, 0, max(64, int(hint.Load())+16)), kinds: AllKinds}
	l.all()
	hint.Store(int32(len(l.out)))
	ll := &legalList{orders: l.out, costs: make([]int, len(l.out))}
	last, c := OrderKind(""), 0
	for i := range l.out {
		if k := l.out[i].Kind; k != last {
			last, c = k, st.cost(k)
		}
		ll.costs[i] = c
	}
	st.legalCache[t].Store(ll)
	return ll
}

// lister builds a legalList, or hands each order to visit (EachLegal).
type lister struct {
	st    *State
	t     int
	id    string
	ap    int
	out   []Order
	visit func(o Order)
	kinds KindSet // the kinds to list
	focus Focus   // nil: every order of those kinds
	reach []bool  // reach[r]: some channel joins t and r this round (nil until asked)
}

// reaches reports whether bestChannel(t, r, -1) >= 0: some channel t is on
// joins it to r and is up this round.
func (l *lister) reaches(r int) bool {
	if l.reach == nil {
		st, t := l.st, l.t
		l.reach = make([]bool, st.nTeams())
		for _, c := range st.ix.memberOf[t] {
			if st.up(c, st.round) {
				for _, m := range st.ix.chans[c].members {
					l.reach[m] = true
				}
			}
		}
		for k := range st.liaisons { // liaison k is channel len(ix.chans)+k, members {from, to}
			if lk := &st.liaisons[k]; (lk.from == t || lk.to == t) && st.up(len(st.ix.chans)+k, st.round) {
				l.reach[lk.from], l.reach[lk.to] = true, true
			}
		}
	}
	return l.reach[r]
}

// all lists every legal order, Pass last.
func (l *lister) all() {
	l.shares()
	l.requests()
	l.responds()
	l.local()
	l.releases()
	l.fuses()
	l.proposes()
	l.commits()
	l.posts()
	l.messages()
	if l.kinds.Has(Pass) {
		l.add(Order{Kind: Pass, Team: l.id})
	}
}

// affords reports whether orders of kind k are wanted and one fits in the
// round's AP at all.
func (l *lister) affords(k OrderKind) bool { return l.kinds.Has(k) && l.st.cost(k) <= l.ap }

func (l *lister) add(o Order) {
	if l.visit != nil {
		l.visit(o)
		return
	}
	l.out = append(l.out, o)
}

func (l *lister) shares() {
	st, t := l.st, l.t
	if !l.affords(Share) {
		return
	}
	var buf [32]*chanInfo
	chs := buf[:0]
	for _, c := range st.ix.memberOf[t] {
		if st.up(c, st.round) {
			chs = append(chs, st.channel(c))
		}
	}
	for k := range st.liaisons { // liaison k is channel len(ix.chans)+k, members {from, to}
		if l, c := &st.liaisons[k], len(st.ix.chans)+k; (l.from == t || l.to == t) && st.up(c, st.round) {
			chs = append(chs, st.channel(c))
		}
	}
	// to[r]: for the current item, whether the focus wants it shared with
	// team r (0 not asked yet, 1 no, 2 yes), asked once whatever the
	// number of channels to r.
	var tobuf [16]int8
	to := tobuf[:0]
	if l.focus != nil {
		to = slices.Grow(to, st.nTeams())[:st.nTeams()]
	}
	wants := func(k, r int) bool {
		if l.focus == nil {
			return true
		}
		if to[r] == 0 {
			to[r] = 1
			if l.focus.ShareTo(k, r) {
				to[r] = 2
			}
		}
		return to[r] == 2
	}
	for k := range st.inbox[t] {
		it := st.inbox[t][k].item
		info := &st.ix.items[it]
		if l.focus != nil && !l.focus.Item(Share, k) {
			continue
		}
		clear(to)
		for _, ch := range chs {
			if ch.db {
				wanted := l.focus == nil
				for _, r := range ch.others[t] {
					if wanted = wanted || wants(k, r); wanted {
						break
					}
				}
				ok := wanted
				for _, r := range ch.others[t] {
					if !ok {
						break
					}
					ok = st.releasable(info, r).ok()
				}
				if ok {
					l.add(Order{Kind: Share, Team: l.id, Item: info.id, To: ch.otherIDs[t], Channel: ch.id})
				}
				continue
			}
			for _, r := range ch.others[t] {
				if wants(k, r) && st.releasable(info, r).ok() {
					l.add(Order{Kind: Share, Team: l.id, Item: info.id, To: st.ix.teams[r].one, Channel: ch.id})
				}
			}
		}
	}
}

// idsOf converts team indices to ids.
func (st *State) idsOf(ts []int) []string {
	if len(ts) == 1 {
		return st.ix.teams[ts[0]].one
	}
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = st.ix.teamIDs[t]
	}
	return out
}

// knownThreats lists the threats team t has a readable facet of or assessed.
func (st *State) knownThreats(t int, buf []int) []int {
	out := buf[:0]
	nth := len(st.ix.threats)
	for th := 0; th < nth; th++ {
		if st.assessed[t*nth+th] != 0 || st.knowsOf(t, th) {
			out = append(out, th)
		}
	}
	return out
}

// knowsOf reports whether team t holds a readable item revealing a facet of th.
func (st *State) knowsOf(t, th int) bool {
	for k := range st.inbox[t] {
		h := &st.inbox[t][k]
		if h.readable && st.ix.items[h.item].revealsFacetOf(th) {
			return true
		}
	}
	return false
}

func (l *lister) requests() {
	st, t := l.st, l.t
	if !l.affords(Request) {
		return
	}
	var buf [16]int
	for _, th := range st.knownThreats(t, buf[:0]) {
		if st.resolved[th] != open {
			continue
		}
		for _, f := range st.ix.threats[th].facets {
			if st.backs(t, f, false) {
				continue
			}
			// checkRequest on Order{To: [r], Facet: f}: the team, facet and
			// subject are valid by construction, the channel is the best
			// one (reaches), so what is left is an open request to r.
			threat := st.ix.threats[st.ix.facetTh[f]].id
			for r := range st.ix.teams {
				if r == t || !l.reaches(r) || st.openRequest(t, r, threat, f, "") {
					continue
				}
				l.add(Order{Kind: Request, Team: l.id, To: st.ix.teams[r].one, Facet: f})
			}
		}
	}
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

func (l *lister) local() {
	st, t := l.st, l.t
	for _, k := range [...]OrderKind{Sanitise, Verify, Translate} {
		if !l.affords(k) {
			continue
		}
		for h := range st.inbox[t] {
			it := st.inbox[t][h].item
			if l.focus != nil && !l.focus.Item(k, h) {
				continue
			}
			if st.checkLocalAt(t, k, it, h).ok() {
				l.add(Order{Kind: k, Team: l.id, Item: st.ix.items[it].id})
			}
		}
	}
}

func (l *lister) releases() {
	st, t := l.st, l.t
	if l.affords(AskRelease) {
		for h := range st.inbox[t] {
			it := st.inbox[t][h].item
			if l.focus != nil && !l.focus.Item(AskRelease, h) {
				continue
			}
			if st.checkAsk(t, it).ok() {
				l.add(Order{Kind: AskRelease, Team: l.id, Item: st.ix.items[it].id})
			}
		}
	}
	if l.affords(Grant) {
		for k := range st.releases {
			rel := &st.releases[k]
			if rel.owner != t || rel.status != relOpen {
				continue
			}
			if st.checkGrant(t, rel.item, rel.asker).ok() {
				l.add(Order{Kind: Grant, Team: l.id, Item: st.ix.items[rel.item].id, To: st.ix.teams[rel.asker].one})
			}
		}
	}
}

func (l *lister) fuses() {
	st, t := l.st, l.t
	if !l.affords(Fuse) {
		return
	}
	for th := range st.ix.threats {
		if st.checkFuse(t, th, st.ix.threats[th].id).ok() {
			l.add(Order{Kind: Fuse, Team: l.id, Threat: st.ix.threats[th].id})
		}
	}
}

// proposeHorizon is how many rounds ahead Legal lists proposals.
const proposeHorizon = 3

// proposes lists, for each assessed open threat and each of the next
// proposeHorizon rounds up to the deadline, a proposal with each single
// partner and one with a greedy set of partners covering the missing
// capabilities.
func (l *lister) proposes() {
	st, t := l.st, l.t
	if !l.affords(Propose) {
		return
	}
	nth := len(st.ix.threats)
	for th := range st.ix.threats {
		if st.assessed[t*nth+th] == 0 || st.resolved[th] != open {
			continue
		}
		tid := st.ix.threats[th].id
		cover := st.coverSet(t, th)
		for at := st.round + 1; at <= min(st.deadline[th], st.round+proposeHorizon); at++ {
			for r := range st.ix.teams {
				if r != t {
					l.add(Order{Kind: Propose, Team: l.id, Threat: tid, At: at, To: st.ix.teams[r].one})
				}
			}
			if len(cover) > 1 {
				l.add(Order{Kind: Propose, Team: l.id, Threat: tid, At: at, To: cover})
			}
		}
	}
}

// coverSet picks partners, in file order, that add a capability the
// threat needs and the set lacks, until covered and MinTeams reached.
func (st *State) coverSet(t, th int) []string {
	src := st.ix.threats[th].src
	var out []string
	have := func(c string) bool {
		if st.ix.teams[t].team.HasCapability(c) {
			return true
		}
		for _, id := range out {
			if tm, _ := st.ix.sc.Team(id); tm != nil && tm.HasCapability(c) {
				return true
			}
		}
		return false
	}
	for r := range st.ix.teams {
		if r == t {
			continue
		}
		adds := false
		for _, c := range src.Disrupt.Capabilities {
			if !have(c) && st.ix.teams[r].team.HasCapability(c) {
				adds = true
				break
			}
		}
		if adds || len(out)+1 < src.Disrupt.MinTeams {
			out = append(out, st.ix.teamIDs[r])
		}
	}
	return out
}

func (l *lister) commits() {
	st, t := l.st, l.t
	if !l.affords(Commit) {
		return
	}
	for k := range st.ops {
		if st.checkCommit(t, k, st.ops[k].id).ok() {
			l.add(Order{Kind: Commit, Team: l.id, Ref: st.ops[k].id})
		}
	}
}

func (l *lister) posts() {
	st, t := l.st, l.t
	if !l.affords(PostLiaison) {
		return
	}
	for r := range st.ix.teams {
		if r != t && st.checkPostTo(t, r).ok() {
			l.add(Order{Kind: PostLiaison, Team: l.id, To: st.ix.teams[r].one})
		}
	}
}

// messages lists, to each teammate reachable this round over the best
// channel: REQUEST, OFFER and WARN about each known open threat, and ACK
// and DECLINE about each pending operation both are part of.
func (l *lister) messages() {
	st, t := l.st, l.t
	if !l.affords(Message) {
		return
	}
	var buf [16]int
	known := st.knownThreats(t, buf[:0])
	for r := range st.ix.teams {
		if r == t || !l.reaches(r) {
			continue
		}
		to := st.ix.teams[r].one
		for _, th := range known {
			if st.resolved[th] != open {
				continue
			}
			for _, k := range [...]MsgKind{MsgRequest, MsgOffer, MsgWarn} {
				l.add(Order{Kind: Message, Team: l.id, To: to, MsgKind: k, Subject: st.ix.threats[th].id})
			}
		}
		for k := range st.ops {
			op := &st.ops[k]
			if op.outcome != opPending || !slices.Contains(op.teams, t) || !slices.Contains(op.teams, r) {
				continue
			}
			for _, mk := range [...]MsgKind{MsgAck, MsgDecline} {
				l.add(Order{Kind: Message, Team: l.id, To: to, MsgKind: mk, Subject: op.id})
			}
		}
	}
}

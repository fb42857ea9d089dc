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
	l := &lister{st: st, t: t, id: st.ix.teamIDs[t], ap: st.ap(t), out: make([]Order, 0, max(64, int(hint.Load())+16)), kinds: allKinds}
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

// lister builds a legalList, or hands each order to visit (eachLegalOf).
type lister struct {
	st    *State
	t     int
	id    string
	ap    int
	out   []Order
	visit func(o Order)
	kinds kindSet    // the kinds to list
	focus orderFocus // nil: every order of those kinds
	reach []bool     // reach[r]: some channel joins t and r this round (nil until asked)
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

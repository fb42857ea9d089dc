package rules

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"unicode/utf8"
)

// resolver carries one round's resolution over the new State it builds.
type resolver struct {
	st    *State
	acc   [][]Order // accepted orders per team, queue order
	spent []int     // AP spent per team on accepted orders
	used  []int     // capacity used per channel this round
	rng   *rand.Rand
	n0    int     // log length when the resolver claimed it
	cap0  int     // log capacity then
	oldb  *logBuf // the claimed log buffer
	owned []bool  // owned[t]: inbox t is this State's own copy (see holding)
	teams []int   // route's list of recipients, reused order after order
}

// holding returns team t's holding at inbox position k for changing it,
// first copying the inbox if the State still shares it with the State it
// was cloned from (see State.clone).
func (r *resolver) holding(t, k int) *holding {
	st := r.st
	if !r.ownedInboxes()[t] {
		st.inbox[t] = slices.Clone(st.inbox[t])
		r.owned[t] = true
	}
	return &st.inbox[t][k]
}

// receive appends h to team t's inbox. A shared inbox is clipped (see
// State.clone), so the append copies it into an array of this State's own.
func (r *resolver) receive(t int, h holding) {
	st := r.st
	st.inbox[t] = append(st.inbox[t], h)
	r.ownedInboxes()[t] = true
}

// ownedInboxes returns r.owned, made on first use (Resolve sets it; the
// resolver New uses starts without).
func (r *resolver) ownedInboxes() []bool {
	if r.owned == nil {
		r.owned = make([]bool, len(r.st.inbox))
	}
	return r.owned
}

// Resolve applies one whole round to st and returns the next State and the
// events the round produced. st itself is left unchanged. Resolution order
// (docs/rules.md, "Resolution order"):
//
//  1. facilitator actions; 2. re-validation (EvOrder / EvRejected);
//  3. phases over teams in file order: a post-liaison, b sanitise/translate/
//     verify, c ask-release/grant, d traffic enters channels, e deliveries,
//     f fuse, g propose, h commit and operations, i request expiry,
//     j liaison trust, k threats struck, l idle AP, expectations, m advance
//     and fire the next round's injects.
//
// Resolving a finished game returns an unchanged copy and no events.
func Resolve(st *State, turn Turn) (*State, []Event) {
	return resolve(st.clone(), turn, false)
}

// resolve applies the turn to ns, a State of the resolver's own: a fresh
// clone, or (owned) a State it may change throughout, inboxes included.
func resolve(ns *State, turn Turn, owned bool) (*State, []Event) {
	if ns.over {
		return ns, nil
	}
	start := len(ns.log)
	sc := scratchPool.Get()
	defer sc.release()
	r := &resolver{st: ns, owned: sc.bools(len(ns.inbox))}
	if owned {
		for t := range r.owned {
			r.owned[t] = true
		}
	}
	r.claim()
	r.facilitator(turn.Facilitator)
	r.accept(turn.Orders, sc)
	r.phaseLiaison()
	r.used = make([]int, ns.nChans())
	r.phaseLocal()
	r.phaseRelease()
	r.phaseTraffic()
	ns.lastUsed = r.used
	r.phaseDeliver()
	r.phaseFuse()
	r.phasePropose()
	r.phaseCommit()
	r.phaseExpire()
	r.phaseLiaisonTrust()
	r.phaseStrike()
	r.phaseIdle()
	r.checkExpectations(false)
	r.advance()
	r.release()
	if ns.infos == nil {
		ns.infos = ns.buildTeamInfos()
	}
	return ns, slices.Clip(ns.log[start:])
}

// emit appends an event to the log with its sequence number and round.
func (r *resolver) emit(e Event) {
	e.Seq = len(r.st.log)
	e.Round = r.st.round
	r.st.log = append(r.st.log, e)
}

// claim takes the right to append to the log's backing array in place:
// granted when no other State has written past this log's end (the buffer
// is then marked busy); otherwise the log is copied into a new array.
func (r *resolver) claim() {
	st := r.st
	n := len(st.log)
	if st.logb == nil || !st.logb.n.CompareAndSwap(int64(n), -1) {
		nl := make([]Event, n, max(2*n, 256))
		copy(nl, st.log)
		st.log = nl
		st.logb = &logBuf{}
		st.logb.n.Store(-1)
	}
	r.n0, r.cap0, r.oldb = n, cap(st.log), st.logb
}

// release records how far the claimed array is now written. If appending
// moved the log to a new array, the old one is handed back untouched up to
// where it was claimed, and the new one gets its own buffer.
func (r *resolver) release() {
	st := r.st
	if cap(st.log) == r.cap0 {
		r.oldb.n.Store(int64(len(st.log)))
		return
	}
	r.oldb.n.Store(int64(r.n0))
	st.logb = &logBuf{}
	st.logb.n.Store(int64(len(st.log)))
}

// id returns team t's id.
func (r *resolver) id(t int) string { return r.st.ix.teamIDs[t] }

// one returns a shared one-element slice holding team t's id.
func (r *resolver) one(t int) []string { return r.st.ix.teams[t].one }

// rand returns the round's random source, created on first use:
// PCG(seed, round), drawn in resolution order.
func (r *resolver) rand() *rand.Rand {
	if r.rng == nil {
		r.rng = rand.New(rand.NewPCG(r.st.seed, uint64(r.st.round)))
	}
	return r.rng
}

// teamList returns a validated list of team ids for an event: the index's
// shared one-team list when it names one team (most do), else a copy.
func (r *resolver) teamList(ids []string) []string {
	if len(ids) == 1 {
		if t := r.st.ix.team(ids[0]); t >= 0 {
			return r.st.ix.teams[t].one
		}
	}
	return slices.Clone(ids)
}

// accept re-validates every order: teams in file order, each team's queue
// in order, each order against the orders accepted before it. Accepted
// orders emit EvOrder; illegal ones EvRejected with the reason.
func (r *resolver) accept(orders map[string][]Order, sc *scratch) {
	st := r.st
	n := st.nTeams()
	r.acc, r.spent = sc.lists(n), sc.ints(n)
	total := 0
	for t := 0; t < n; t++ {
		total += len(orders[r.id(t)])
	}
	// One array holds every team's accepted orders, each team's part
	// clipped to its queue's length so appends stay in their part.
	all := sc.orders(total)
	for t := 0; t < n; t++ {
		id := r.id(t)
		if k := len(orders[id]); k > 0 {
			r.acc[t], all = all[:0:k], all[k:]
		}
		for _, o := range orders[id] {
			if o.Team == "" {
				o.Team = id
			}
			if o.Team != id {
				r.emit(Event{Kind: EvRejected, Team: id, Ref: clip(string(o.Kind)), Text: "order for " + clip(o.Team) + " queued by " + id})
				continue
			}
			if rj := st.check(r.acc[t], &o); !rj.ok() {
				r.emit(Event{Kind: EvRejected, Team: id, Ref: clip(string(o.Kind)), Item: clip(o.Item), Threat: clip(o.Threat), Text: clip(rj.text())})
				continue
			}
			c := st.cost(o.Kind)
			r.acc[t] = append(r.acc[t], o)
			r.spent[t] += c
			ev := Event{Kind: EvOrder, Team: id, Ref: string(o.Kind), Cost: c, Text: st.ix.teams[t].orders[kindIndex(o.Kind)]}
			switch o.Kind { // only fields the kind uses, all validated
			case Share, Grant:
				ev.Item, ev.To = o.Item, r.teamList(o.To)
			case Request:
				ev.Item, ev.Threat, ev.Facet, ev.To = o.Item, o.Threat, o.Facet, r.teamList(o.To)
			case Respond:
				ev.Item, ev.Subject = o.Item, o.Ref
			case Sanitise, Verify, Translate, AskRelease:
				ev.Item = o.Item
			case Fuse:
				ev.Threat = o.Threat
			case Propose:
				ev.Threat, ev.Value, ev.To = o.Threat, o.At, r.teamList(o.To)
			case Commit:
				ev.Subject = o.Ref
			case PostLiaison, Message:
				ev.To = r.teamList(o.To)
			}
			r.emit(ev)
		}
	}
	var unknown []string
	for id := range orders {
		if st.ix.team(id) < 0 && len(orders[id]) > 0 {
			unknown = append(unknown, id)
		}
	}
	slices.Sort(unknown)
	for _, id := range unknown {
		for _, o := range orders[id] {
			r.emit(Event{Kind: EvRejected, Team: clip(id), Ref: clip(string(o.Kind)), Text: "no team " + strconv.Quote(clip(id))})
		}
	}
}

// clip bounds a string from an order before it goes into the log (orders
// come from users and the network).
func clip(s string) string {
	n := 64
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// facilitator applies the instructor's actions: fire an inject out of
// schedule, or add a note to the timeline.
func (r *resolver) facilitator(acts []FacilitatorAction) {
	for _, a := range acts {
		if a.Inject != "" {
			i, ok := r.st.ix.injBy[a.Inject]
			switch {
			case !ok:
				r.emit(Event{Kind: EvNote, Ref: a.Inject, Text: "facilitator: no inject " + strconv.Quote(a.Inject)})
			case r.st.fired[i] != 0:
				r.emit(Event{Kind: EvNote, Ref: a.Inject, Text: "facilitator: inject " + a.Inject + " already fired in round " + strconv.Itoa(r.st.fired[i])})
			default:
				r.fire(i)
			}
		}
		if a.Note != "" {
			r.emit(Event{Kind: EvNote, Text: a.Note})
		}
	}
}

// ordersOf calls f for every accepted order of the given kinds, teams in
// file order, queue order within a team.
func (r *resolver) ordersOf(f func(t int, o *Order), kinds ...OrderKind) {
	for t := range r.acc {
		for k := range r.acc[t] {
			o := &r.acc[t][k]
			if slices.Contains(kinds, o.Kind) {
				f(t, o)
			}
		}
	}
}

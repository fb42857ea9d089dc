package rules

import (
	"slices"
	"sync/atomic"

	"liaison/game/scenario"
)

// State is one moment of a game: the start of a round's orders phase (or
// the end of the game). It is a value the engine never mutates once built:
// Resolve returns a new State. Everything is kept by position (team, item,
// channel and threat indices) so that cloning and resolving are cheap.
type State struct {
	ix    *index
	seed  uint64
	round int
	over  bool

	trust    []int            // trust[a*n+b]: how much team a trusts team b
	legal    []scenario.Legal // current legal profile per team (injects change it)
	apFx     []apEffect
	inbox    [][]holding // per team, in order received; never the same item twice
	msgs     [][]message // per team, messages received, oldest first
	sent     [][]sentRec // per team, items it put on a channel, per recipient
	liaisons []liaison   // officers posted, in order; liaison k is channel len(ix.chans)+k
	lchans   []chanInfo  // channels of the posted liaisons (append-only, shared)
	down     []int       // per channel: last round of an inject outage (0 = none)
	lastUsed []int       // per channel: capacity used in the last resolved round
	transit  []transit
	requests []request
	releases []release
	ops      []operation
	assessed []int8 // team*nThreats+threat: 0 not assessed, 1 correct, 2 incorrect
	deadline []int
	resolved []int8 // per threat: 0 open, 1 disrupted, 2 struck
	fired    []int  // per inject: round it fired (0 = not yet)
	firedSeq []int  // inject indices in firing order
	expect   []int8 // per inject: 1 once its expectation was reported
	breaches []int  // per team: caveat breaches committed
	log      []Event
	logb     *logBuf // shared by states whose logs share a backing array

	legalCache []atomic.Pointer[legalList] // per team, built on first Legal
	infos      []TeamInfo                  // public profiles as they stand (shared, read only; nil: rebuild)
	vis        *visCache                   // built on first View: which recent events each team sees
	hashed     *hashMemo                   // Hash's result once computed (nil: not kept)
}

// hashMemo keeps a State's Hash: a host asks for it several times a round
// (the facilitator's frame, the record, the autosave) and a State never
// changes once made, except through reuse, which drops the memo.
type hashMemo struct{ s atomic.Pointer[string] }

// visCache holds a State's visIndex once built.
type visCache struct{ p atomic.Pointer[visIndex] }

// logBuf records how far a log's backing array has been written, so that a
// State may append in place only when no other State has appended there
// (branching from an old State copies instead). This keeps the event log
// append O(1) amortised while Resolve never mutates its input.
type logBuf struct{ n atomic.Int64 }

// Threat resolution states.
const (
	open      int8 = 0
	disrupted int8 = 1
	struck    int8 = 2
)

// holding is one item in a team's inbox.
type holding struct {
	item         int
	from         int // sender team, -1 = own collection or inject
	received     int
	format       string
	readable     bool
	confirmed    bool
	verified     bool
	fromVerified bool // the sender had verified it when it sent it
}

// message is a structured protocol message as received.
type message struct {
	round   int
	from    int
	kind    MsgKind
	subject string
	note    string
}

// sentRec is one item transmission to one recipient.
type sentRec struct {
	item, to, round, ch int
}

// liaison is an officer posted by team from to team to.
type liaison struct {
	from, to int
	round    int
}

// apEffect changes a team's AP in rounds [from, until).
type apEffect struct {
	team, delta, from, until int
}

// Kinds of traffic in flight.
const (
	tItem uint8 = iota
	tMsg
	tReq
)

// transit is one thing travelling on a channel towards one recipient.
type transit struct {
	kind     uint8
	from, to int
	ch       int
	sent     int
	arrive   int
	item     int
	format   string
	verified bool // the sender had verified the item
	req      int  // request index (tReq)
	msg      message
	note     string // the sender's reason (Order.Note) for an item or request, shown on arrival
}

// request is an information request from one team to another.
type request struct {
	id       string
	from, to int
	threat   string
	facet    string
	item     string
	made     int
	arrived  int // round it reached the target; 0 while in flight
	answered int // round answered; 0 while open
	answer   string
	expired  bool
}

// Release statuses.
const (
	relOpen    = "open"
	relGranted = "granted"
	relRefused = "refused"
)

// release is an ORCON release ask (or an unsolicited grant).
type release struct {
	item   int
	asker  int
	owner  int
	round  int
	status string
}

// Operation outcomes.
const (
	opPending int8 = iota
	opSuccess
	opFailed
)

// operation is a proposed joint operation.
type operation struct {
	id        string
	threat    int
	round     int
	made      int
	proposer  int
	teams     []int // proposer first, then To in order
	committed []int // per participant: last round it committed (0 = never)
	outcome   int8
}

// clone returns a copy that shares nothing mutable with st. Append-only
// slices (lchans, apFx, messages) share their backing arrays but are
// clipped so an append on either copy reallocates; the log is guarded by
// logBuf. Inboxes are shared the same way, copied on first change: the
// resolver changes a holding only through resolver.holding.
func (st *State) clone() *State {
	ns := *st
	// The small int lists share one new array (each clipped, so an append
	// to one reallocates it), as do the int8 lists.
	ints := make([]int, len(st.trust)+len(st.down)+len(st.deadline)+len(st.fired)+len(st.breaches))
	ns.trust, ints = carve(ints, st.trust)
	ns.down, ints = carve(ints, st.down)
	ns.deadline, ints = carve(ints, st.deadline)
	ns.fired, ints = carve(ints, st.fired)
	ns.breaches, _ = carve(ints, st.breaches)
	small := make([]int8, len(st.assessed)+len(st.resolved)+len(st.expect))
	ns.assessed, small = carve(small, st.assessed)
	ns.resolved, small = carve(small, st.resolved)
	ns.expect, _ = carve(small, st.expect)
	ns.legal = slices.Clone(st.legal)
	ns.apFx = slices.Clip(st.apFx)
	ns.inbox = make([][]holding, len(st.inbox))
	for i, h := range st.inbox {
		ns.inbox[i] = slices.Clip(h)
	}
	ns.msgs = make([][]message, len(st.msgs))
	for i, m := range st.msgs {
		ns.msgs[i] = slices.Clip(m)
	}
	ns.sent = make([][]sentRec, len(st.sent))
	for i, m := range st.sent {
		ns.sent[i] = slices.Clip(m)
	}
	ns.liaisons = slices.Clip(st.liaisons)
	ns.lchans = slices.Clip(st.lchans)
	// lastUsed is replaced whole by Resolve, and only appended to before.
	ns.lastUsed = slices.Clip(st.lastUsed)
	// transit gets room for the round's sends.
	ns.transit = append(make([]transit, 0, len(st.transit)+len(st.transit)/2+8), st.transit...)
	ns.requests = slices.Clone(st.requests)
	ns.releases = slices.Clone(st.releases)
	ns.ops = make([]operation, len(st.ops))
	for i, o := range st.ops {
		o.committed = slices.Clone(o.committed)
		ns.ops[i] = o
	}
	ns.firedSeq = slices.Clip(st.firedSeq)
	ns.legalCache = make([]atomic.Pointer[legalList], len(st.legalCache))
	ns.vis = &visCache{}
	ns.hashed = &hashMemo{}
	return &ns
}

// reuse prepares st to be resolved in place (advance, enginefast.Advance): it drops what was
// computed for st as it stood (the legal lists and the view index).
func (st *State) reuse() *State {
	for i := range st.legalCache {
		st.legalCache[i].Store(nil)
	}
	st.vis = &visCache{}
	st.hashed = &hashMemo{}
	return st
}

// carve copies src into the front of buf and returns the copy, clipped,
// and the rest of buf. A nil src gives a nil copy.
func carve[T any](buf, src []T) (dst, rest []T) {
	if src == nil {
		return nil, buf
	}
	n := copy(buf, src)
	return buf[:n:n], buf[n:]
}

// nTeams is the number of teams.
func (st *State) nTeams() int { return len(st.ix.teamIDs) }

// channel returns channel c (static first, then posted liaisons).
func (st *State) channel(c int) *chanInfo {
	if c < len(st.ix.chans) {
		return &st.ix.chans[c]
	}
	return &st.lchans[c-len(st.ix.chans)]
}

// nChans is the number of channels, liaison links included.
func (st *State) nChans() int { return len(st.ix.chans) + len(st.lchans) }

// channelIndex finds a channel by id, or -1.
func (st *State) channelIndex(id string) int {
	if c, ok := st.ix.chanBy[id]; ok {
		return c
	}
	for k := range st.lchans {
		if st.lchans[k].id == id {
			return len(st.ix.chans) + k
		}
	}
	return -1
}

// member reports whether team t belongs to channel c.
func (st *State) member(c, t int) bool {
	return slices.Contains(st.channel(c).members, t)
}

// up reports whether channel c works in the given round.
func (st *State) up(c, round int) bool {
	if round <= st.down[c] {
		return false
	}
	for _, w := range st.channel(c).outages {
		if w.Contains(round) {
			return false
		}
	}
	return true
}

// held returns the position of item in team t's inbox, or -1.
func (st *State) held(t, item int) int {
	for k := range st.inbox[t] {
		if st.inbox[t][k].item == item {
			return k
		}
	}
	return -1
}

// ap returns team t's action points in the current round.
func (st *State) ap(t int) int {
	a := st.ix.teams[t].team.AP
	for _, e := range st.apFx {
		if e.team == t && st.round >= e.from && st.round < e.until {
			a += e.delta
		}
	}
	return max(0, a)
}

// hasLiaison reports whether a liaison officer is posted between a and b
// in either direction.
func (st *State) hasLiaison(a, b int) bool {
	for _, l := range st.liaisons {
		if (l.from == a && l.to == b) || (l.from == b && l.to == a) {
			return true
		}
	}
	return false
}

// posted reports whether team a has an officer posted to b.
func (st *State) posted(a, b int) bool {
	for _, l := range st.liaisons {
		if l.from == a && l.to == b {
			return true
		}
	}
	return false
}

// released reports whether the originator granted team t release of item.
func (st *State) released(t, item int) bool {
	for k := range st.releases {
		r := &st.releases[k]
		if r.asker == t && r.item == item && r.status == relGranted {
			return true
		}
	}
	return false
}

// requestIndex finds a request by id, or -1.
func (st *State) requestIndex(id string) int {
	for k := range st.requests {
		if st.requests[k].id == id {
			return k
		}
	}
	return -1
}

// opIndex finds an operation by id, or -1.
func (st *State) opIndex(id string) int {
	for k := range st.ops {
		if st.ops[k].id == id {
			return k
		}
	}
	return -1
}

// usableFor reports whether holding h counts toward fusion: readable,
// confirmed and not found false.
func (st *State) usableFor(h *holding) bool {
	return h.readable && h.confirmed && !(h.verified && !st.ix.items[h.item].truth)
}

// Cost returns the AP cost of an order kind in this game (0 for unknown
// kinds and pass).
func (st *State) Cost(k OrderKind) int { return st.cost(k) }

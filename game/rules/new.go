package rules

import (
	"slices"
	"sync/atomic"

	"liaison/game/internal/reuse"
	"liaison/game/scenario"
)

// New starts a game of scenario s (with defaults applied, as Load and Parse
// return it) with the given seed. The returned State is at round 1's orders
// phase: starting holdings are in the inboxes (each logged as an EvDeliver
// with no sender), starting liaison officers are posted, and the injects due
// in round 1 (timed at 1, or whose condition already holds) have fired.
func New(s *scenario.Scenario, seed uint64) *State {
	return prepare(s).start(seed, nil)
}

// setup is a scenario prepared for play: the pre-digested index (teams,
// items, threats and channels by position) that every game of it shares.
// New prepares one per game; the simulator prepares one per batch through
// game/internal/enginefast (see speed.go). A setup never changes and is
// safe for concurrent use; the scenario must not be modified while it is
// in use.
type setup struct{ ix *index }

// prepare digests scenario s (with defaults applied) for play.
func prepare(s *scenario.Scenario) *setup { return &setup{ix: newIndex(s)} }

// Scenario returns the scenario the setup was prepared from (read only).
func (p *setup) Scenario() *scenario.Scenario { return p.ix.sc }

// Start starts a game with the given seed, exactly as New does on the
// setup's scenario, in the memory of done when it is not nil (see
// enginefast.Setup).
func (p *setup) Start(seed uint64, done *State) *State { return p.start(seed, done) }

// start builds a game's first State, in the memory of done when it is not
// nil.
func (p *setup) start(seed uint64, done *State) *State {
	ix := p.ix
	s := ix.sc
	n := len(s.Teams)
	var m State // the dropped memory, or nothing
	if done != nil {
		m, *done = *done, State{}
	}
	nth := len(ix.threats)
	st := &State{
		ix:       ix,
		seed:     seed,
		round:    1,
		trust:    reuse.Zeroed(m.trust, n*n),
		legal:    reuse.Zeroed(m.legal, n),
		inbox:    reuse.EmptyLists(m.inbox, n),
		msgs:     reuse.EmptyLists(m.msgs, n),
		sent:     reuse.EmptyLists(m.sent, n),
		down:     reuse.Zeroed(m.down, len(ix.chans)),
		lastUsed: reuse.Zeroed(m.lastUsed, len(ix.chans)),
		transit:  m.transit[:0],
		requests: m.requests[:0],
		releases: m.releases[:0],
		ops:      m.ops[:0],
		liaisons: m.liaisons[:0],
		lchans:   m.lchans[:0],
		apFx:     m.apFx[:0],
		firedSeq: m.firedSeq[:0],
		assessed: reuse.Zeroed(m.assessed, n*nth),
		deadline: reuse.Zeroed(m.deadline, nth),
		resolved: reuse.Zeroed(m.resolved, nth),
		fired:    reuse.Zeroed(m.fired, len(s.Injects)),
		expect:   reuse.Zeroed(m.expect, len(s.Injects)),
		breaches: reuse.Zeroed(m.breaches, n),

		legalCache: make([]atomic.Pointer[legalList], n),
		vis:        &visCache{},
		hashed:     &hashMemo{},
	}
	mem := m.log[:0]
	for a := 0; a < n; a++ {
		st.legal[a] = s.Teams[a].Legal
		st.legal[a].Agreements = slices.Clone(st.legal[a].Agreements)
		for b := 0; b < n; b++ {
			if a != b {
				st.trust[a*n+b] = clampTrust(s.TrustOf(ix.teamIDs[a], ix.teamIDs[b]))
			}
		}
	}
	for i := range ix.threats {
		st.deadline[i] = ix.threats[i].src.Deadline
	}
	if want := min(1<<16, max(256, 10*n*s.Rounds)); cap(mem) >= want {
		st.log = mem[:0]
	} else {
		st.log = make([]Event, 0, want)
	}
	st.logb = &logBuf{}
	r := &resolver{st: st}
	r.claim()
	for a := 0; a < n; a++ {
		for _, p := range s.Teams[a].Liaisons {
			if b := ix.team(p); b >= 0 && b != a && !st.posted(a, b) {
				r.postLiaison(a, b, "")
			}
		}
	}
	for i := range s.Items {
		for _, h := range s.Items[i].HeldBy {
			if t := ix.team(h); t >= 0 {
				r.collect(t, i, "held at the start")
			}
		}
	}
	r.fireDue()
	r.release()
	st.infos = st.buildTeamInfos()
	return st
}

// Scenario returns the scenario the game is played on (read only).
func (st *State) Scenario() *scenario.Scenario { return st.ix.sc }

// Round returns the current round (its orders phase), 1..Rounds; after the
// end it is Rounds+1 or the round after the last threat was resolved.
func (st *State) Round() int { return st.round }

// Over reports whether the game has ended.
func (st *State) Over() bool { return st.over }

// Seed returns the seed the game was started with.
func (st *State) Seed() uint64 { return st.seed }

// Events returns the whole event log so far, Seq 0..n-1. The slice is the
// state's own (clipped): read it, do not modify it.
func (st *State) Events() []Event { return slices.Clip(st.log) }

// Trust returns trust[from][to] (0..100); 100 for a team in itself and 0
// for unknown teams.
func (st *State) Trust(from, to string) int {
	a, b := st.ix.team(from), st.ix.team(to)
	if a < 0 || b < 0 {
		return 0
	}
	if a == b {
		return 100
	}
	return st.trust[a*st.nTeams()+b]
}

// Holds reports whether the team holds the item (readable or not).
func (st *State) Holds(team, item string) bool {
	t, it := st.ix.team(team), st.ix.item(item)
	return t >= 0 && it >= 0 && st.held(t, it) >= 0
}

// Assessed reports whether the team has fused an assessment of the threat.
func (st *State) Assessed(team, threat string) bool {
	t, th := st.ix.team(team), st.ix.threatIndex(threat)
	return t >= 0 && th >= 0 && st.assessed[t*len(st.ix.threats)+th] != 0
}

// AP returns the team's action points this round (0 for an unknown team).
func (st *State) AP(team string) int {
	t := st.ix.team(team)
	if t < 0 {
		return 0
	}
	return st.ap(t)
}

// APLeft returns the team's action points this round minus the cost of the
// orders already queued (queued is the team's own queue; orders naming
// another team are not counted). It may be negative if the queue overspends.
func (st *State) APLeft(team string, queued []Order) int {
	t := st.ix.team(team)
	if t < 0 {
		return 0
	}
	return st.apLeft(t, queued)
}

func (st *State) apLeft(t int, queued []Order) int {
	left := st.ap(t)
	id := st.ix.teamIDs[t]
	for k := range queued {
		if queued[k].Team == id || queued[k].Team == "" {
			left -= st.cost(queued[k].Kind)
		}
	}
	return left
}

// cost is the AP cost of an order kind.
func (st *State) cost(k OrderKind) int {
	if i := kindIndex(k); i >= 0 {
		return st.ix.costs[i]
	}
	return st.ix.sc.Costs.Cost(string(k))
}

// Deadline returns a threat's current deadline (0 if unknown). It is public
// to the facilitator and the score; Views show it only once assessed.
func (st *State) Deadline(threat string) int {
	th := st.ix.threatIndex(threat)
	if th < 0 {
		return 0
	}
	return st.deadline[th]
}

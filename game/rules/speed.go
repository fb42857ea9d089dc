package rules

// The speed-only entry points. A caller that plays one game, or shows one,
// needs none of them: New, Resolve, View, Legal and Validate are the
// engine. The headless simulator and the bots play millions of rounds, and
// each call below saves them work the main calls would do, always with the
// same result (a test holds each to its main call):
//
//   - Setup.NewReusing starts a game in the memory of a dropped one (the
//     next game of a batch): no allocation of logs, inboxes, traffic,
//     requests or operations per game. Prepare (a Setup) builds the
//     scenario's index once per batch. Held to New
//     (setup_test.go).
//   - Advance resolves in the State's own memory for a caller that drops
//     the old State: no clone per round. Held to Resolve (TestAdvanceMatchesResolve).
//   - ViewPartsInto builds a view in the memory of the last, leaving out
//     the parts a bot never reads (log, messages, injects, trust in the
//     team). Held to View (TestFastPathsMatch; game/bot shortcut_test.go).
//   - EachLegalOf streams Legal's orders of some kinds only, never
//     building those a Focus rules out. Held to Legal (TestFastPathsMatch).
//   - Valid is Validate without building the error (TestFastPathsMatch).
//
// Measure them with: go test -run '^$' -bench 'HarbourWatch|Scaled' -cpu 1
// ./game/sim (whole batches, where they all act) and go test -bench
// 'BotLike|Legal|View|Resolve' ./game/rules (the parts), pinned to one CPU
// (taskset -c 1). See docs/rules.md, "Engine notes", for what each buys.

// NewReusing starts a game as New does, in the memory of done: done is a
// finished (or abandoned) State, of any game, that the caller owns and
// drops, and with it every State of done's game (every State it was
// resolved or advanced from, and every State resolved from those): none of
// them may be used afterwards, nor may the event slices they returned (the
// log's array is reused too). What was copied out of them stays valid:
// scores, views, strings. A batch that scores each game and drops it plays
// the next game in the memory of the last; done may be nil.
func (p *Setup) NewReusing(seed uint64, done *State) *State {
	return p.start(seed, done)
}

// Advance is Resolve for a caller that owns st and drops it: it may reuse
// st's memory for the next State, and st must not be used afterwards
// (neither it nor any State whose log it shares). The headless simulator
// plays its games this way; the next State, its events and its Hash are
// exactly Resolve's.
func Advance(st *State, turn Turn) (*State, []Event) {
	return resolve(st.reuse(), turn, true)
}

// ViewParts selects the optional parts of a View, those a caller may skip.
type ViewParts uint8

// The optional parts of a View.
const (
	ViewLog      ViewParts = 1 << iota // Log: last round's events the team can see
	ViewMessages                       // Messages received
	ViewInjects                        // Injects read so far
	ViewTrustIn                        // TrustIn: the others' trust in the team
	// ViewAll is every part: a complete View.
	ViewAll = ViewLog | ViewMessages | ViewInjects | ViewTrustIn
)

// ViewPartsInto writes View(team) into *v with only the given optional parts
// filled (the parts left out stay empty, nil or cleared), reusing the
// memory of the lists and maps v holds from an earlier call (everything v
// held is replaced; a list View leaves nil may come back empty instead).
// ViewPartsInto(team, v, ViewAll) is View(team) in v's memory.
func (st *State) ViewPartsInto(team string, v *View, parts ViewParts) {
	st.fillView(team, v, parts)
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

// Valid reports whether Validate(queued, *o) would return nil, without
// building the error.
func (st *State) Valid(queued []Order, o *Order) bool {
	return st.check(queued, o).ok()
}

package rules

import (
	"liaison/game/internal/enginefast/hook"
	"liaison/game/scenario"
)

// The speed-only entry points. A caller that plays one game, or shows one,
// needs none of them: New, Resolve, View, Legal and Validate are the
// engine, and they are all this package exports. The headless simulator
// and the bots play millions of rounds, and each entry point below saves
// them work the main calls would do, always with the same result (a test
// holds each to its main call). They are reached only through package
// game/internal/enginefast, which documents each with the measurement that
// justifies it; rules hands them over in its init (hook.Engine), so that
// none of them is part of this package's API.

func init() { hook.Engine = engine{} }

// engine implements enginefast's speed-only entry points; its methods'
// signatures are those enginefast's engine interface asserts.
type engine struct{}

// orderFocus is enginefast.Focus, where its methods are documented: it
// narrows eachLegalOf to the orders a caller may act on, so that the
// others are never built. It is spelled out, not named, so that rules need
// not import enginefast.
type orderFocus = interface {
	Kind(k OrderKind) bool
	Item(k OrderKind, i int) bool
	ShareTo(i, t int) bool
}

// preparedScenario is enginefast.Setup: a scenario's index built once for
// many games.
type preparedScenario = interface {
	Scenario() *scenario.Scenario
	Start(seed uint64, done *State) *State
}

// Prepare digests scenario s once for many games (enginefast.Prepare).
func (engine) Prepare(s *scenario.Scenario) preparedScenario { return prepare(s) }

// Advance is Resolve in st's own memory (enginefast.Advance).
func (engine) Advance(st *State, turn Turn) (*State, []Event) { return advance(st, turn) }

// ViewInto is View(team) in v's memory, lean or whole (enginefast.ViewInto).
func (engine) ViewInto(st *State, team string, v *View, lean bool) {
	parts := viewAll
	if lean {
		parts = 0
	}
	st.viewPartsInto(team, v, parts)
}

// EachLegal streams Legal(team, nil)'s orders that focus wants
// (enginefast.EachLegal).
func (engine) EachLegal(st *State, team string, focus orderFocus, visit func(o Order)) {
	kinds := allKinds
	if focus != nil {
		kinds = 0
		for i, k := range kindNames {
			if focus.Kind(k) {
				kinds |= 1 << i
			}
		}
	}
	st.eachLegalOf(team, kinds, focus, visit)
}

// advance is Resolve for a caller that owns st and drops it: it may reuse
// st's memory for the next State, and st must not be used afterwards
// (neither it nor any State whose log it shares). The next State, its
// events and its Hash are exactly Resolve's.
func advance(st *State, turn Turn) (*State, []Event) {
	return resolve(st.reuse(), turn, true)
}

// viewParts selects the optional parts of a View, those a caller may skip.
type viewParts uint8

// The optional parts of a View.
const (
	viewLog      viewParts = 1 << iota // Log: last round's events the team can see
	viewMessages                       // Messages received
	viewInjects                        // Injects read so far
	viewTrustIn                        // TrustIn: the others' trust in the team
	// viewAll is every part: a complete View.
	viewAll = viewLog | viewMessages | viewInjects | viewTrustIn
)

// viewPartsInto writes View(team) into *v with only the given optional
// parts filled (the parts left out stay empty, nil or cleared), reusing
// the memory of the lists and maps v holds from an earlier call
// (everything v held is replaced; a list View leaves nil may come back
// empty instead). viewPartsInto(team, v, viewAll) is View(team) in v's
// memory.
func (st *State) viewPartsInto(team string, v *View, parts viewParts) {
	st.fillView(team, v, parts)
}

// eachLegalOf is Legal(team, nil) streamed to visit, for the orders of the
// given kinds only, in the same order, leaving out those focus (if not
// nil) rules out. Never modify the slices inside the orders.
func (st *State) eachLegalOf(team string, kinds kindSet, focus orderFocus, visit func(o Order)) {
	t := st.ix.team(team)
	if t < 0 || st.over {
		if kinds.Has(Pass) {
			visit(Order{Kind: Pass, Team: team})
		}
		return
	}
	if p := st.legalCache[t].Load(); p != nil && focus == nil {
		for i := range p.orders {
			if kinds == allKinds || kinds.Has(p.orders[i].Kind) {
				visit(p.orders[i])
			}
		}
		return
	}
	l := lister{st: st, t: t, id: st.ix.teamIDs[t], ap: st.ap(t), visit: visit, kinds: kinds, focus: focus}
	l.all()
}

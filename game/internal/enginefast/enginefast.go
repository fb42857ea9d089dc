// Package enginefast holds the engine's speed-only entry points, for the
// callers that play games by the million (the headless simulator and the
// bots). A caller that plays or shows one game needs none of them: New,
// Resolve, View, Legal and Validate in package rules are the engine, and
// each call here gives exactly what one of those would (a test in rules
// holds each to its main call), only with less work.
//
// Each fast path stays because it earns its keep on the simulator's batch
// of complete bot games, BenchmarkHarbourWatchRun in game/sim (sim.Run,
// one worker, as liaisonctl sim --workers 1 plays). Measured 2026-12-06 on
// the project's 2-vCPU machine, pinned (taskset -c 1, -cpu 1), CPU time
// of 1,000 games, 6–8 interleaved runs of each variant against the
// current code; "without" is the same batch with that one fast path
// replaced by the main call (the machine was loaded, so CPU time, not
// wall time, is compared):
//
//   - Prepare + Setup.Start reusing a dropped game (instead of rules.New
//     per game): the scenario's index built once per batch, and the next
//     game played in the memory of the last (logs, inboxes, traffic,
//     requests, operations). Without the reuse +59% CPU; without the
//     index shared as well +92%.
//   - Advance (instead of rules.Resolve): the round resolved in the
//     dropped State's memory, no clone per round. Without it +47%.
//   - ViewInto (instead of State.View): the view built in the memory of
//     the last round's; lean, it leaves out the parts a bot never reads
//     (log, messages, injects, trust in the team). Without the parts left
//     out +20%; without the memory reuse as well +138%.
//   - EachLegal with a Focus (instead of State.Legal): the legal orders
//     streamed, never listed, and only those of the kinds, items and
//     recipients the bot can value are built. With no Focus (every
//     kind, item and recipient) +15%; with the kinds but not the items
//     and recipients +12–21%; the other way round +18%: each half needs
//     the other. With Legal's list instead of the stream +209%.
//
// A fifth fast path, a Validate that skipped building the error
// (State.Valid), measured no gain (−3% to +4%, within the noise) and was
// deleted: bots call Validate.
//
// Rerun the figures with: go test -c ./game/sim, then interleave
// taskset -c 1 ./sim.test -test.run '^$' -test.bench 'HarbourWatchRun$'
// -test.cpu 1 -test.benchtime 1000x, each variant built with one call here
// replaced by its main call.
package enginefast

import (
	"liaison/game/internal/enginefast/hook"
	"liaison/game/rules"
	"liaison/game/scenario"
)

// Setup is a scenario prepared for play: the pre-digested index that every
// game of it shares. It never changes and is safe for concurrent use; the
// scenario must not be modified while it is in use.
type Setup interface {
	// Scenario returns the scenario the Setup was prepared from (read
	// only).
	Scenario() *scenario.Scenario
	// Start starts a game as rules.New does on the Setup's scenario. If
	// done is not nil, the game is played in done's memory: done is a
	// finished (or abandoned) State, of any game, that the caller owns
	// and drops, and with it every State of done's game (every State it
	// was resolved or advanced from, and every State resolved from
	// those): none of them may be used afterwards, nor may the event
	// slices they returned (the log's array is reused too). What was
	// copied out of them stays valid: scores, views, strings.
	Start(seed uint64, done *rules.State) *rules.State
}

// Focus narrows EachLegal to the orders a caller may act on, so that the
// others are never built. A method may answer true for orders the caller
// then ignores, but must never answer false for one it would want. Items
// are named by their position in the team's holdings (the index of the
// item in its View's Items, the order received), teams by their position
// in the scenario's team list (as in View.Teams).
type Focus interface {
	// Kind reports whether orders of kind k may interest the caller.
	Kind(k rules.OrderKind) bool
	// Item reports whether orders of kind k (share, sanitise, verify,
	// translate or ask-release) about held item i may interest the caller.
	Item(k rules.OrderKind, i int) bool
	// ShareTo reports whether sharing held item i with team t may
	// interest the caller. A database share, to all its other members at
	// once, is listed when ShareTo holds for any of them.
	ShareTo(i, t int) bool
}

// engine is what package rules registers in hook.Engine (its unexported
// type engine, in game/rules/speed.go). The parameter types are written
// out (not Setup and Focus) so that they are identical to the ones rules
// declares without importing this package.
type engine interface {
	Prepare(s *scenario.Scenario) interface {
		Scenario() *scenario.Scenario
		Start(seed uint64, done *rules.State) *rules.State
	}
	Advance(st *rules.State, turn rules.Turn) (*rules.State, []rules.Event)
	ViewInto(st *rules.State, team string, v *rules.View, lean bool)
	EachLegal(st *rules.State, team string, focus interface {
		Kind(k rules.OrderKind) bool
		Item(k rules.OrderKind, i int) bool
		ShareTo(i, t int) bool
	}, visit func(o rules.Order))
}

// fast is rules' engine, asserted once: rules, which this package imports,
// is initialised first.
var fast = registered()

func registered() engine {
	e, ok := hook.Engine.(engine)
	if !ok {
		// A build error in all but name: rules and this package disagree
		// on a signature. Every test of every caller fails here.
		panic("enginefast: package rules registered no engine with the methods enginefast expects")
	}
	return e
}

// Prepare digests scenario s (with defaults applied) once, for many games
// started with Setup.Start.
func Prepare(s *scenario.Scenario) Setup { return fast.Prepare(s) }

// Advance is rules.Resolve for a caller that owns st and drops it: it may
// reuse st's memory for the next State, and st must not be used afterwards
// (neither it nor any State whose log it shares). The next State, its
// events and its Hash are exactly Resolve's.
func Advance(st *rules.State, turn rules.Turn) (*rules.State, []rules.Event) {
	return fast.Advance(st, turn)
}

// ViewInto writes st.View(team) into *v, reusing the memory of the lists
// and maps v holds from an earlier call (everything v held is replaced; a
// list View leaves nil may come back empty instead). Lean, it leaves out
// the optional parts (Log, Messages, Injects, TrustIn stay empty).
func ViewInto(st *rules.State, team string, v *rules.View, lean bool) {
	fast.ViewInto(st, team, v, lean)
}

// Oracle is the legality a bot is given: *rules.State is one (and so is
// bot.Legality).
type Oracle interface {
	Legal(team string, queued []rules.Order) []rules.Order
}

// EachLegal calls visit, in order, with the orders legal.Legal(team, nil)
// lists, leaving out some of those focus (if not nil) rules out. When the
// oracle is the engine's own State (as it always is outside tests), the
// orders are streamed and those focus rules out are never built;
// otherwise Legal's list is visited whole, which gives a caller that
// values only what its focus wants the same result. Never modify the
// slices inside the orders.
func EachLegal(legal Oracle, team string, focus Focus, visit func(o rules.Order)) {
	// The engine recognises its own State behind the oracle, as io.Copy
	// recognises a WriterTo: the bots' interface stays the State's public
	// calls, and no caller has to know this package.
	if st, ok := legal.(*rules.State); ok {
		fast.EachLegal(st, team, focus, visit)
		return
	}
	for _, o := range legal.Legal(team, nil) {
		visit(o)
	}
}

package session

import (
	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/score"
)

// Game is everything the desktop game's scenes (handoff, briefing, team
// board, results, facilitator, end) use of a game in play. The hot-seat
// Session implements it; a seat joined over the network can implement it
// too and plug into the same scenes. It is grouped by who calls it.
//
// Implementations are used from the frame loop only (one goroutine).
type Game interface {
	Steps
	Board
	Facilitation

	// Scenario returns the scenario being played.
	Scenario() *scenario.Scenario
	// Round returns the current round (1-based); Rounds the number of rounds.
	Round() int
	Rounds() int
	// Seat returns a team's seat kind: Human or a bot personality ("" for
	// no such team). Humans lists the teams people play at this screen.
	Seat(team string) string
	Humans() []string
	// LastRound returns the events of the last resolved round; History
	// every resolved round this screen knows; Events the whole log this
	// screen may show (the end scene's timeline).
	LastRound() []rules.Event
	History() []Round
	Events() []rules.Event
	// IsOver reports whether the game has ended; Result the final scores
	// (ok false before the end).
	IsOver() bool
	Result() (score.Result, bool)
	// Hash is the engine state's hash (the same game at the same point has
	// the same hash), shown to the facilitator.
	Hash() string
}

// Steps is whose turn it is at this screen.
type Steps interface {
	// Current returns the step the screen is at; Upcoming the steps after it
	// this round.
	Current() Step
	Upcoming() []Step
	// Advance confirms a handoff or briefing step and moves on.
	Advance() error
}

// Board is what a team's board uses: its view, the engine's legality
// answers for its queue, and handing in its orders. It is compose.Oracle
// plus the rest of a team's turn.
type Board interface {
	// View returns what a team may see now (an error when it may not).
	View(team string) (rules.View, error)
	// Legal lists the legal orders given the queue; Validate checks one more
	// order against the queue (the error is the engine's reason); APLeft is
	// the AP left after the queue; Cost the AP cost of an order kind;
	// InformalCost the trust a request outside liaison channels costs.
	Legal(team string, queued []rules.Order) []rules.Order
	Validate(queued []rules.Order, o rules.Order) error
	APLeft(team string, queued []rules.Order) int
	Cost(k rules.OrderKind) int
	InformalCost() int
	// Submit hands in (confirms) the team's orders and ends its turn.
	Submit(team string, orders []rules.Order) error
	// Paused reports whether the facilitator paused the exercise (orders
	// are refused meanwhile).
	Paused() bool
}

// Facilitation is the facilitator seat's view and controls.
type Facilitation interface {
	// FacilitatorOn reports whether a facilitator seat takes part.
	FacilitatorOn() bool
	// Facilitator returns the instructor's view of everything.
	Facilitator() rules.FacilitatorView
	// SetPaused pauses or resumes the exercise.
	SetPaused(p bool)
	// FireInject queues a scenario inject for this round's resolution;
	// AddNote a note for the timeline; PendingActions lists what is queued.
	FireInject(id string) error
	AddNote(text string) error
	PendingActions() []rules.FacilitatorAction
	// Resolve ends the facilitator's step and resolves the round.
	Resolve() error
}

// Keeper is a game this screen can save and export: the hot-seat session
// is one; a joined seat is not (its host keeps the game).
type Keeper interface {
	// Record returns the game so far as a replay record (file and data:
	// the scenario's name and bytes).
	Record(file string, data []byte) *replay.Record
	// Snapshot returns the game as a save at the current step.
	Snapshot(file string, data []byte, src save.Source) (*save.Save, error)
	// AtRoundStart reports whether no step of the round has been taken yet.
	AtRoundStart() bool
}

// The hot-seat session is a Game this screen keeps.
var (
	_ Game   = (*Session)(nil)
	_ Keeper = (*Session)(nil)
)

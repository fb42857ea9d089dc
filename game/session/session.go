// Package session is the hot-seat stepping of the desktop game: whose turn
// it is at the shared screen, the handoff order between the teams sitting at
// it, the facilitator's step, and the history of resolved rounds for the
// results scene. The game itself runs on a game/room Room: the room holds
// the engine state, the seats (the people at this screen and the bots),
// collects their orders and resolves each round, exactly as it does for a
// networked host. Nothing here shows one team another team's View.
//
// It never imports Ebiten and is tested without a display.
package session

import (
	"context"
	"errors"
	"fmt"

	"liaison/game/bot"
	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
)

// Human is the seat kind of a person at this screen; any other seat kind
// is a bot personality.
const Human = room.Human

// FacilitatorSeat is the pseudo team id of the facilitator's steps.
const FacilitatorSeat = "facilitator"

// Phase is what the shared screen is for at a step.
type Phase uint8

// Phases of a step.
const (
	// Handoff hides everything until Team's player confirms they hold the screen.
	Handoff Phase = iota
	// Briefing shows Team its opening situation (round 1 only).
	Briefing
	// Orders is Team at its board giving orders.
	Orders
	// Facilitate is the facilitator's view before the round resolves.
	Facilitate
	// Over is the end of the game.
	Over
)

// String names the phase.
func (p Phase) String() string {
	return [...]string{"handoff", "briefing", "orders", "facilitate", "over"}[p]
}

// Step is one screen in the round's sequence.
type Step struct {
	Phase Phase
	Team  string // team id, FacilitatorSeat, or "" when over
}

// Options configure a new session.
type Options struct {
	Scenario    *scenario.Scenario // defaults applied
	Seed        uint64             // 0: the scenario's seed
	Seats       map[string]string  // team id → Human or a bot personality; missing: the scenario's default
	Facilitator bool               // an instructor runs the facilitator view each round
	// NewBot builds a bot; nil uses bot.New. Each team's bot is seeded with
	// bot.BotSeed(seed, team), as the headless tools seed theirs, so a game
	// plays on identically whichever of them continues it.
	NewBot func(personality string, seed uint64) (bot.Player, error)
}

// Session is one game at one screen: the hot-seat steps over a room.
type Session struct {
	rm     *room.Room
	sc     *scenario.Scenario
	facil  bool
	steps  []Step
	last   []rules.Event // events of the last resolved round
	rounds []Round       // summary of each resolved round
	done   int           // steps taken this round
}

// Round records one resolved round.
type Round struct {
	Number int
	Turn   rules.Turn
	Events []rules.Event
}

// ErrPaused is returned while the facilitator has paused the exercise (the
// room's error, so errors.Is works with either).
var ErrPaused = room.ErrPaused

// New starts a game: builds the room with its seats and bots, and the first
// round's steps.
func New(o Options) (*Session, error) {
	if o.Scenario == nil {
		return nil, errors.New("session: no scenario")
	}
	rm, err := room.New(room.Config{Scenario: o.Scenario, Seed: o.Seed, Seats: o.Seats, Facilitator: o.Facilitator, NewBot: o.NewBot})
	if err != nil {
		return nil, err
	}
	s := &Session{rm: rm, sc: o.Scenario, facil: o.Facilitator}
	s.beginRound()
	s.maybeResolve()
	return s, nil
}

// Room returns the room the session plays on (its seats, resolution and
// saves), for callers that need more than the hot-seat steps.
func (s *Session) Room() *room.Room { return s.rm }

// Scenario returns the scenario being played.
func (s *Session) Scenario() *scenario.Scenario { return s.sc }

// Seat returns the seat kind of a team: Human or a bot personality ("" for
// no such team).
func (s *Session) Seat(team string) string { return s.rm.Kind(team) }

// Humans lists the human teams in file order.
func (s *Session) Humans() []string { return s.rm.Humans() }

// FacilitatorOn reports whether the facilitator view is part of each round.
func (s *Session) FacilitatorOn() bool { return s.facil }

// Round returns the current round (1-based).
func (s *Session) Round() int { return s.rm.Round() }

// Rounds returns the number of rounds.
func (s *Session) Rounds() int { return s.sc.Rounds }

// Current returns the step the screen is at.
func (s *Session) Current() Step {
	if len(s.steps) == 0 {
		return Step{Phase: Over}
	}
	return s.steps[0]
}

// Upcoming returns the steps after the current one this round.
func (s *Session) Upcoming() []Step {
	if len(s.steps) <= 1 {
		return nil
	}
	return s.steps[1:]
}

// View returns what a human team may see; it refuses bot teams, and any
// team before its own turn, so the screen never shows a team another's view.
func (s *Session) View(team string) (rules.View, error) {
	if s.Seat(team) != Human {
		return rules.View{}, fmt.Errorf("%s is not a human seat", team)
	}
	// Hot-seat secrecy: a team's cards are shown only at its own briefing
	// or orders step (after its handoff), or once the game is over.
	cur := s.Current()
	if cur.Phase != Over && (cur.Team != team || (cur.Phase != Briefing && cur.Phase != Orders)) {
		return rules.View{}, fmt.Errorf("%s's view is hidden until its turn (now: %s of %s)", team, cur.Phase, cur.Team)
	}
	return s.rm.View(team)
}

// Legal lists the legal orders for the current human team given its queue.
func (s *Session) Legal(team string, queued []rules.Order) []rules.Order {
	return s.rm.Legality().Legal(team, queued)
}

// Validate checks one more order against the team's queue; the error's
// message is the engine's reason.
func (s *Session) Validate(queued []rules.Order, o rules.Order) error {
	return s.rm.Legality().Validate(queued, o)
}

// APLeft returns the team's AP left after its queue.
func (s *Session) APLeft(team string, queued []rules.Order) int {
	return s.rm.Legality().APLeft(team, queued)
}

// InformalCost is the trust a request to a formal team costs when it does
// not come through a liaison officer (the scenario's trust move).
func (s *Session) InformalCost() int { return s.sc.Rules.TrustMoves.Informal }

// Cost returns the AP cost of an order kind in this scenario.
func (s *Session) Cost(k rules.OrderKind) int { return s.sc.Costs.Cost(string(k)) }

// Paused reports whether the facilitator paused the exercise.
func (s *Session) Paused() bool { return s.rm.Paused() }

// SetPaused pauses or resumes the exercise (facilitator only).
func (s *Session) SetPaused(p bool) { s.rm.SetPaused(p) }

// Advance confirms a handoff or briefing step and moves to the next step.
func (s *Session) Advance() error {
	cur := s.Current()
	switch cur.Phase {
	case Handoff, Briefing:
		if s.Paused() && cur.Phase == Handoff {
			return ErrPaused
		}
		s.pop()
		return nil
	}
	return fmt.Errorf("cannot advance past %s with Advance", cur.Phase)
}

// Submit hands in the current human team's orders and ends its turn. Every
// order is checked in sequence; the first illegal one is refused with its
// reason and nothing is kept.
func (s *Session) Submit(team string, orders []rules.Order) error {
	cur := s.Current()
	if cur.Phase != Orders || cur.Team != team {
		return fmt.Errorf("it is not %s's turn to give orders", team)
	}
	if s.Paused() {
		return ErrPaused
	}
	// The room checks the orders in sequence (room.Room.Confirm); its
	// refusal is told in the hot-seat screen's words.
	if err := s.rm.Confirm(team, orders); err != nil {
		var oe *room.OrderError
		if !errors.As(err, &oe) {
			return err
		}
		o := orders[oe.Index]
		if o.Team != team {
			return fmt.Errorf("order %d is for %s, not %s", oe.Index+1, o.Team, team)
		}
		return fmt.Errorf("order %d (%s): %w", oe.Index+1, o.Kind, oe.Err)
	}
	s.pop()
	s.maybeResolve()
	return nil
}

// Facilitator returns the instructor's view of everything; only the
// facilitator scene calls it.
func (s *Session) Facilitator() rules.FacilitatorView { return s.rm.Facilitator() }

// FireInject queues a scenario inject to fire at the start of this round's resolution.
func (s *Session) FireInject(id string) error { return s.rm.FireInject(id) }

// AddNote queues a facilitator note for the timeline (at most room.MaxNote bytes).
func (s *Session) AddNote(text string) error { return s.rm.AddNote(text) }

// PendingActions lists the facilitator's actions queued for this round.
func (s *Session) PendingActions() []rules.FacilitatorAction { return s.rm.PendingActions() }

// Resolve ends the facilitator's step and resolves the round.
func (s *Session) Resolve() error {
	if cur := s.Current(); cur.Phase != Facilitate {
		return fmt.Errorf("cannot resolve during %s", cur.Phase)
	}
	if s.Paused() {
		return ErrPaused
	}
	s.pop()
	s.maybeResolve()
	return nil
}

// pop ends the current step.
func (s *Session) pop() {
	s.steps = s.steps[1:]
	s.done++
}

// LastRound returns the events of the last resolved round.
func (s *Session) LastRound() []rules.Event { return s.last }

// History returns every resolved round.
func (s *Session) History() []Round { return s.rounds }

// Events returns the whole event log.
func (s *Session) Events() []rules.Event { return s.rm.Legality().Events() }

// IsOver reports whether the game has ended.
func (s *Session) IsOver() bool { return s.rm.Over() }

// Result returns the final scores (ok false before the end).
func (s *Session) Result() (score.Result, bool) { return s.rm.Result() }

// beginRound lays out the round's steps: a handoff (when the screen is
// shared), the briefing in round 1 and the orders of each person's team, in
// file order, then the facilitator's step. Bots need no step: the room asks
// them as the round resolves.
func (s *Session) beginRound() {
	s.steps = s.steps[:0]
	s.done = 0
	if s.rm.Over() {
		return
	}
	humans := s.Humans()
	hide := len(humans) > 1 || s.facil
	for _, h := range humans {
		if hide {
			s.steps = append(s.steps, Step{Handoff, h})
		}
		if s.rm.Round() == 1 {
			s.steps = append(s.steps, Step{Briefing, h})
		}
		s.steps = append(s.steps, Step{Orders, h})
	}
	if s.facil {
		s.steps = append(s.steps, Step{Handoff, FacilitatorSeat}, Step{Facilitate, FacilitatorSeat})
	}
}

// maybeResolve has the room resolve the round once every step is done, and
// keeps resolving bot-only rounds until a person is needed or the game ends.
func (s *Session) maybeResolve() {
	for len(s.steps) == 0 && !s.rm.Over() {
		round := s.rm.Round()
		// Every person at this screen has confirmed by now and bots never
		// wait, so nothing here blocks; the room refuses only while paused,
		// which Submit and Resolve have already checked.
		evs, err := s.rm.Resolve(context.Background(), false)
		if err != nil {
			return
		}
		turns := s.rm.Turns()
		s.last = evs
		s.rounds = append(s.rounds, Round{Number: round, Turn: turns[len(turns)-1], Events: evs})
		s.beginRound()
	}
	if s.rm.Over() {
		s.steps = s.steps[:0]
	}
}

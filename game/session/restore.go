package session

import (
	"errors"
	"fmt"
	"slices"

	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
)

// Restore rebuilds the session a save was made from: it checks the save
// against the scenario's bytes (save.Resume: the scenario must be the very
// file the game was played with, and the recorded turns must lead to the
// recorded state), replays every resolved round without asking any bot,
// restores the facilitator flag, and steps the current round on to the
// saved step with the orders teams had already confirmed. The session's
// state hash is then the saved game's, and it plays on exactly as the saved
// game would have.
//
// The scenario, seed, seats and facilitator flag come from the save; of o
// only NewBot and Facilitator (which can switch the facilitator view on,
// never off) are used. Errors wrap the save package's classes
// (save.ErrScenarioChanged, save.ErrCorrupt, …) and say what is wrong.
func Restore(o Options, sv *save.Save, data []byte) (*Session, error) {
	if sv == nil || sv.Record == nil {
		return nil, fmt.Errorf("restore game: %w: no game record", save.ErrCorrupt)
	}
	rec := sv.Record
	if _, err := save.Resume(sv, data); err != nil {
		return nil, fmt.Errorf("restore game: %w", err)
	}
	sc, diags := scenario.Parse(rec.ScenarioFile, data)
	if sc == nil {
		return nil, fmt.Errorf("restore game of %s: the scenario does not load: %w", rec.Scenario, diags.Errors())
	}
	// The recorded rounds are replayed here for their events (the results
	// scene's history); the room then plays on from the state replayed
	// here (save.Resume has checked the save; it is not replayed again).
	st := rules.New(sc, rec.Seed)
	var rounds []Round
	var last []rules.Event
	for _, turn := range rec.Turns {
		round := st.Round()
		next, evs := rules.Resolve(st, turn)
		st, last = next, evs
		rounds = append(rounds, Round{Number: round, Turn: turn, Events: evs})
	}
	if st.Hash() != rec.FinalHash {
		return nil, fmt.Errorf("restore game of %s: %w: the replayed state differs from the recorded one", rec.Scenario, save.ErrDiverged)
	}
	// The room starts at the round's beginning; the orders already
	// confirmed are handed in again as the steps are taken (stepTo).
	atStart := *sv
	atStart.UI.Confirmed = nil
	rm, err := room.Resumed(&atStart, sc, data, st, o.NewBot)
	if err != nil {
		return nil, fmt.Errorf("restore game of %s: %w", rec.Scenario, err)
	}
	// The facilitator view is on if it was when saved, or if asked for now
	// (liaison --facilitator): it adds steps, never changes the game.
	s := &Session{rm: rm, sc: rm.Scenario(), facil: sv.UI.Facilitator || o.Facilitator, rounds: rounds, last: last}
	s.beginRound()
	if err := s.stepTo(sv.UI); err != nil {
		return nil, fmt.Errorf("restore game of %s, round %d: %w", rec.Scenario, s.Round(), err)
	}
	s.maybeResolve()
	return s, nil
}

// errNoStep explains a saved step the round does not have.
var errNoStep = errors.New("the saved step is not part of this round")

// stepTo takes the steps of the freshly laid out round up to the saved one,
// handing in each human team's confirmed orders on the way. Every team that
// confirmed must have had its turn before the saved step, and every team
// whose turn came before it must have confirmed.
func (s *Session) stepTo(ui save.UI) error {
	if s.rm.Over() || ui.Phase == save.PhaseRound || ui.Phase == save.PhaseOver {
		return nil
	}
	target, ok := targetStep(ui)
	if !ok {
		return fmt.Errorf("%w: unknown step %q", save.ErrCorrupt, ui.Phase)
	}
	if !slices.Contains(s.steps, target) {
		return fmt.Errorf("%w: %w (%s)", save.ErrCorrupt, errNoStep, describe(target))
	}
	for team := range ui.Confirmed {
		if s.Seat(team) != Human {
			return fmt.Errorf("%w: it holds confirmed orders for %s, which a bot plays", save.ErrCorrupt, team)
		}
	}
	for len(s.steps) > 0 && s.steps[0] != target {
		cur := s.steps[0]
		if cur.Phase == Orders {
			os, ok := ui.Confirmed[cur.Team]
			if !ok {
				return fmt.Errorf("%w: it is at %s but %s's orders, due before, are missing", save.ErrCorrupt, describe(target), cur.Team)
			}
			if err := s.rm.Confirm(cur.Team, os); err != nil {
				return fmt.Errorf("%w: %s's confirmed orders: %w", save.ErrCorrupt, cur.Team, err)
			}
		}
		s.pop()
	}
	for team := range ui.Confirmed {
		if !s.rm.Confirmed(team) {
			return fmt.Errorf("%w: %s confirmed orders though its turn comes after %s", save.ErrCorrupt, team, describe(target))
		}
	}
	return nil
}

// targetStep is the session step a save's UI state resumes at: the saved
// step itself, except that the facilitator's step resumes behind its handoff
// so that the facilitator's view is never shown to whoever opens the save.
func targetStep(ui save.UI) (Step, bool) {
	switch ui.Phase {
	case save.PhaseHandoff:
		return Step{Handoff, ui.Team}, true
	case save.PhaseBriefing:
		return Step{Briefing, ui.Team}, true
	case save.PhaseOrders:
		return Step{Orders, ui.Team}, true
	case save.PhaseFacilitate:
		return Step{Handoff, FacilitatorSeat}, true
	}
	return Step{}, false
}

// describe names a step in an error message.
func describe(st Step) string {
	if st.Team == FacilitatorSeat {
		return "the facilitator's step"
	}
	return fmt.Sprintf("the %s step of %s", st.Phase, st.Team)
}

package session

import (
	"fmt"

	"liaison/game/rules"
	"liaison/game/save"
)

// Hash returns the engine state's hash: two sessions with the same hash
// are at the same point of the same game.
func (s *Session) Hash() string { return s.rm.Hash() }

// AtRoundStart reports whether no step of the current round has been taken
// yet (nothing handed off, briefed or confirmed).
func (s *Session) AtRoundStart() bool { return s.done == 0 }

// Snapshot returns the game as a save: the record of every resolved round
// (see Record; file and data are the scenario's name and bytes) and the
// step the screen is at, with the orders teams already confirmed this
// round. src says where the scenario came from, so the save reopens it.
// Orders a team queued but did not confirm are not the session's to save.
func (s *Session) Snapshot(file string, data []byte, src save.Source) (*save.Save, error) {
	ui := s.saveUI()
	ui.Source = src
	sv, err := save.New(s.Record(file, data), s.rm.Legality(), ui)
	if err != nil {
		return nil, fmt.Errorf("snapshot of %s, round %d: %w", s.sc.ID, s.Round(), err)
	}
	return sv, nil
}

// saveUI maps the current step to the save's UI state (without the source).
func (s *Session) saveUI() save.UI {
	ui := save.UI{Facilitator: s.facil}
	cur := s.Current()
	switch {
	case s.rm.Over():
		ui.Phase = save.PhaseOver
		return ui
	case s.done == 0:
		ui.Phase = save.PhaseRound
		return ui
	}
	switch cur.Phase {
	case Handoff:
		ui.Phase, ui.Team = save.PhaseHandoff, cur.Team
		if cur.Team == FacilitatorSeat {
			// The facilitator is not a seated team: a save at its handoff
			// is at the facilitator's step, which resumes behind that handoff.
			ui.Phase, ui.Team = save.PhaseFacilitate, ""
		}
	case Briefing:
		ui.Phase, ui.Team = save.PhaseBriefing, cur.Team
	case Orders:
		ui.Phase, ui.Team = save.PhaseOrders, cur.Team
	case Facilitate:
		ui.Phase = save.PhaseFacilitate
	}
	ui.Confirmed = map[string][]rules.Order{}
	for _, team := range s.Humans() {
		if s.rm.Confirmed(team) {
			ui.Confirmed[team] = s.rm.Queued(team)
		}
	}
	if len(ui.Confirmed) == 0 {
		ui.Confirmed = nil
	}
	return ui
}

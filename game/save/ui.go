package save

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"liaison/game/replay"
	"liaison/game/rules"
)

// Phase is the step the shared screen was at when the game was saved.
type Phase string

// Phases a save may be at; they mirror the desktop session's steps.
const (
	// PhaseRound is the start of a round, before its first step (autosave
	// after a resolved round; every all-bot round).
	PhaseRound Phase = "round"
	// PhaseHandoff is the handoff screen before Team's turn.
	PhaseHandoff Phase = "handoff"
	// PhaseBriefing is Team's opening briefing.
	PhaseBriefing Phase = "briefing"
	// PhaseOrders is Team at its board (its queued orders are not saved).
	PhaseOrders Phase = "orders"
	// PhaseFacilitate is the facilitator's view before the round resolves.
	PhaseFacilitate Phase = "facilitate"
	// PhaseOver is the end of the game.
	PhaseOver Phase = "over"
)

// Source says where the scenario of a save came from: exactly one of
// Embedded (a file name in the scenarios package, e.g. "harbour-watch.yaml")
// or Path (a file on disk, as opened). ReadScenario reads it back.
type Source struct {
	Embedded string `json:"embedded,omitempty"`
	Path     string `json:"path,omitempty"`
}

// UI is the screen state a resumed game needs besides the record.
type UI struct {
	Source      Source `json:"source"`
	Facilitator bool   `json:"facilitator,omitempty"` // an instructor runs the facilitator view each round
	Phase       Phase  `json:"phase"`
	Team        string `json:"team,omitempty"` // whose handoff, briefing or orders step; "" otherwise
	// Confirmed holds the orders teams handed in during the current,
	// unresolved round (team id → orders, in queue order). Orders queued
	// at a board but not confirmed are never saved.
	Confirmed map[string][]rules.Order `json:"confirmed,omitempty"`
}

// check verifies the UI state against the record's seats and the limits.
func (u *UI) check(rec *replay.Record) error {
	if err := u.Source.check(); err != nil {
		return err
	}
	seated := func(team string) bool {
		return slices.ContainsFunc(rec.Seats, func(s replay.Seat) bool { return s.Team == team })
	}
	switch u.Phase {
	case PhaseHandoff, PhaseBriefing, PhaseOrders:
		if !seated(u.Team) {
			return fmt.Errorf("the %s step is for team %q, which has no seat in the game", u.Phase, clip(u.Team))
		}
	case PhaseRound, PhaseFacilitate, PhaseOver:
		if u.Team != "" {
			return fmt.Errorf("the %s step names team %q; it belongs to no team", u.Phase, clip(u.Team))
		}
	default:
		return fmt.Errorf("unknown step %q (expected round, handoff, briefing, orders, facilitate or over)", clip(string(u.Phase)))
	}
	if len(u.Confirmed) > 0 && (u.Phase == PhaseRound || u.Phase == PhaseOver) {
		return fmt.Errorf("orders are confirmed at the %s step, where none can be", u.Phase)
	}
	if len(u.Confirmed) > replay.MaxTeams {
		return fmt.Errorf("confirmed orders for %d teams; the limit is %d", len(u.Confirmed), replay.MaxTeams)
	}
	for team, os := range u.Confirmed {
		if !seated(team) {
			return fmt.Errorf("confirmed orders for team %q, which has no seat in the game", clip(team))
		}
		if len(os) > replay.MaxOrdersPerTeam {
			return fmt.Errorf("team %s confirmed %d orders; the limit is %d", team, len(os), replay.MaxOrdersPerTeam)
		}
		for i, o := range os {
			if o.Team != team {
				return fmt.Errorf("confirmed order %d of team %s is for team %q", i+1, team, clip(o.Team))
			}
			if err := checkOrder(o); err != nil {
				return fmt.Errorf("confirmed order %d of team %s: %w", i+1, team, err)
			}
		}
	}
	return nil
}

func (s Source) check() error {
	switch {
	case s.Embedded != "" && s.Path != "":
		return fmt.Errorf("the scenario source names both an embedded scenario and a path")
	case len(s.Path) > MaxPathBytes:
		return fmt.Errorf("the scenario path is %d bytes; the limit is %d", len(s.Path), MaxPathBytes)
	case s.Embedded != "" && (len(s.Embedded) > MaxIDBytes || strings.ContainsAny(s.Embedded, `/\`) || !strings.HasSuffix(s.Embedded, ".yaml")):
		return fmt.Errorf("the embedded scenario name %q is not a scenario file name", clip(s.Embedded))
	case strings.ContainsRune(s.Path, 0) || !utf8.ValidString(s.Path):
		return fmt.Errorf("the scenario path is not valid text")
	}
	return nil
}

// clip shortens hostile text quoted in an error message.
func clip(s string) string {
	const n = 64
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

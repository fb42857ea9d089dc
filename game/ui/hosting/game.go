package hosting

import (
	"errors"

	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
	"liaison/game/session"
)

// errNoTeam refuses the team parts of session.Game: the host's screen is
// the facilitator seat and never shows or plays a team's board.
var errNoTeam = errors.New("the host's screen is the facilitator seat: teams play on their own machines")

// Game is the hosted room as the desktop game's scenes see it
// (session.Game): always at the facilitator's step until the game ends.
// Its facilitator view is the latest the room sent; its controls are sent
// to the room. Team boards, saves and the AAR are the room's business.
type Game struct {
	h       *Host
	lastErr error
}

// Game returns the host's game for the facilitator scenes.
func (h *Host) Game() *Game { return &Game{h: h} }

var _ session.Game = (*Game)(nil)

// Changes counts the frames the room sent: a scene refreshes when it moves.
func (g *Game) Changes() uint64 { return g.h.State().Version }

// Err returns the last control's refusal (nil after a success).
func (g *Game) Err() error { return g.lastErr }

func (g *Game) status() Status { return g.h.State() }

// Current is the facilitator's step, or Over at the end.
func (g *Game) Current() session.Step {
	if g.IsOver() {
		return session.Step{Phase: session.Over}
	}
	return session.Step{Phase: session.Facilitate, Team: session.FacilitatorSeat}
}

// Upcoming is empty: the host's screen has one step.
func (g *Game) Upcoming() []session.Step { return nil }

// Advance refuses: there is no handoff on the host's screen.
func (g *Game) Advance() error { return errors.New("nothing to advance on the host's screen") }

// View refuses: teams see their views on their own machines.
func (g *Game) View(string) (rules.View, error) { return rules.View{}, errNoTeam }

// Legal is empty: the host's screen gives no orders.
func (g *Game) Legal(string, []rules.Order) []rules.Order { return nil }

// Validate refuses every order.
func (g *Game) Validate([]rules.Order, rules.Order) error { return errNoTeam }

// APLeft is 0.
func (g *Game) APLeft(string, []rules.Order) int { return 0 }

// Cost is the scenario's AP cost of an order kind.
func (g *Game) Cost(k rules.OrderKind) int { return g.h.cfg.Scenario.Costs.Cost(string(k)) }

// InformalCost is the scenario's informal trust move.
func (g *Game) InformalCost() int { return g.h.cfg.Scenario.Rules.TrustMoves.Informal }

// Submit refuses.
func (g *Game) Submit(string, []rules.Order) error { return errNoTeam }

// Paused reports whether the exercise is paused.
func (g *Game) Paused() bool { return g.status().Frame.Paused }

// FacilitatorOn is true: the host's screen is the facilitator seat.
func (g *Game) FacilitatorOn() bool { return true }

// Facilitator returns the latest facilitator view the room sent.
func (g *Game) Facilitator() rules.FacilitatorView {
	st := g.status()
	if st.View != nil {
		return *st.View
	}
	sc := g.h.cfg.Scenario
	return rules.FacilitatorView{Scenario: sc.ID, Title: sc.Title, Round: max(1, st.Frame.Round), Rounds: sc.Rounds}
}

// SetPaused pauses or resumes the exercise; a refusal is kept in Err.
func (g *Game) SetPaused(p bool) { g.lastErr = g.h.SetPaused(p) }

// FireInject queues an inject.
func (g *Game) FireInject(id string) error { g.lastErr = g.h.FireInject(id); return g.lastErr }

// AddNote queues a note.
func (g *Game) AddNote(text string) error { g.lastErr = g.h.AddNote(text); return g.lastErr }

// PendingActions lists the injects and notes queued this round.
func (g *Game) PendingActions() []rules.FacilitatorAction { return g.status().Frame.Pending }

// Resolve resolves the round now.
func (g *Game) Resolve() error { g.lastErr = g.h.Resolve(); return g.lastErr }

// Scenario returns the hosted scenario.
func (g *Game) Scenario() *scenario.Scenario { return g.h.cfg.Scenario }

// Round returns the room's round.
func (g *Game) Round() int { return max(1, g.status().Frame.Round) }

// Rounds returns the number of rounds.
func (g *Game) Rounds() int { return g.h.cfg.Scenario.Rounds }

// Seat returns a team's seat kind as the room reports it.
func (g *Game) Seat(team string) string {
	for _, t := range g.status().Frame.Teams {
		if t.Team == team {
			return t.Seat
		}
	}
	if g.h.cfg.Scenario.TeamIndex(team) >= 0 {
		return room.Human
	}
	return ""
}

// Humans is empty: no team plays at the host's screen.
func (g *Game) Humans() []string { return nil }

// LastRound returns the last round's events from the latest view.
func (g *Game) LastRound() []rules.Event {
	if v := g.status().View; v != nil {
		return v.Log
	}
	return nil
}

// History is empty: the host's screen shows no team's round results.
func (g *Game) History() []session.Round { return nil }

// Events returns the last round's events (the facilitator frames carry no more).
func (g *Game) Events() []rules.Event { return g.LastRound() }

// IsOver reports whether the game has ended.
func (g *Game) IsOver() bool { return g.status().Frame.Over }

// Result is not kept on the host's screen (the room's save holds the game).
func (g *Game) Result() (score.Result, bool) { return score.Result{}, false }

// Hash returns the engine state's hash the room last sent.
func (g *Game) Hash() string { return g.status().Hash }

package netplay

import (
	"encoding/json"
	"slices"

	"liaison/game/narrative"
	"liaison/game/rules"
)

// teamRound is what a round's engine state gives one team, built once
// per round: rules.State never changes within a round (Resolve returns a
// new one), so neither do the team's View, the ids it may name, the
// View's JSON or the narrative of the round before. Every confirm, queue
// and check used to rebuild the View (for the id check) and every
// snapshot to encode it again.
type teamRound struct {
	known   ids
	json    json.RawMessage // the View, encoded
	results json.RawMessage // the round before told to the team (narrative), encoded; nil in round 1
}

// teamCache holds the teamRounds of one engine state, and its
// facilitator view once built.
type teamCache struct {
	st    *rules.State
	teams map[string]*teamRound
	// fac is the facilitator view of st, nil until a facilitator's frame
	// needs it. It holds every team's View (rules.State.Facilitator calls
	// View for each), so the teams' rounds take theirs from it instead of
	// building them a second time.
	fac *rules.FacilitatorView
}

// current returns the cache of the room's current state.
func (a *actor) current() *teamCache {
	if st := a.rm.Legality(); a.cache.st != st {
		a.cache = teamCache{st: st, teams: map[string]*teamRound{}}
	}
	return &a.cache
}

// facilitatorView returns the facilitator view of the room's current
// state, built once.
func (a *actor) facilitatorView() *rules.FacilitatorView {
	tc := a.current()
	if tc.fac == nil {
		fv := a.rm.Facilitator()
		tc.fac = &fv
	}
	return tc.fac
}

// view returns team's View of the current state: the facilitator view's
// copy when that is built (the same value: both come from
// rules.State.View), else the room's.
func (a *actor) view(team string) (rules.View, error) {
	if fv := a.current().fac; fv != nil {
		if i := slices.Index(fv.TeamIDs, team); i >= 0 && i < len(fv.Teams) {
			return fv.Teams[i], nil
		}
	}
	return a.rm.View(team)
}

// round returns team's teamRound for the room's current state.
func (a *actor) round(team string) (*teamRound, error) {
	if tr, ok := a.current().teams[team]; ok {
		return tr, nil
	}
	v, err := a.view(team)
	if err != nil {
		return nil, err
	}
	a.scratch = appendView(a.scratch[:0], &v)
	tr := &teamRound{known: knownIDs(v), json: slices.Clone(a.scratch)}
	if n := a.buildResults(team, v); n != nil {
		if tr.results, err = json.Marshal(n); err != nil {
			return nil, err
		}
	}
	a.cache.teams[team] = tr
	return tr, nil
}

// buildResults is the narrative of the last resolved round for a team:
// from the team's View and its own orders only.
func (a *actor) buildResults(team string, v rules.View) *narrative.Narrative {
	turns := a.rm.Turns()
	if len(turns) == 0 {
		return nil
	}
	sc := a.rm.Scenario()
	if a.names == nil {
		a.names = narrative.NewNames(sc) // once per room: the same for every team and round
	}
	n := narrative.Build(narrative.Input{Scenario: sc, Team: team, Round: len(turns), View: v, Orders: turns[len(turns)-1].Orders[team], Names: a.names})
	return &n
}

// snapshotWire is Snapshot as sent: the same fields in the same order,
// with the View, the costs and the results already encoded (see
// appendSnapshot).
type snapshotWire struct {
	Round        int
	Phase        string
	View         json.RawMessage
	Queued       []rules.Order
	Deadline     int64
	Legal        []rules.Order
	APLeft       int
	Costs        json.RawMessage
	InformalCost int
	Results      json.RawMessage
}

// snapshotBody encodes a team's whole situation now: its own View and
// its own queued orders only. The body is in the room's scratch buffer:
// frame it (client.frame, sendRaw) before encoding anything else.
func (a *actor) snapshotBody(team string) ([]byte, error) {
	tr, err := a.round(team)
	if err != nil {
		return nil, err
	}
	sn := snapshotWire{Round: a.rm.Round(), Phase: a.phase(team), View: tr.json, Queued: a.rm.Queued(team),
		Costs: a.costs(), InformalCost: a.rm.Scenario().Rules.TrustMoves.Informal, Results: tr.results}
	if sn.Queued == nil {
		sn.Queued = []rules.Order{}
	}
	sn.APLeft = a.rm.Legality().APLeft(team, sn.Queued)
	if sn.Phase == PhaseOrders {
		sn.Legal = a.legalFor(tr, team, sn.Queued)
	}
	if !a.deadline.IsZero() {
		sn.Deadline = a.deadline.Unix()
	}
	a.scratch = appendSnapshot(a.scratch[:0], &sn)
	return a.scratch, nil
}

package ui

import (
	gamesave "liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/session"
	"liaison/game/ui/catalog"
)

// startGame begins a game of the entry's scenario with the chosen seats and
// returns its first scene.
func (a *App) startGame(e *catalog.Entry, seats map[string]string, facilitator bool) (Scene, error) {
	s, err := session.New(session.Options{Scenario: e.Scenario, Seed: a.opts.Seed, Seats: seats, Facilitator: facilitator})
	if err != nil {
		return nil, err
	}
	a.game = &game{entry: e, sess: s, keep: s, src: sourceOf(e), saved: saveMark{rounds: -1}}
	return a.sceneFor(a.game), nil
}

// game is the game being played and what the scenes share about it. The
// scenes see it only through session.Game, so any game that implements it
// (the hot-seat session, a seat joined over the network) plays on them.
type game struct {
	entry *catalog.Entry
	sess  session.Game
	keep  session.Keeper  // nil when this screen does not keep the game (no saves, no AAR)
	src   gamesave.Source // where the scenario came from, for saves
	saved saveMark        // the point the last autosave was made at
	told  map[string]int  // per team, the last round whose results it has seen (scene_results.go)
}

// sceneFor returns the scene for the session's current step, autosaving
// first when the step is worth keeping (see App.autosave).
func (a *App) sceneFor(g *game) Scene {
	a.autosave(g)
	cur := g.sess.Current()
	switch cur.Phase {
	case session.Handoff:
		return newHandoffScene(g, cur.Team)
	case session.Briefing:
		return newBriefingScene(g, cur.Team)
	case session.Orders:
		if r := resultsDue(g, cur.Team); r != nil {
			return r
		}
		return newBoardScene(g, cur.Team)
	case session.Facilitate:
		return newFacilitatorScene(g, true)
	default:
		if r := resultsDue(g, ""); r != nil {
			return r
		}
		return newEndScene(g)
	}
}

// parseScenario parses scenario source (a seam for the benchmark).
func parseScenario(name string, data []byte) (*scenario.Scenario, scenario.Diagnostics) {
	return scenario.Parse(name, data)
}

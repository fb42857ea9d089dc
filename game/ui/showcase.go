package ui

import (
	"fmt"

	"liaison/game/session"
	"liaison/game/ui/catalog"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/scenarios"
)

// NewSceneApp builds an app showing one scene of an embedded scenario with
// the first team human and the others cooperative bots: "board" (the first
// team's board) or "facilitator". Input comes from src (nil: none). The
// frame benchmark (package framebench) and tests use it; it never saves.
func NewSceneApp(scenarioName, scene string, src input.Source) (*App, error) {
	data, err := scenarios.Read(scenarioName)
	if err != nil {
		return nil, err
	}
	e := catalog.Entry{Name: scenarioName, Embedded: true, Data: data}
	e.Scenario, e.Diags = parseScenario(scenarioName, data)
	if e.Scenario == nil {
		return nil, fmt.Errorf("%s: %v", scenarioName, e.Diags)
	}
	if src == nil {
		src = &input.Script{}
	}
	a, err := New(Options{Input: src, NoSaves: true})
	if err != nil {
		return nil, err
	}
	a.NoExit = true
	seats := map[string]string{}
	for i, t := range e.Scenario.Teams {
		seats[t.ID] = "cooperative"
		if i == 0 {
			seats[t.ID] = session.Human
		}
	}
	if _, err := a.startGame(&e, seats, false); err != nil {
		return nil, err
	}
	for a.game.sess.Current().Phase == session.Briefing || a.game.sess.Current().Phase == session.Handoff {
		if err := a.game.sess.Advance(); err != nil {
			return nil, err
		}
	}
	switch scene {
	case "facilitator":
		a.mgr.cur = newFacilitatorScene(a.game, false)
	default:
		a.mgr.cur = a.sceneFor(a.game)
	}
	return a, nil
}

// BoardRegions returns, when the current scene is a team board, the
// on-screen rectangles of its action list and its inbox (where the frame
// benchmark moves the pointer and scrolls).
func (a *App) BoardRegions() (actions, inbox layout.Rect, ok bool) {
	b, ok := a.mgr.cur.(*boardScene)
	if !ok {
		return layout.Rect{}, layout.Rect{}, false
	}
	b.layout(&a.ctx)
	return b.actionL.Frame, b.inbox.Frame, true
}

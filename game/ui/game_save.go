package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	gamesave "liaison/game/save"
	"liaison/game/session"
	"liaison/game/ui/catalog"
)

// saveMark identifies a point of a game the autosave has seen: the rounds
// resolved and the step.
type saveMark struct {
	rounds int
	step   session.Step
}

// mark returns the game's current saveMark.
func (g *game) mark() saveMark {
	return saveMark{rounds: len(g.sess.History()), step: g.sess.Current()}
}

// sourceOf says where an entry's scenario comes from, for the save: the
// embedded file's name, or the file's absolute path (so the save reopens it
// from any working folder).
func sourceOf(e *catalog.Entry) gamesave.Source {
	if e.Embedded {
		return gamesave.Source{Embedded: e.Name}
	}
	if abs, err := filepath.Abs(e.Name); err == nil {
		return gamesave.Source{Path: abs}
	}
	return gamesave.Source{Path: e.Name}
}

// snapshot returns the game as a save.
func (g *game) snapshot() (*gamesave.Save, error) {
	if g.keep == nil {
		return nil, errNotKept
	}
	return g.keep.Snapshot(g.entry.Name, g.entry.Data, g.src)
}

// errNotKept explains why a game this screen does not keep cannot be saved.
var errNotKept = errors.New("this game is kept by its host, which saves it")

// autosave writes the game to the save folder when it reached a point worth
// keeping that is not saved yet: the start of a round (so after every
// resolved round), a handoff, or the end. It runs at scene transitions,
// never while drawing; a failure shows a notice and the game goes on.
func (a *App) autosave(g *game) {
	m := g.mark()
	if m == g.saved || a.saves.store == nil || g.keep == nil {
		return
	}
	if !g.keep.AtRoundStart() && m.step.Phase != session.Handoff && !g.sess.IsOver() {
		return
	}
	g.saved = m
	sv, err := g.snapshot()
	if err == nil {
		_, err = a.saves.store.Autosave(sv)
	}
	a.saves.wrote()
	if err != nil {
		a.notify("Autosave failed; the game goes on (try Ctrl+S to save by hand):\n"+err.Error(), colWarn)
	}
}

// manualSave writes the game as a named save (Ctrl+S during a game) and
// says where it went.
func (a *App) manualSave() {
	g := a.game
	if g == nil {
		return
	}
	if a.saves.store == nil {
		why := "saving is off"
		if a.saves.err != nil {
			why = a.saves.err.Error()
		}
		a.notify("Cannot save: "+why, colWarn)
		return
	}
	sv, err := g.snapshot()
	if err != nil {
		a.notify("Cannot save: "+err.Error(), colWarn)
		return
	}
	name := fmt.Sprintf("%s, round %d, %s", clipName(g.sess.Scenario().Title, 64), g.sess.Round(), time.Now().Format("2 Jan 15:04:05"))
	path, err := a.saves.store.Save(name, sv)
	a.saves.wrote()
	if err != nil {
		a.notify("Cannot save: "+err.Error(), colWarn)
		return
	}
	msg := "Game saved to:"
	if g.sess.Current().Phase == session.Orders {
		msg = "Game saved (orders not yet confirmed are not in the save) to:"
	}
	a.notify(msg+"\n"+path, colGood)
}

// resume opens the save at path and returns the scene of its step, or a
// scene explaining why it cannot be continued (back returns from it).
func (a *App) resume(path string, back Scene) Scene {
	sv, err := a.saves.load(path)
	if err != nil {
		return newSaveErrorScene(path, err, back)
	}
	data, err := gamesave.ReadScenario(sv.UI.Source)
	if err != nil {
		return newSaveErrorScene(path, err, back)
	}
	sess, err := session.Restore(session.Options{Facilitator: a.opts.Facilitator}, sv, data)
	if err != nil {
		return newSaveErrorScene(path, err, back)
	}
	name := sv.UI.Source.Embedded
	if name == "" {
		name = sv.UI.Source.Path
	}
	e := &catalog.Entry{Name: name, Embedded: sv.UI.Source.Embedded != "", Data: data, Scenario: sess.Scenario()}
	g := &game{entry: e, sess: sess, keep: sess, src: sv.UI.Source}
	g.saved = g.mark() // it is on disk already
	a.game = g
	return a.sceneFor(g)
}

// clipName shortens a title to at most n bytes for a save name.
func clipName(s string, n int) string {
	if len(s) <= n {
		return s
	}
	r := []rune(s)
	for len(string(r)) > n-3 {
		r = r[:len(r)-1]
	}
	return string(r) + "..."
}

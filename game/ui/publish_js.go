package ui

import "syscall/js"

// published is what publish last told the page (one game per page).
var published struct {
	scene string
	round int
}

// publish sets globalThis.liaisonState to {scene, round} when either
// changes: the current scene's name ("title", "board", …) and the round of
// the game in progress (0 on the menu). Browser tests wait on it, and a
// page can show it; it is read-only information, never an input.
func (a *App) publish() {
	name, round := a.mgr.cur.Name(), 0
	if a.game != nil {
		round = a.game.sess.Round()
	}
	if name == published.scene && round == published.round {
		return
	}
	published.scene, published.round = name, round
	js.Global().Set("liaisonState", map[string]any{"scene": name, "round": round})
}

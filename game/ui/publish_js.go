package ui

import "syscall/js"

// published is what publish last told the page (one game per page).
var published struct {
	scene string
	round int
	help  bool
}

// publish sets globalThis.liaisonState to {scene, round, help} when one
// changes: the current scene's name ("title", "board", …), the round of
// the game in progress (0 on the menu) and whether the shortcut help shows. Browser tests wait on it, and a
// page can show it; it is read-only information, never an input.
func (a *App) publish() {
	name, round := a.mgr.cur.Name(), 0
	if a.game != nil {
		round = a.game.sess.Round()
	}
	if name == published.scene && round == published.round && a.help == published.help {
		return
	}
	published.scene, published.round, published.help = name, round, a.help
	js.Global().Set("liaisonState", map[string]any{"scene": name, "round": round, "help": a.help})
}

package ui

import (
	"fmt"
	"syscall/js"
)

// published is what publish last told the page (one game per page).
var published struct {
	scene string
	round int
	help  bool
	extra string // the scene's own state, printed, to see a change
}

// pageStater is a scene with more to tell the page: the join scene and a
// joined seat's board.
type pageStater interface {
	pageState() map[string]any
}

// publish sets globalThis.liaisonState to {scene, round, help} when one
// changes: the current scene's name ("title", "board", …), the round of
// the game in progress (0 on the menu), whether the shortcut help shows,
// and, under the scene's name, what a pageStater scene adds (its values
// must be what js.ValueOf takes: strings, numbers, booleans, []any).
// Browser tests wait on it, and a page can show it; it is read-only
// information, never an input. It runs every tick, in the browser only.
func (a *App) publish() {
	name, round := a.mgr.cur.Name(), 0
	if a.game != nil {
		round = a.game.sess.Round()
	}
	var extra map[string]any
	if p, ok := a.mgr.cur.(pageStater); ok {
		extra = p.pageState()
	}
	printed := fmt.Sprint(extra) // fmt sorts map keys
	if name == published.scene && round == published.round && a.help == published.help && printed == published.extra {
		return
	}
	published.scene, published.round, published.help, published.extra = name, round, a.help, printed
	st := map[string]any{"scene": name, "round": round, "help": a.help}
	if extra != nil {
		st[name] = extra
	}
	js.Global().Set("liaisonState", st)
}

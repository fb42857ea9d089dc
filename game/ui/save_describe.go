package ui

import (
	"errors"
	"fmt"
	"time"

	gamesave "liaison/game/save"
	"liaison/game/ui/catalog"
)

// saveLine is a save folder entry put into words for the menu.
type saveLine struct {
	name   string // "Autosave" or the manual save's name
	game   string // "Tutorial · round 3 of 6", or why it cannot be used
	when   string // "saved 5 min ago"
	usable bool
}

// describeSave puts a save entry into words, naming its scenario by the
// title of the catalog entry of the same id when there is one.
func describeSave(e gamesave.Entry, scenarios []catalog.Entry, now time.Time) saveLine {
	l := saveLine{name: "Autosave", when: "saved " + ago(e.SavedAt, now), usable: e.Err == nil}
	if e.Kind == gamesave.Manual {
		l.name = e.Name
		if l.name == "" {
			l.name = "Saved game"
		}
	}
	if e.Err != nil {
		l.game = "Cannot be used: " + saveReason(e.Err)
		return l
	}
	title, rounds := e.Scenario, 0
	for i := range scenarios {
		if sc := scenarios[i].Scenario; sc != nil && sc.ID == e.Scenario {
			title, rounds = sc.Title, sc.Rounds
			break
		}
	}
	switch {
	case e.Over:
		l.game = fmt.Sprintf("%s · game over after %d rounds", title, e.Rounds)
	case rounds > 0:
		l.game = fmt.Sprintf("%s · round %d of %d", title, e.Rounds+1, rounds)
	default:
		l.game = fmt.Sprintf("%s · round %d", title, e.Rounds+1)
	}
	return l
}

// saveReason is an entry's error without the "load save <path>: " prefix
// the list already shows as the row.
func saveReason(err error) string {
	if le, ok := errors.AsType[*gamesave.LoadError](err); ok {
		return le.Err.Error()
	}
	return err.Error()
}

// ago says how long ago t was, in words a player reads at a glance.
func ago(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case t.IsZero():
		return "at an unknown time"
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d/time.Minute))
	case d < 24*time.Hour && t.Local().Day() == now.Local().Day():
		return "today at " + t.Local().Format("15:04")
	}
	return "on " + t.Local().Format("2 Jan 2006 at 15:04")
}

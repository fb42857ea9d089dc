package ui

import (
	"fmt"

	"liaison/game/report"
)

// exportAAR builds the after-action review of the finished game and hands
// its HTML page and Markdown debrief to the player: files in the app's
// report folder on the desktop (export_desktop.go), downloads in the
// browser (export_js.go). It returns what to tell the player.
func (a *App) exportAAR(g *game) (string, error) {
	rec := g.sess.Record(g.entry.Name, g.entry.Data)
	aar, err := report.Build(g.sess.Scenario(), rec, g.sess.Events())
	if err != nil {
		return "", fmt.Errorf("build the AAR: %w", err)
	}
	return a.deliverAAR(aar)
}

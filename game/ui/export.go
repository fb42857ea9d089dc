package ui

import (
	"fmt"
	"path/filepath"

	"liaison/game/report"
	gamesave "liaison/game/save"
)

// exportAAR builds the after-action review of the finished game and writes
// its HTML page and Markdown debrief into the app's report folder.
func (a *App) exportAAR(g *game) (string, error) {
	rec := g.sess.Record(g.entry.Name, g.entry.Data)
	aar, err := report.Build(g.sess.Scenario(), rec, g.sess.Events())
	if err != nil {
		return "", fmt.Errorf("build the AAR: %w", err)
	}
	dir := a.opts.ReportDir
	if dir == "" {
		dir = defaultReportDir()
	}
	html, md, err := report.ExportFiles(aar, dir)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("Saved %s and %s", html, md), nil
}

// defaultReportDir is a "reports" folder beside the autosaves, so the AAR of
// a game sits next to its saves; ./liaison-reports when there is no data folder.
func defaultReportDir() string {
	if d, err := gamesave.Dir(); err == nil {
		return filepath.Join(d, "reports")
	}
	return "liaison-reports"
}

//go:build !js

package ui

import (
	"fmt"
	"path/filepath"

	"liaison/game/report"
	gamesave "liaison/game/save"
)

// deliverAAR writes the AAR's HTML page and Markdown debrief into the
// app's report folder, telling begin as each file is started.
func (a *App) deliverAAR(aar *report.AAR, begin func(what string)) (string, error) {
	dir := a.opts.ReportDir
	if dir == "" {
		dir = defaultReportDir()
	}
	html, md, err := report.ExportFilesProgress(aar, dir, func(what string) { begin("writing " + what) })
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

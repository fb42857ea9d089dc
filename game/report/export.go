package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"liaison/game/internal/atomicfile"
)

// BaseName is the file name stem of a game's AAR exports, e.g.
// "harbour-watch-seed7-aar".
func BaseName(a *AAR) string {
	return fmt.Sprintf("%s-seed%d-aar", a.Scenario.ID, a.Game.Seed)
}

// ExportFiles writes the AAR's HTML page and Markdown debrief into dir
// (created if missing) as BaseName(aar)+".html" and ".md", each written
// atomically, and returns their paths. It is the one call the desktop end
// screen needs for "Export AAR".
func ExportFiles(aar *AAR, dir string) (htmlPath, mdPath string, err error) {
	return ExportFilesProgress(aar, dir, nil)
}

// ExportFilesProgress is ExportFiles telling step, when not nil, what it
// is about to write ("the HTML page", then "the Markdown debrief"), so a
// caller running it in the background can show its progress.
func ExportFilesProgress(aar *AAR, dir string, step func(what string)) (htmlPath, mdPath string, err error) {
	if step == nil {
		step = func(string) {}
	}
	if aar == nil {
		return "", "", errors.New("export AAR: no AAR")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", "", fmt.Errorf("export AAR: %w", err)
	}
	htmlPath = filepath.Join(dir, BaseName(aar)+".html")
	mdPath = filepath.Join(dir, BaseName(aar)+".md")
	step("the HTML page")
	if err := WriteFileAtomic(htmlPath, func(w io.Writer) error { return WriteHTML(w, aar) }); err != nil {
		return "", "", err
	}
	step("the Markdown debrief")
	if err := WriteFileAtomic(mdPath, func(w io.Writer) error { return WriteMarkdown(w, aar) }); err != nil {
		return "", "", err
	}
	return htmlPath, mdPath, nil
}

// WriteFileAtomic renders into memory and replaces path with the result
// atomically (the writer the saves use), so a reader never sees half a
// file. The file is readable by all (0644): a report is meant to be shared.
func WriteFileAtomic(path string, render func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return err
	}
	return atomicfile.Write(path, buf.Bytes(), 0o644)
}

// Package catalog lists the scenarios the desktop game can open: the files
// embedded in the binary and any file named on the command line, each parsed
// and validated once, with its summary for the menu or its diagnostics.
// It is display-free.
package catalog

import (
	"fmt"
	"path/filepath"
	"strings"

	"liaison/game/internal/safefile"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// Entry is one scenario the menu offers.
type Entry struct {
	Name     string               // file name (embedded) or the path given
	Embedded bool                 // shipped inside the binary
	Default  bool                 // the scenario the menu selects first
	Data     []byte               // source bytes
	Scenario *scenario.Scenario   // nil when the file has errors
	Diags    scenario.Diagnostics // every finding, errors and warnings
	ReadErr  string               // the file could not be read at all
	Pending  bool                 // still being parsed (see Catalog)
}

// OK reports whether the entry can be played.
func (e *Entry) OK() bool { return e.Scenario != nil }

// Bad reports whether the entry is parsed and cannot be played.
func (e *Entry) Bad() bool { return !e.Pending && e.Scenario == nil }

// Title returns the scenario title, or the file name when it has errors.
func (e *Entry) Title() string {
	if e.Scenario != nil && e.Scenario.Title != "" {
		return e.Scenario.Title
	}
	return filepath.Base(e.Name)
}

// Summary returns the one-line description shown under the title in the menu:
// "2 teams · 6 rounds of 6 hours", or the count of errors.
func (e *Entry) Summary() string {
	switch {
	case e.Pending:
		return "reading…"
	case e.ReadErr != "":
		return "cannot be read: " + e.ReadErr
	case e.Scenario == nil:
		n := len(e.Diags.Errors())
		if n == 1 {
			return "1 error: press Enter to see it"
		}
		return fmt.Sprintf("%d errors: press Enter to see them", n)
	}
	s := e.Scenario
	return fmt.Sprintf("%s · %s of %s · %s", plural(len(s.Teams), "team"), plural(s.Rounds, "round"), s.RoundLabel, plural(len(s.Threats), "threat"))
}

// Embedded parses every embedded scenario, the default first.
func Embedded() []Entry {
	names := scenarios.Names()
	out := make([]Entry, 0, len(names))
	for _, n := range names {
		out = append(out, parseEmbedded(n))
	}
	return out
}

// File reads and validates a scenario file from disk. It never fails: an
// unreadable or invalid file yields an entry carrying the reason.
func File(path string) Entry {
	e := Entry{Name: path}
	// The bounded reader refuses folders, devices, FIFOs and files over
	// the limit before reading them (a path on the command line may be
	// anything).
	data, err := safefile.Read(path, int64(scenario.DefaultLimits.MaxBytes))
	if err != nil {
		e.ReadErr = path + ": " + err.Error()
		return e
	}
	e.Data = data
	e.Scenario, e.Diags = scenario.Parse(path, data)
	return e
}

// Build returns the menu's entries: the file named on the command line first
// (when given), then the embedded scenarios; and the index to select.
func Build(path string) ([]Entry, int) {
	entries := Embedded()
	if path == "" {
		for i := range entries {
			if entries[i].Default {
				return entries, i
			}
		}
		return entries, 0
	}
	return append([]Entry{File(path)}, entries...), 0
}

// plural formats "1 team", "2 teams".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Reflow joins the hard-wrapped lines of a YAML block into paragraphs:
// single newlines become spaces, blank lines separate paragraphs.
func Reflow(s string) string {
	paras := strings.Split(strings.TrimSpace(s), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}

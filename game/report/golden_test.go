package report

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// goldenStart is the fixed base time of the golden xAPI statements.
var goldenStart = time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./game/report -run Golden -update")
	if bytes.Equal(want, got) {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Fatalf("%s differs from the golden file at line %d (if the change is intended, review it and run with -update):\nwant: %s\ngot:  %s", path, i+1, w, g)
		}
	}
}

func render(t *testing.T, write func(io.Writer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, write(&buf))
	return buf.Bytes()
}

// TestGoldenHarbourWatch pins the AAR of one harbour-watch game (seed 7,
// default seats) in every text export.
func TestGoldenHarbourWatch(t *testing.T) {
	aar := harbourAAR(t)
	golden(t, "harbour-watch-seed7.aar.json", render(t, func(w io.Writer) error { return WriteJSON(w, aar) }))
	golden(t, "harbour-watch-seed7.aar.md", render(t, func(w io.Writer) error { return WriteMarkdown(w, aar) }))
	golden(t, "harbour-watch-seed7.events.csv", render(t, func(w io.Writer) error { return WriteCSV(w, aar) }))
	stmts, err := Statements(aar, XAPIOptions{Start: goldenStart})
	require.NoError(t, err)
	golden(t, "harbour-watch-seed7.xapi.json", render(t, func(w io.Writer) error { return WriteStatements(w, stmts) }))
}

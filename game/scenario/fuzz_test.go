package scenario

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"liaison/scenarios"
)

// maxFuzzInput bounds the inputs FuzzParse checks. Go's fuzzer minimises
// every new interesting input byte by byte, which on a large scenario takes
// the whole fuzzing budget; larger shipped files are therefore seeded as
// their first maxFuzzInput bytes (cut at a line end), and are checked in
// full by TestShippedScenariosParse.
const maxFuzzInput = 4 << 10

// addSeeds seeds a fuzz target with every shipped scenario (a larger one
// as its first limit bytes, cut at a line end) and every test file.
func addSeeds(f *testing.F, limit int) {
	for _, name := range scenarios.Names() {
		data, err := scenarios.Read(name)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) > limit {
			data = data[:bytes.LastIndexByte(data[:limit], '\n')+1]
		}
		f.Add(data)
	}
	for _, dir := range []string{"testdata", filepath.Join("testdata", "bad"), filepath.Join("testdata", "warn")} {
		files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// FuzzParse feeds Parse arbitrary bytes, seeded with every shipped scenario
// and every test file. Parse must never panic (nor hide a panic as an
// "internal error"), and must return either a scenario with no errors or no
// scenario and at least one error, each located inside the file.
func FuzzParse(f *testing.F) {
	addSeeds(f, maxFuzzInput)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip("input larger than maxFuzzInput")
		}
		s, diags := Parse("fuzz.yaml", data)
		errs := diags.Errors()
		if s == nil && len(errs) == 0 {
			t.Fatalf("no scenario and no error; findings: %v", diags)
		}
		if s != nil && len(errs) > 0 {
			t.Fatalf("a scenario despite errors: %v", errs)
		}
		lines := len(splitLines(string(data)))
		for _, d := range diags {
			if strings.Contains(d.Message, "internal error") {
				t.Fatalf("Parse recovered from a panic: %s", d.Message)
			}
			if d.Message == "" || d.File != "fuzz.yaml" {
				t.Fatalf("malformed finding %#v", d)
			}
			if d.Severity != SevError && d.Severity != SevWarning {
				t.Fatalf("unknown severity in %#v", d)
			}
			if d.Line < 1 || d.Col < 1 || d.Line > lines {
				t.Fatalf("finding outside the file (%d lines): %#v", lines, d)
			}
			_ = d.String()
		}
		if s != nil {
			// A loaded scenario has its defaults applied, and applying them
			// again changes nothing.
			again := clone(t, s)
			ApplyDefaults(again)
			if !equalJSON(t, s, again) {
				t.Fatalf("ApplyDefaults is not idempotent on a parsed scenario")
			}
		}
	})
}

// maxQuickFuzzInput bounds the inputs FuzzQuickAgrees checks: large enough
// for the whole tutorial, whose every part the quick path must read as the
// positioned path does. (Run it with -fuzzminimizetime 5s, as make fuzz
// does: minimising an input this large takes the default minute.)
const maxQuickFuzzInput = 8 << 10

// quickSplices are places in testdata/mini.yaml where FuzzQuickAgrees also
// writes its input, as a value or key of every type a scenario has: the
// whole file rarely stays a valid scenario under the fuzzer's mutations,
// but a file with one odd value often does, and that is where the two YAML
// libraries could read the text differently.
var quickSplices = []struct{ old, before, after string }{
	{"title: Mini\n", "title: ", "\n"},
	{"    text: A ship will land contraband.\n", "    text: ", "\n"},
	{"    text: A storm is coming.\n", "    text: ", "\n    title: Storm\n"},
	{"rounds: 4\n", "rounds: ", "\n"},
	{"rounds: 4\n", "rounds: 4\nseats: {", ": human}\n"},
	{"    mandate: [sea]\n", "    mandate: [sea, ", "]\n"},
	{"  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    leak: ", "\n"},
	{"  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    secure: ", "\n"},
}

// quickValues seed FuzzQuickAgrees with values for quickSplices, among
// them values the two paths once read differently (".0_", "+-1", "-0",
// "\n...").
var quickValues = []string{
	"Mini", "'Mini''s'", "\"a \\\"b\\\" c\"", "alpha", "port", "12", "0.25", "1", "true", "false",
	">-\n      A storm\n      is coming.", "|\n      A storm\n\n      is coming.", "A storm # comment",
	".0_", "+-1", "-0", "\n...",
}

// FuzzQuickAgrees feeds the quick path arbitrary bytes, seeded like
// FuzzParse and with the forms TestQuickAccepts and TestQuickRefuses try,
// both as a whole file and spliced into testdata/mini.yaml at each of
// quickSplices. Whenever quickParse accepts one of these, the positioned
// path must load it with no finding and to the same scenario. The quick
// path is called without its recover, so a panic in it is a failure too.
func FuzzQuickAgrees(f *testing.F) {
	addSeeds(f, maxQuickFuzzInput)
	for _, tc := range quickAccepted {
		f.Add(miniWith(f, tc.old, tc.new))
	}
	for _, tc := range quickRefused {
		f.Add(refusedSource(f, tc.name, tc.old, tc.new))
	}
	for _, v := range quickValues {
		f.Add([]byte(v))
	}
	_, mini := readTestdata(f, "mini.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxQuickFuzzInput {
			t.Skip("input larger than maxQuickFuzzInput")
		}
		quickAgrees(t, "fuzz.yaml", data)
		if len(data) > 512 {
			return
		}
		for _, sp := range quickSplices {
			src := bytes.Replace(mini, []byte(sp.old), []byte(sp.before+string(data)+sp.after), 1)
			quickAgrees(t, "fuzz.yaml", src)
		}
	})
}

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

package scenario

import (
	"os"
	"path/filepath"
	"testing"
)

// benchmarkParse parses a shipped scenario file from disk b.N times. The
// target for the largest shipped file is under 10 ms per parse.
func benchmarkParse(b *testing.B, name string) {
	path := filepath.Join(scenarioDir, name)
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		b.Skipf("%s does not exist yet", path)
	}
	if err != nil {
		b.Fatal(err)
	}
	if s, diags := Parse(path, data); s == nil {
		b.Fatalf("%s does not load:\n%v", path, diags)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(path, data)
	}
}

// BenchmarkLoadNorthernCorridor measures Parse of the largest shipped
// scenario (8 teams, 24 rounds, 150+ items). The file is clean, so Parse
// takes the quick path.
func BenchmarkLoadNorthernCorridor(b *testing.B) { benchmarkParse(b, "northern-corridor.yaml") }

// BenchmarkLoadNorthernCorridorPositioned measures the positioned path
// (goccy/go-yaml, every finding at file:line:col) on the same file: what
// Parse costs on a file the quick path refuses.
func BenchmarkLoadNorthernCorridorPositioned(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(scenarioDir, "northern-corridor.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	if s, diags := parseSlow("northern-corridor.yaml", data, DefaultLimits); s == nil || len(diags) > 0 {
		b.Fatalf("northern-corridor.yaml does not load cleanly:\n%v", diags)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		parseSlow("northern-corridor.yaml", data, DefaultLimits)
	}
}

// BenchmarkLoadHarbourWatch measures Parse of the standard scenario.
func BenchmarkLoadHarbourWatch(b *testing.B) { benchmarkParse(b, "harbour-watch.yaml") }

// BenchmarkLoadTutorial measures Parse of the smallest shipped scenario.
func BenchmarkLoadTutorial(b *testing.B) { benchmarkParse(b, "tutorial.yaml") }

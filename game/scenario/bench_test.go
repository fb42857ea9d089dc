package scenario

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"liaison/game/internal/proccpu"
)

// benchmarkParse parses a shipped scenario file from disk b.N times. The
// target for the largest shipped file is under 150 ms per parse.
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
	start := cpuTime()
	for b.Loop() {
		Parse(path, data)
	}
	b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkLoadNorthernCorridor measures Parse of the largest shipped
// scenario (8 teams, 24 rounds, 150+ items).
func BenchmarkLoadNorthernCorridor(b *testing.B) { benchmarkParse(b, "northern-corridor.yaml") }

// BenchmarkLoadHarbourWatch measures Parse of the standard scenario.
func BenchmarkLoadHarbourWatch(b *testing.B) { benchmarkParse(b, "harbour-watch.yaml") }

// BenchmarkLoadTutorial measures Parse of the smallest shipped scenario.
func BenchmarkLoadTutorial(b *testing.B) { benchmarkParse(b, "tutorial.yaml") }

// cpuTime returns the CPU time the process has used (0 where it is not
// measured), to report beside wall time.
func cpuTime() time.Duration {
	d, _ := proccpu.Used()
	return d
}

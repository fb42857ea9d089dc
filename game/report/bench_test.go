package report

import (
	"io"
	"sync"
	"testing"

	"liaison/game/internal/proccpu"
	"liaison/game/replay"
)

// reportCPU adds the process CPU time per op, which stays meaningful when
// other work shares the machine (ns/op is wall time).
func reportCPU(b *testing.B, start float64) {
	if end, ok := cpuSeconds(); ok && b.N > 0 {
		b.ReportMetric((end-start)*1000/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkNorthernCorridorReport builds the AAR of a whole northern-corridor
// game (8 teams, 24 rounds) from its record: scenario parse, replay, scoring
// and every section. The target is under 200 ms per report.
func BenchmarkNorthernCorridorReport(b *testing.B) {
	rec, data := playRecord(b, "northern-corridor.yaml", 1)
	b.ReportAllocs()
	start, _ := cpuSeconds()
	for b.Loop() {
		if _, err := FromRecord(rec, data); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkNorthernCorridorBuild is the report's own share: the AAR model
// from the scenario, record and event log (no parse, no replay).
func BenchmarkNorthernCorridorBuild(b *testing.B) {
	rec, data := playRecord(b, "northern-corridor.yaml", 1)
	benchBuild(b, rec, data)
}

// BenchmarkNorthernCorridorHTML renders the HTML page (four gonum SVG charts
// and the full timeline) of a northern-corridor AAR.
func BenchmarkNorthernCorridorHTML(b *testing.B) {
	rec, data := playRecord(b, "northern-corridor.yaml", 1)
	aar, err := FromRecord(rec, data)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	start, _ := cpuSeconds()
	for b.Loop() {
		if err := WriteHTML(io.Discard, aar); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

var (
	limitsOnce sync.Once
	limitsRec  *replay.Record
	limitsData []byte
)

// limitsGame plays the generated game at the scenario limits once per test
// binary (about 26 s): 16 teams, 5,000 items, 200 threats, 200 rounds.
func limitsGame(b *testing.B) (*replay.Record, []byte) {
	limitsOnce.Do(func() { limitsRec, limitsData = playLimits(b, atLimits) })
	if limitsRec == nil {
		b.Fatal("the game at the limits did not play")
	}
	return limitsRec, limitsData
}

// BenchmarkLimitsHTML is `report --format html` on the largest legal game
// (every scenario count at its limit, 48,369 events): parse, replay, build
// and render the page. The target is under 5 s.
//
// Measured with taskset -c 1 -cpu 1 on a 2-core machine at load ~20:
// 2.5-2.8 s of CPU per report (7.6-10.5 s wall, waiting for the core).
// Before the event index, the build alone did not finish in 300 s: loss
// causes scanned the whole log per loss.
func BenchmarkLimitsHTML(b *testing.B) {
	rec, data := limitsGame(b)
	b.ReportAllocs()
	start, _ := cpuSeconds()
	for b.Loop() {
		aar, err := FromRecord(rec, data)
		if err != nil {
			b.Fatal(err)
		}
		if err := WriteHTML(io.Discard, aar); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkLimitsBuild is the report's own share of BenchmarkLimitsHTML:
// the AAR model from the scenario, record and event log. Measured as
// above: 730-745 ms of CPU.
func BenchmarkLimitsBuild(b *testing.B) {
	rec, data := limitsGame(b)
	benchBuild(b, rec, data)
}

// benchBuild times Build on the game of rec (replayed once, outside the
// timing).
func benchBuild(b *testing.B, rec *replay.Record, data []byte) {
	st, err := replay.Replay(rec, data)
	if err != nil {
		b.Fatal(err)
	}
	events := st.Events()
	b.ReportAllocs()
	start, _ := cpuSeconds()
	for b.Loop() {
		if _, err := Build(st.Scenario(), rec, events); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
	b.ReportMetric(float64(len(events)), "events")
}

// cpuSeconds returns the process's user and system CPU time so far.
func cpuSeconds() (float64, bool) {
	d, ok := proccpu.Used()
	return d.Seconds(), ok
}

package report

import (
	"io"
	"testing"

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

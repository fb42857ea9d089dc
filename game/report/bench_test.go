package report

import (
	"io"
	"testing"
)

// BenchmarkNorthernCorridorReport builds the AAR of a whole northern-corridor
// game (8 teams, 24 rounds) from its record: replay, scoring and every
// section. The target is under 200 ms per report.
func BenchmarkNorthernCorridorReport(b *testing.B) {
	rec, data := playRecord(b, "northern-corridor.yaml", 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromRecord(rec, data); err != nil {
			b.Fatal(err)
		}
	}
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
	for b.Loop() {
		if err := WriteHTML(io.Discard, aar); err != nil {
			b.Fatal(err)
		}
	}
}

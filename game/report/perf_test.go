package report

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestNorthernCorridorReportUnder200ms holds the report to its budget: a
// northern-corridor AAR built from its record (parse, replay, scoring, every
// section) in under 200 ms of CPU, best of three (CPU time, not wall time,
// so a busy machine does not fail it).
func TestNorthernCorridorReportUnder200ms(t *testing.T) {
	if testing.Short() {
		t.Skip("performance budget")
	}
	if _, ok := cpuSeconds(); !ok {
		t.Skip("no CPU clock on this platform")
	}
	rec, data := playRecord(t, "northern-corridor.yaml", 1)
	best := 1e9
	for range 3 {
		start, _ := cpuSeconds()
		_, err := FromRecord(rec, data)
		end, _ := cpuSeconds()
		require.NoError(t, err)
		best = min(best, (end-start)*1000)
	}
	t.Logf("northern-corridor report: %.1f ms CPU (best of 3)", best)
	require.Less(t, best, 200.0, "northern-corridor report CPU ms")
}

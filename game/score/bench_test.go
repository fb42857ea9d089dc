package score

import (
	"testing"

	"liaison/game/rules"
)

// BenchmarkCompute scores one finished all-bot game of harbour-watch and one
// of northern-corridor, as sim.Play does at the end of every game.
func BenchmarkCompute(b *testing.B) {
	for _, name := range []string{"harbour-watch", "northern-corridor"} {
		setup := rules.Prepare(shipped(b, name+".yaml"))
		evs := botGame(b, setup, 1, []string{"cooperative"})
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Compute(setup.Scenario(), evs)
			}
			b.ReportMetric(float64(len(evs)), "events")
		})
	}
}

// BenchmarkReferenceCompute is BenchmarkCompute for the reference
// implementation, to compare the two under the same load.
func BenchmarkReferenceCompute(b *testing.B) {
	for _, name := range []string{"harbour-watch", "northern-corridor"} {
		setup := rules.Prepare(shipped(b, name+".yaml"))
		evs := botGame(b, setup, 1, []string{"cooperative"})
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				refCompute(setup.Scenario(), evs)
			}
		})
	}
}

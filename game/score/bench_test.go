package score

import (
	"testing"

	"liaison/game/internal/enginefast"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/scenario"
)

// BenchmarkCompute scores one finished all-bot game of harbour-watch and one
// of northern-corridor, as sim.Play does at the end of every game.
func BenchmarkCompute(b *testing.B) { benchScoring(b, Compute) }

// BenchmarkTotals is BenchmarkCompute for Totals, the scores without the
// explanations.
func BenchmarkTotals(b *testing.B) { benchScoring(b, Totals) }

func benchScoring(b *testing.B, scoring func(*scenario.Scenario, []rules.Event) Result) {
	for _, name := range []string{"harbour-watch", "northern-corridor"} {
		setup := enginefast.Prepare(shippedtest.Scenario(b, name+".yaml"))
		evs := botGame(b, setup, 1, []string{"cooperative"})
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				scoring(setup.Scenario(), evs)
			}
			b.ReportMetric(float64(len(evs)), "events")
		})
	}
}

// BenchmarkReferenceCompute is BenchmarkCompute for the reference
// implementation, to compare the two under the same load.
func BenchmarkReferenceCompute(b *testing.B) {
	for _, name := range []string{"harbour-watch", "northern-corridor"} {
		setup := enginefast.Prepare(shippedtest.Scenario(b, name+".yaml"))
		evs := botGame(b, setup, 1, []string{"cooperative"})
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				refCompute(setup.Scenario(), evs)
			}
		})
	}
}

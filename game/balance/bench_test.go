package balance_test

import (
	"testing"

	"liaison/game/balance"
)

// BenchmarkObserve reads one finished cooperative game of harbour-watch,
// as sim --balance does after every game, and folds it into a tally.
func BenchmarkObserve(b *testing.B) {
	src := shipped(b, "harbour-watch.yaml")
	evs := games(b, src, 1, "cooperative")[0]
	tl := balance.NewTally(src.Scenario)
	o := balance.NewTally(src.Scenario).Observer()
	b.ReportAllocs()
	for b.Loop() {
		tl.Add(o.Observe(evs))
	}
	b.ReportMetric(float64(len(evs)), "events")
}

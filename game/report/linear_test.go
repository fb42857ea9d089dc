package report

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/replay"
)

// workPerEventOrLoss bounds the events report building may read per event
// and per loss: a dozen passes over the log (holdings, timeline, the
// strengths) plus the few events about each loss's subject.
const workPerEventOrLoss = 16

// countLosses counts the losses on every card.
func countLosses(a *AAR) int {
	n := 0
	for _, c := range append([]Card{a.Scores.Coalition}, a.Scores.Teams...) {
		for _, d := range c.Dims {
			n += len(d.Losses)
		}
	}
	return n
}

// TestReportWorkIsLinearInEventsAndLosses holds report building to
// O(events + losses) by counting the events it reads, not by timing it:
// a scan of the log per loss (as loss causes once did) reads events ×
// losses and breaks the bound on all but the smallest games.
func TestReportWorkIsLinearInEventsAndLosses(t *testing.T) {
	cases := []struct {
		name string
		play func(testing.TB) (*replay.Record, []byte)
	}{
		{"harbour-watch", func(tb testing.TB) (*replay.Record, []byte) { return playRecord(tb, "harbour-watch.yaml", goldenSeed) }},
		{"northern-corridor", func(tb testing.TB) (*replay.Record, []byte) {
			return playRecord(tb, "northern-corridor.yaml", 1)
		}},
		{"generated-small", func(tb testing.TB) (*replay.Record, []byte) { return playLimits(tb, limitsShape{4, 200, 20, 30, 10}) }},
		{"generated-medium", func(tb testing.TB) (*replay.Record, []byte) { return playLimits(tb, limitsShape{8, 1000, 50, 60, 40}) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec, data := c.play(t)
			st, err := replay.Replay(rec, data)
			require.NoError(t, err)
			events := len(st.Events())
			aar, visited, err := build(st.Scenario(), rec, st.Events())
			require.NoError(t, err)
			losses := countLosses(aar)
			bound := workPerEventOrLoss * (events + losses)
			t.Logf("%d events, %d losses: %d events read (%.1f per event or loss; a scan per loss would read %d)",
				events, losses, visited, float64(visited)/float64(events+losses), events*losses)
			require.Positive(t, visited, "the count must see the passes")
			require.LessOrEqual(t, visited, bound, "report building reads more than %d events per event or loss", workPerEventOrLoss)
			if c.name == "generated-medium" {
				require.Greater(t, events*losses, bound, "the game must be large enough that a scan per loss fails the bound")
			}
		})
	}
}

package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/rules"
	"liaison/game/sim"
	"liaison/scenarios"
)

// responseCounts counts, in one game's log, the requests that reached their
// target while it still had a round to answer them (not in the last round
// played), those it answered or declined (at any time), and those that
// expired.
func responseCounts(evs []rules.Event) (arrived, responded, expired int) {
	last := 0
	for _, e := range evs {
		last = max(last, e.Round)
	}
	counted := map[string]bool{}
	for _, e := range evs {
		if e.Kind == rules.EvReceive && strings.HasPrefix(e.Ref, "req-") && e.Round < last {
			counted[e.Ref] = true
			arrived++
		}
	}
	got := map[string]bool{}
	for _, e := range evs {
		switch {
		case e.Kind == rules.EvRespond && counted[e.Ref] && !got[e.Ref]:
			got[e.Ref] = true
			responded++
		case e.Kind == rules.EvExpire && counted[e.Ref]:
			expired++
		}
	}
	return arrived, responded, expired
}

// responseRates plays games harbour-watch games with the seat mix and
// returns the share of arrived requests answered or declined, and expired.
func responseRates(t testing.TB, name string, games int, mix map[string]string) (responded, expired float64) {
	data, err := scenarios.Read(name)
	require.NoError(t, err)
	sc := load(t, name)
	src := sim.Source{Scenario: sc, Data: data, File: name}.Prepared()
	seats, err := sim.Seats(sc, mix)
	require.NoError(t, err)
	var a, r, x int
	for seed := uint64(1); seed <= uint64(games); seed++ {
		g, err := sim.Play(src, seed, seats)
		require.NoError(t, err)
		ga, gr, gx := responseCounts(g.Final.Events())
		a, r, x = a+ga, r+gr, x+gx
	}
	require.Positive(t, a, "no request arrived in %d games", games)
	return float64(r) / float64(a), float64(x) / float64(a)
}

// TestCooperativeBotsAnswerRequests: in all-cooperative harbour-watch games
// at least 90% of the requests that arrive get an answer or a decline, and
// at most 10% expire (100 games; docs/rules.md has the 1,000-game figures).
func TestCooperativeBotsAnswerRequests(t *testing.T) {
	if testing.Short() {
		t.Skip("100 games")
	}
	responded, expired := responseRates(t, "harbour-watch.yaml", 100, map[string]string{"all": "cooperative"})
	t.Logf("responded %.1f%%, expired %.1f%%", 100*responded, 100*expired)
	assert.GreaterOrEqual(t, responded, 0.90)
	assert.LessOrEqual(t, expired, 0.10)
}

var _ = context.Background

package bot_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
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
	sc := shippedtest.Scenario(t, name)
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

// TestMeasureFigures prints, for each shipped scenario and seat mix, the
// outcome rate and the request response and expiry rates over
// LIAISON_BOT_GAMES games (the figures in docs/rules.md, with 1000); it is
// skipped unless that variable is set.
//
//	LIAISON_BOT_GAMES=1000 taskset -c 1 go test -run MeasureFigures -v ./game/bot
func TestMeasureFigures(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("LIAISON_BOT_GAMES"))
	if n <= 0 {
		t.Skip("set LIAISON_BOT_GAMES to measure")
	}
	mixes := []map[string]string{{}, {"all": "cooperative"}, {"all": "legalistic"}, {"all": "hoarder"}, {"all": "reckless"}}
	srcs := []sim.Source{}
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		data, err := scenarios.Read(name)
		require.NoError(t, err)
		srcs = append(srcs, sim.Source{Scenario: shippedtest.Scenario(t, name), Data: data, File: name})
	}
	srcs = append(srcs, testdataSource(t, "shelter-clearance.yaml"))
	for _, src := range srcs {
		src = src.Prepared()
		for _, mix := range mixes {
			seats, err := sim.Seats(src.Scenario, mix)
			require.NoError(t, err)
			var a, r, x, disrupted int
			for seed := uint64(1); seed <= uint64(n); seed++ {
				g, err := sim.Play(src, seed, seats)
				require.NoError(t, err)
				evs := g.Final.Events()
				ga, gr, gx := responseCounts(evs)
				a, r, x = a+ga, r+gr, x+gx
				for _, e := range evs {
					if e.Kind == rules.EvDisrupted {
						disrupted++
					}
				}
			}
			name := mix["all"]
			if name == "" {
				name = "shipped seats"
			}
			t.Logf("| %s | %s | %.1f%% | %.1f%% | %.1f%% | %d |", src.Scenario.ID, name,
				100*float64(disrupted)/float64(n*len(src.Scenario.Threats)),
				100*float64(r)/float64(max(a, 1)), 100*float64(x)/float64(max(a, 1)), a)
		}
	}
}

package score

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/enginefast"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
)

// seatMixes are the bot line-ups the equivalence test plays: each
// personality alone, and mixed tables.
var seatMixes = [][]string{
	{"cooperative"}, {"legalistic"}, {"hoarder"}, {"reckless"},
	bot.Personalities, {"reckless", "hoarder"}, {"hoarder", "cooperative", "reckless"},
}

// TestComputeMatchesReference scores many seeded bot games of every shipped
// scenario and requires Compute to give exactly what the reference
// implementation gives, without touching the event log.
func TestComputeMatchesReference(t *testing.T) {
	seeds := 12
	if testing.Short() {
		seeds = 3
	}
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		setup := enginefast.Prepare(shippedtest.Scenario(t, name))
		sc := setup.Scenario()
		for m, mix := range seatMixes {
			for seed := range uint64(seeds) {
				evs := botGame(t, setup, seed*7919+uint64(m), mix)
				before := cloneEvents(evs)
				got := Compute(sc, evs)
				require.Equal(t, before, evs, "Compute changed the event log")
				want := refCompute(sc, evs)
				require.Equal(t, want, got, "%s, seats %v, seed %d", name, mix, seed)
				// Every prefix of the log is a game cut short.
				if seed == 0 {
					for _, n := range []int{0, 1, len(evs) / 3, len(evs) / 2} {
						require.Equal(t, refCompute(sc, evs[:n]), Compute(sc, evs[:n]),
							fmt.Sprintf("%s, seats %v, first %d events", name, mix, n))
					}
				}
			}
		}
	}
}

func cloneEvents(evs []rules.Event) []rules.Event {
	out := slices.Clone(evs)
	for i := range out {
		out[i].To = slices.Clone(out[i].To)
	}
	return out
}

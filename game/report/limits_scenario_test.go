package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/scenario"
	"liaison/game/sim"
)

// limitsShape sizes a generated scenario. The benchmark uses the scenario
// limits themselves (scenario.DefaultLimits); unit tests use small shapes.
type limitsShape struct {
	teams, items, threats, rounds, injects int
}

// atLimits is the largest legal game: every count at its scenario limit.
var atLimits = limitsShape{
	teams:   scenario.DefaultLimits.MaxTeams,
	items:   scenario.DefaultLimits.MaxItems,
	threats: scenario.DefaultLimits.MaxThreats,
	rounds:  scenario.DefaultLimits.MaxRounds,
	injects: 200,
}

// limitsTopics is how many topics the teams' mandates cover; each item has
// one, so it is needed by the teams whose mandate names it.
const limitsTopics = 8

// limitsScenario writes a valid scenario of a given shape, as an author at
// the limits would: every team on a coalition platform and a ring of links,
// threats with two facets spread over the rounds, items revealing them,
// held by their originators and needed by the teams whose mandate covers
// their topic, and injects with checked expected outcomes. It is generated,
// not stored: at the limits it is about 2 MB.
func limitsScenario(s limitsShape) []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	team := func(i int) string { return fmt.Sprintf("t%02d", i%s.teams) }
	threat := func(i int) string { return fmt.Sprintf("th%03d", i%s.threats) }
	caps := []string{"watch", "arrest", "finance", "border"}
	w("id: limits\ntitle: A game at the scenario limits\nrounds: %d\nseed: 11\n", s.rounds)
	w("briefing: Every count at its limit, to hold the tools to their budgets.\n")
	w("teams:\n")
	for i := 0; i < s.teams; i++ {
		w("  - id: %s\n    name: Agency %02d\n    country: Land %02d\n    ap: 4\n", team(i), i, i)
		w("    capabilities: [%s, %s]\n", caps[i%len(caps)], caps[(i+1)%len(caps)])
		w("    mandate: [topic-%d, topic-%d]\n", i%limitsTopics, (i+3)%limitsTopics)
	}
	w("channels:\n  - id: platform\n    name: Coalition platform\n    kind: database\n    between: [")
	for i := 0; i < s.teams; i++ {
		if i > 0 {
			w(", ")
		}
		w("%s", team(i))
	}
	w("]\n    latency: 1\n    capacity: 100\n    secure: true\n")
	for i := 0; i < s.teams; i++ {
		w("  - id: link-%02d\n    between: [%s, %s]\n    latency: 0\n    capacity: 3\n", i, team(i), team(i+1))
	}
	w("items:\n")
	for i := 0; i < s.items; i++ {
		th := threat(i)
		aspect := []string{"who", "where"}[(i/s.threats)%2]
		w("  - id: it%04d\n    title: Report %d on %s\n    origin: %s\n", i, i, th, team(i))
		w("    class: %s\n", []string{"RESTRICTED", "CONFIDENTIAL", "SECRET"}[i%3])
		w("    caveats: {tlp: %s}\n", []string{"GREEN", "AMBER", "CLEAR"}[i%3])
		w("    admiralty: %s\n", []string{"B2", "C3", "A1"}[i%3])
		w("    facets: [\"%s:%s\"]\n    topics: [topic-%d]\n    held_by: [%s]\n", th, aspect, i%limitsTopics, team(i))
		if (i/s.threats)%5 == 4 { // a red herring every fifth round of reports
			w("    truth: false\n")
		}
	}
	w("threats:\n")
	for i := 0; i < s.threats; i++ {
		th := threat(i)
		deadline := 5 + i*(s.rounds-5)/max(1, s.threats)
		w("  - id: %s\n    name: Plot %03d\n    facets: [\"%s:who\", \"%s:where\"]\n    deadline: %d\n", th, i, th, th, deadline)
		w("    disrupt: {capabilities: [%s, %s], min_teams: 2}\n", caps[i%len(caps)], caps[(i+2)%len(caps)])
	}
	if s.injects > 0 {
		w("injects:\n")
	}
	for i := 0; i < s.injects; i++ {
		at := 1 + i*(s.rounds-1)/s.injects
		w("  - at: %d\n    title: Inject %d\n    text: Share report %d with %s.\n", at, i, i, team(i+1))
		w("    expect:\n      text: %s holds report %d.\n      check: {item_with: {item: it%04d, team: %s}}\n      within: 3\n",
			team(i+1), i, i%s.items, team(i+1))
	}
	return []byte(b.String())
}

// playLimits plays an all-bot game of a generated scenario and returns its
// record, the scenario bytes and the replayed state's event count.
func playLimits(tb testing.TB, s limitsShape) (*replay.Record, []byte) {
	tb.Helper()
	data := limitsScenario(s)
	sc, diags := scenario.Parse("limits.yaml", data)
	require.NotNil(tb, sc, "generated scenario: %v", diags)
	seats, err := sim.Seats(sc, nil)
	require.NoError(tb, err)
	g, err := sim.Play(sim.Source{Scenario: sc, Data: data, File: "limits.yaml"}, 1, seats)
	require.NoError(tb, err)
	return g.Record, data
}

func TestLimitsScenarioIsValidAtTheLimits(t *testing.T) {
	data := limitsScenario(atLimits)
	sc, diags := scenario.Parse("limits.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	require.Len(t, sc.Teams, scenario.DefaultLimits.MaxTeams)
	require.Len(t, sc.Items, scenario.DefaultLimits.MaxItems)
	require.Len(t, sc.Threats, scenario.DefaultLimits.MaxThreats)
	require.Equal(t, scenario.DefaultLimits.MaxRounds, sc.Rounds)
	require.Less(t, len(data), scenario.DefaultLimits.MaxBytes)
}

package score

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// TestComputeMatchesReferenceOnRandomLogs scores random scenarios and
// event logs, with what bots never produce (ids of no team or item, requests
// answered twice or never made, operations without a proposal, odd item
// ids, more teams than a lookup.Index scans), against the reference.
func TestComputeMatchesReferenceOnRandomLogs(t *testing.T) {
	runs := 3000
	if testing.Short() {
		runs = 300
	}
	for seed := range uint64(runs) {
		r := rand.New(rand.NewPCG(seed, 42))
		sc := randomScenario(r)
		evs := randomLog(r, sc)
		before := cloneEvents(evs)
		got := Compute(sc, evs)
		require.Equal(t, before, evs, "Compute changed the event log")
		require.Equal(t, refCompute(sc, evs), got, "seed %d", seed)
	}
}

func randomScenario(r *rand.Rand) *scenario.Scenario {
	sc := &scenario.Scenario{ID: "rnd", Title: "Random", Rounds: 8, Trust: map[string]map[string]int{}}
	teams := r.IntN(22)
	if r.IntN(20) == 0 {
		teams = 0
	}
	for i := range teams {
		id := fmt.Sprintf("t%d", i)
		sc.Teams = append(sc.Teams, scenario.Team{ID: id, Name: fmt.Sprintf("Team %d", i)})
		sc.Trust[id] = map[string]int{}
		for j := range teams {
			if r.IntN(3) > 0 {
				sc.Trust[id][fmt.Sprintf("t%d", j)] = r.IntN(101)
			}
		}
	}
	for i := range r.IntN(12) {
		it := scenario.Item{ID: randomItemRoot(r, i)}
		for range r.IntN(3) {
			it.HeldBy = append(it.HeldBy, randomTeam(r, sc))
		}
		for range r.IntN(4) {
			it.Need = append(it.Need, scenario.Need{Team: randomTeam(r, sc), By: 1 + r.IntN(9)})
		}
		sc.Items = append(sc.Items, it)
	}
	for i := range r.IntN(4) {
		sc.Threats = append(sc.Threats, scenario.Threat{ID: fmt.Sprintf("th%d", i), Name: fmt.Sprintf("Plot %d", i), LeadRounds: r.IntN(4)})
	}
	for _, w := range []**float64{&sc.Scoring.Weights.Reach, &sc.Scoring.Weights.Trust, &sc.Scoring.Weights.Discipline} {
		if r.IntN(3) == 0 {
			v := float64(r.IntN(3))
			*w = &v
		}
	}
	scenario.ApplyDefaults(sc)
	if r.IntN(4) == 0 {
		sc.Rules.DefaultTrust = r.IntN(3) * 30
	}
	return sc
}

// randomItemRoot returns the id of item i, now and then one strconv.Quote
// escapes.
func randomItemRoot(r *rand.Rand, i int) string {
	switch r.IntN(8) {
	case 0:
		return fmt.Sprintf("we\"ird-%d", i)
	case 1:
		return fmt.Sprintf("café-%d", i)
	}
	return fmt.Sprintf("i%d", i)
}

// randomTeam returns a team id, now and then one of no team, or none.
func randomTeam(r *rand.Rand, sc *scenario.Scenario) string {
	if len(sc.Teams) == 0 || r.IntN(12) == 0 {
		return []string{"", "nobody"}[r.IntN(2)]
	}
	return sc.Teams[r.IntN(len(sc.Teams))].ID
}

func randomItem(r *rand.Rand, sc *scenario.Scenario) string {
	if len(sc.Items) == 0 || r.IntN(10) == 0 {
		return []string{"", "stray", "stray~s1"}[r.IntN(3)]
	}
	id := sc.Items[r.IntN(len(sc.Items))].ID
	if r.IntN(4) == 0 {
		id += "~s" + fmt.Sprint(r.IntN(2))
	}
	return id
}

var randomKinds = []rules.EventKind{
	rules.EvSend, rules.EvDeliver, rules.EvDrop, rules.EvBreach, rules.EvTrust, rules.EvRequest, rules.EvRespond,
	rules.EvTranslate, rules.EvPropose, rules.EvCommit, rules.EvOperation, rules.EvDisrupted, rules.EvStruck,
	rules.EvIdle, rules.EvNote, rules.EvEnd, rules.EvDelay, rules.EvReceive,
}

func randomLog(r *rand.Rand, sc *scenario.Scenario) []rules.Event {
	evs := make([]rules.Event, r.IntN(120))
	round := 0
	for i := range evs {
		if r.IntN(6) == 0 {
			round++
		}
		e := rules.Event{Seq: i, Round: round, Kind: randomKinds[r.IntN(len(randomKinds))],
			Team: randomTeam(r, sc), From: randomTeam(r, sc), Item: randomItem(r, sc),
			Ref: fmt.Sprintf("r%d", r.IntN(4)), Channel: "c", Rule: []string{"tlp", "breach", ""}[r.IntN(3)],
			Delta: r.IntN(31) - 20, Value: r.IntN(14) - 3, Truth: r.IntN(2) == 0, Readable: r.IntN(3) > 0,
			Text: []string{"", "why", "a \"quoted\" reason"}[r.IntN(3)]}
		for range r.IntN(4) {
			e.To = append(e.To, randomTeam(r, sc))
		}
		if r.IntN(3) == 0 {
			e.Root = randomItem(r, sc)
		}
		if len(sc.Threats) > 0 && r.IntN(8) > 0 {
			e.Threat = sc.Threats[r.IntN(len(sc.Threats))].ID
		} else {
			e.Threat = "th-none"
		}
		evs[i] = e
	}
	return evs
}

// TestTotalsMatchesComputeOnRandomLogs holds Totals to Compute, on the
// same random logs, for everything but the explanations.
func TestTotalsMatchesComputeOnRandomLogs(t *testing.T) {
	runs := 3000
	if testing.Short() {
		runs = 300
	}
	lost := 0
	for seed := range uint64(runs) {
		r := rand.New(rand.NewPCG(seed, 42))
		sc := randomScenario(r)
		evs := randomLog(r, sc)
		full := Compute(sc, evs)
		lost += len(full.Coalition.Losses)
		require.Equal(t, full.Scores(), Totals(sc, evs).Scores(), "seed %d", seed)
		for _, c := range Totals(sc, evs).Teams {
			require.Nil(t, c.Losses, "seed %d", seed)
		}
	}
	require.Greater(t, lost, runs, "the logs lose points, so the losses Totals drops exist")
}

package balance_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"liaison/game/balance"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/sim"
)

func shipped(t testing.TB, name string) sim.Source {
	t.Helper()
	sc, data := shippedtest.Load(t, name)
	return sim.Source{Scenario: sc, Data: data, File: name}.Prepared()
}

// games plays n all-bot games of src from seed 1 and returns their events.
func games(t testing.TB, src sim.Source, n int, personality string) [][]rules.Event {
	t.Helper()
	seats, err := sim.Seats(src.Scenario, map[string]string{"all": personality})
	require.NoError(t, err)
	var out [][]rules.Event
	for i := range n {
		g, err := sim.Play(src, uint64(1+i), seats)
		require.NoError(t, err)
		out = append(out, g.Final.Events())
	}
	return out
}

func TestObserveCountsAThreatsFate(t *testing.T) {
	src := shipped(t, "tutorial.yaml")
	tl := balance.NewTally(src.Scenario)
	// A hand-made game: a leak pulls the deadline in, one operation fails
	// for two reasons, the next succeeds two rounds early.
	evs := []rules.Event{
		{Round: 2, Kind: rules.EvLeak, Threat: "lantern"},
		{Round: 2, Kind: rules.EvDeadline, Threat: "lantern", Delta: -1, Value: 5, Text: "lantern deadline now round 5"},
		{Round: 3, Kind: rules.EvInject, Ref: "inject-x"},
		{Round: 3, Kind: rules.EvDeadline, Threat: "lantern", Delta: 2, Value: 7, Text: "an inject moves it"},
		{Round: 3, Kind: rules.EvFuse, Team: "valmora-cio", Threat: "lantern", Truth: true},
		{Round: 3, Kind: rules.EvOperation, Threat: "lantern", Text: "op-lantern-1 fails: estrel-fpl did not commit this round; estrel-fpl has not assessed lantern"},
		{Round: 3, Kind: rules.EvOperation, Threat: "lantern", Text: "op-lantern-2 fails: estrel-fpl did not commit this round"},
		{Round: 4, Kind: rules.EvOperation, Threat: "lantern", Truth: true},
		{Round: 4, Kind: rules.EvDisrupted, Threat: "lantern", Value: 2},
		{Round: 5, Kind: rules.EvExpectation, Ref: "inject-1", Truth: true},
	}
	tl.Add(tl.Observe(evs))
	tl.Add(tl.Observe([]rules.Event{{Round: 6, Kind: rules.EvStruck, Threat: "lantern"}}))
	th := tl.Threats[0]
	assert.Equal(t, 2, tl.Games)
	assert.Equal(t, 1, th.Disrupted)
	assert.Equal(t, 1, th.Struck)
	assert.Equal(t, 2, th.LeadSum)
	assert.Equal(t, 2, th.Failed)
	assert.Equal(t, map[string]int{"estrel-fpl did not commit this round": 1, "estrel-fpl has not assessed lantern": 1}, th.FailReasons,
		"a reason counts once per game")
	assert.Equal(t, map[string]int{balance.StageNotAssessed: 1}, th.NeverFormed)
	assert.Equal(t, 1, th.Leaks)
	assert.Equal(t, -1, th.ShiftSum)
	assert.Equal(t, 1, tl.Outcomes[0].Met)
}

func TestNeedsAndTheirBlockingRule(t *testing.T) {
	src := shipped(t, "tutorial.yaml")
	tl := balance.NewTally(src.Scenario)
	var crew *balance.NeedTally
	for i := range tl.Needs {
		if tl.Needs[i].Item == "crew-list" {
			crew = &tl.Needs[i]
		}
	}
	require.NotNil(t, crew)
	assert.Equal(t, "estrel-fpl", crew.Team)
	assert.Contains(t, crew.Rules, balance.RuleFormat, "Estrel cannot read Valmora's format")

	by := crew.By
	cases := []struct {
		name string
		evs  []rules.Event
		want [3]int // in time, late, unreadable
	}{
		{"read in time", []rules.Event{{Round: by, Kind: rules.EvDeliver, Team: "estrel-fpl", From: "valmora-cio", Item: "crew-list", Readable: true}}, [3]int{1, 0, 0}},
		{"translated late", []rules.Event{{Round: by, Kind: rules.EvDeliver, Team: "estrel-fpl", Item: "crew-list"},
			{Round: by + 1, Kind: rules.EvTranslate, Team: "estrel-fpl", Item: "crew-list~t1", Root: "crew-list"}}, [3]int{0, 1, 0}},
		{"unreadable only", []rules.Event{{Round: by, Kind: rules.EvDeliver, Team: "estrel-fpl", From: "valmora-cio", Item: "crew-list"}}, [3]int{0, 0, 1}},
		{"never sent", []rules.Event{{Round: by, Kind: rules.EvEnd}}, [3]int{0, 0, 0}},
		{"game ended before it fell due", []rules.Event{{Round: by - 1, Kind: rules.EvEnd}}, [3]int{0, 0, 0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tl := balance.NewTally(src.Scenario)
			tl.Add(tl.Observe(tc.evs))
			for _, n := range tl.Needs {
				if n.Item == "crew-list" {
					assert.Equal(t, tc.want, [3]int{n.InTime, n.Late, n.Unreadable})
					assert.Equal(t, tc.name != "game ended before it fell due", n.Due == 1)
				}
			}
		})
	}
}

func TestBlockingRulesFromTheScenario(t *testing.T) {
	src := shipped(t, "tutorial.yaml")
	sc := *src.Scenario
	sc.Items = append([]scenario.Item(nil), sc.Items...)
	sc.Teams = append([]scenario.Team(nil), sc.Teams...)
	for i := range sc.Items {
		if sc.Items[i].ID == "crew-list" {
			it := &sc.Items[i]
			it.Class = "TOP SECRET"
			it.Caveats.RelTo = []string{"valmora-cio"}
			it.Caveats.PersonalData = true
		}
	}
	for i := range sc.Teams {
		if sc.Teams[i].ID == "estrel-fpl" {
			sc.Teams[i].Legal.PersonalData = scenario.PersonalDataForbidden
		}
	}
	sc.Channels = nil
	tl := balance.NewTally(&sc)
	for _, n := range tl.Needs {
		if n.Item == "crew-list" {
			assert.Equal(t, []string{balance.RuleClearance, balance.RuleRelTo, balance.RulePersonalData, balance.RuleFormat, balance.RuleNoChannel}, n.Rules)
		}
	}
}

// TestMergeOfSplitsEqualsWhole: however a run's games are split into
// shares, the merged tally, and the report built from it, equal those of
// the whole run.
func TestMergeOfSplitsEqualsWhole(t *testing.T) {
	src := shipped(t, "harbour-watch.yaml")
	played := append(games(t, src, 6, "cooperative"), games(t, src, 6, "reckless")...)
	whole := balance.NewTally(src.Scenario)
	for _, evs := range played {
		whole.Add(whole.Observe(evs))
	}
	wantJSON, err := json.Marshal(whole)
	require.NoError(t, err)
	wantReport := balance.Build([]balance.Mix{{Label: "x", Tally: whole}})
	rapid.Check(t, func(rt *rapid.T) {
		shares := rapid.IntRange(1, 5).Draw(rt, "shares")
		parts := make([]*balance.Tally, shares)
		for i := range parts {
			parts[i] = balance.NewTally(src.Scenario)
		}
		for i, evs := range played {
			p := parts[rapid.IntRange(0, shares-1).Draw(rt, "share of game")]
			_ = i
			p.Add(p.Observe(evs))
		}
		// A part goes through JSON, as a shard's file does.
		merged := parts[0].Empty()
		for _, p := range parts {
			b, err := json.Marshal(p)
			require.NoError(rt, err)
			var back balance.Tally
			require.NoError(rt, json.Unmarshal(b, &back))
			require.NoError(rt, merged.Merge(&back))
		}
		got, err := json.Marshal(merged)
		require.NoError(rt, err)
		require.JSONEq(rt, string(wantJSON), string(got))
		require.Equal(rt, wantReport, balance.Build([]balance.Mix{{Label: "x", Tally: merged}}))
	})
}

func TestMergeRefusesAnotherScenario(t *testing.T) {
	a := balance.NewTally(shipped(t, "tutorial.yaml").Scenario)
	b := balance.NewTally(shipped(t, "harbour-watch.yaml").Scenario)
	require.ErrorContains(t, a.Merge(b), "different scenarios")
}

func TestWarnings(t *testing.T) {
	src := shipped(t, "tutorial.yaml")
	coop := balance.NewTally(src.Scenario)
	for _, evs := range games(t, src, 10, "cooperative") {
		coop.Add(coop.Observe(evs))
	}
	hoard := balance.NewTally(src.Scenario)
	for _, evs := range games(t, src, 10, "hoarder") {
		hoard.Add(hoard.Observe(evs))
	}
	seats := func(p string) map[string]string { return map[string]string{"valmora-cio": p, "estrel-fpl": p} }
	r := balance.Build([]balance.Mix{
		{Label: "all=cooperative", Seats: seats("cooperative"), Coalition: 70, Tally: coop},
		{Label: "all=hoarder", Seats: seats("hoarder"), Coalition: 67, Tally: hoard},
	})
	assert.Contains(t, r.Warnings, "cooperative and hoarder within 5 points (coalition total 70.0 vs 67.0): the exercise does not reward sharing")
	assert.Contains(t, r.Warnings, `item "Quayside rumour" (quayside-rumour) never reaches anyone beyond valmora-cio`)
	for _, w := range r.Warnings {
		assert.NotContains(t, w, "lantern", "cooperative tables disrupt the Lantern consignment")
	}

	hoardOnly := balance.Build([]balance.Mix{{Label: "all=hoarder", Seats: seats("hoarder"), Coalition: 40, Tally: hoard}})
	assert.Contains(t, hoardOnly.Warnings, `threat "The Lantern consignment" (lantern) disrupted in under 5% of games (best: 0.0% in all=hoarder)`)
	assert.Contains(t, hoardOnly.Warnings, `expected outcome "Estrel can read the crew list by round 2 (it translates it in round 2)." (inject-1) never met`)

	var text bytes.Buffer
	require.NoError(t, balance.WriteText(&text, hoardOnly))
	assert.Contains(t, text.String(), "The Lantern consignment [lantern]: disrupted in 0.0% of games")
	assert.Contains(t, text.String(), "! threat \"The Lantern consignment\" (lantern)")
}

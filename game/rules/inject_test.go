package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

func withInjects(ins ...scenario.Inject) func(*scenario.Scenario) {
	return func(s *scenario.Scenario) { s.Injects = ins }
}

// firedIn plays idle rounds (with the given orders in round 1) and returns
// the round inject id fired in (0 if never, up to round 8).
func firedIn(t *testing.T, st *State, id string, orders ...Order) int {
	t.Helper()
	for _, e := range of(st.Events(), EvInject) {
		if e.Ref == id {
			return e.Round
		}
	}
	var evs []Event
	st, evs = play(t, st, orders...)
	for !st.Over() {
		for _, e := range of(evs, EvInject) {
			if e.Ref == id {
				return e.Round
			}
		}
		st, evs = play(t, st)
	}
	return 0
}

func TestInjectTiming(t *testing.T) {
	st := New(mini(withInjects(scenario.Inject{ID: "x", At: 3, Text: "now"})), 1)
	assert.Equal(t, 3, firedIn(t, st, "x"))
	st = New(mini(withInjects(scenario.Inject{ID: "x", At: 1, Text: "now"})), 1)
	assert.Equal(t, 1, firedIn(t, st, "x"), "round 1 injects fire in New")
}

func TestInjectConditions(t *testing.T) {
	tests := []struct {
		name   string
		when   scenario.Condition
		at     int
		orders []Order
		want   int
	}{
		{"item_with: fires the round after it arrives", scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "who", Team: "b"}}, 0,
			[]Order{share("a", "who", "ab", "b")}, 3},
		{"item_with: a sanitised copy counts", scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "secret", Team: "a"}}, 0, nil, 1},
		{"item_with: never", scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "who", Team: "c"}}, 0, nil, 0},
		{"item_missing: from round by", scenario.Condition{ItemMissing: &scenario.ItemTeam{Item: "who", Team: "c", By: 3}}, 0, nil, 3},
		{"item_missing: not when held", scenario.Condition{ItemMissing: &scenario.ItemTeam{Item: "who", Team: "b", By: 3}}, 0,
			[]Order{share("a", "who", "ab", "b")}, 0},
		{"trust_below", scenario.Condition{TrustBelow: &scenario.TrustLevel{From: "b", To: "a", Value: 60}}, 0,
			[]Order{{Kind: Request, Team: "b", To: []string{"a"}, Threat: "plot"}}, 5},
		{"trust_at_least", scenario.Condition{TrustAtLeast: &scenario.TrustLevel{From: "b", To: "a", Value: 64}}, 0,
			[]Order{share("a", "who", "ab", "b")}, 3},
		{"no_breach holds at once", scenario.Condition{NoBreach: &scenario.TeamRef{Team: "a"}}, 0, nil, 1},
		{"threat_assessed by anyone", scenario.Condition{ThreatAssessed: &scenario.ThreatTeam{Threat: "plot"}}, 0,
			[]Order{share("b", "where", "ab-radio", "a")}, 0},
		{"at and when: not before at", scenario.Condition{NoBreach: &scenario.TeamRef{Team: "a"}}, 4, nil, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			when := tc.when
			st := New(mini(withInjects(scenario.Inject{ID: "x", At: tc.at, When: &when, Text: "fired"})), 1)
			assert.Equal(t, tc.want, firedIn(t, st, "x", tc.orders...))
		})
	}
}

func TestInjectConditionThreatAssessedAndDisrupted(t *testing.T) {
	s := mini(withInjects(
		scenario.Inject{ID: "assessed-a", When: &scenario.Condition{ThreatAssessed: &scenario.ThreatTeam{Threat: "plot", Team: "a"}}},
		scenario.Inject{ID: "assessed-c", When: &scenario.Condition{ThreatAssessed: &scenario.ThreatTeam{Threat: "plot", Team: "c"}}},
		scenario.Inject{ID: "disrupted", When: &scenario.Condition{ThreatDisrupted: &scenario.ThreatTeam{Threat: "plot"}},
			Expect: &scenario.Expectation{Text: "never seen", Check: &scenario.Condition{NoBreach: &scenario.TeamRef{Team: "a"}}}},
	))
	st := assessed(t, s, "where")
	fired := map[string]int{}
	for _, e := range of(st.Events(), EvInject) {
		fired[e.Ref] = e.Round
	}
	assert.Equal(t, map[string]int{"assessed-a": 3}, fired)
	st, _ = play(t, st, propose("a", 4, "b"))
	st, _ = play(t, st, commit("a", "op-plot-1"), commit("b", "op-plot-1"))
	assert.True(t, st.Over())
	assert.Empty(t, of(st.Events(), EvExpectation), "the game ended before the disrupted inject could fire")
}

func TestInjectEffects(t *testing.T) {
	s := mini(withInjects(
		scenario.Inject{ID: "gift", At: 2, Text: "new intel", To: []string{"a", "c"},
			Effect: scenario.Effect{Deliver: &scenario.Delivery{Item: "where", To: []string{"a", "c"}}}},
		scenario.Inject{ID: "cut", At: 2, Effect: scenario.Effect{AP: &scenario.APChange{Team: "a", Delta: -2, Rounds: 2}}},
		scenario.Inject{ID: "law", At: 2, Effect: scenario.Effect{Legal: &scenario.LegalChange{Team: "b", PersonalData: scenario.PersonalDataNeedsAgreement}}},
		scenario.Inject{ID: "hurry", At: 2, Effect: scenario.Effect{Deadline: &scenario.DeadlineShift{Threat: "plot", Delta: -10}, Note: "hurry up"}},
	))
	st := New(s, 1)
	st, evs := play(t, st)
	inj := of(evs, EvInject)
	require.Len(t, inj, 4)
	assert.Equal(t, []string{"a", "c"}, inj[0].To)
	assert.Equal(t, "new intel", inj[0].Text)
	assert.Equal(t, []string{"a", "b", "c"}, inj[1].To, "default: every team")
	del := of(evs, EvDeliver)
	require.Len(t, del, 2)
	assert.True(t, del[0].Readable)
	assert.False(t, del[1].Readable, "c does not speak json-stix")
	assert.True(t, del[1].Confirmed)
	assert.True(t, st.Holds("c", "where"))
	assert.Equal(t, 1, st.APLeft("a", nil))
	assert.Equal(t, 1, st.View("a").AP)
	assert.Equal(t, "needs-agreement", st.View("a").Teams[1].PersonalData)
	dl := of(evs, EvDeadline)
	require.Len(t, dl, 1)
	assert.Equal(t, 2, dl[0].Value, "never before the current round")
	notes := of(evs, EvNote)
	require.Len(t, notes, 1)
	assert.Equal(t, "hurry up", notes[0].Text)
	// The legal change makes personal data to b a breach now.
	_, evs = play(t, st, share("a", "pd", "ab-radio", "b"))
	assert.Len(t, rule(evs, EvBreach, RulePersonalData), 1)
	st, _ = play(t, st)
	assert.Equal(t, 1, st.APLeft("a", nil), "second round of the cut")
	st = New(s, 1)
	st, _ = idle(t, st, 1)
	requireReason(t, st, []Order{share("a", "who", "ab", "b")}, share("a", "who", "ac", "c"), "not enough AP: share costs 1, 0 left")
}

func TestExpectations(t *testing.T) {
	tests := []struct {
		name   string
		expect scenario.Expectation
		orders []Order
		round  int
		truth  bool
		rule   string
	}{
		{"met within the window", scenario.Expectation{Text: "b gets who", Within: 2,
			Check: &scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "who", Team: "b"}}},
			[]Order{share("a", "who", "ab", "b")}, 2, true, ""},
		{"missed when the window closes", scenario.Expectation{Text: "c gets who", Within: 2,
			Check: &scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "who", Team: "c"}}}, nil, 3, false, ""},
		{"no check: manual at window end", scenario.Expectation{Text: "a is polite", Within: 1}, nil, 2, false, "manual"},
		{"no_breach judged at window end", scenario.Expectation{Text: "a behaves", Within: 2,
			Check: &scenario.Condition{NoBreach: &scenario.TeamRef{Team: "a"}}}, nil, 3, true, ""},
		{"no_breach broken", scenario.Expectation{Text: "a behaves", Within: 2,
			Check: &scenario.Condition{NoBreach: &scenario.TeamRef{Team: "a"}}},
			[]Order{share("a", "secret", "ab-radio", "b")}, 3, false, ""},
		{"the game ends first", scenario.Expectation{Text: "c gets who", Within: 20,
			Check: &scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "who", Team: "c"}}}, nil, 6, false, ""},
		{"by: missed in the round the text names", scenario.Expectation{Text: "c gets who by round 4", By: 4,
			Check: &scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "who", Team: "c"}}}, nil, 4, false, ""},
		{"by: met before the round", scenario.Expectation{Text: "b gets who by round 3", By: 3,
			Check: &scenario.Condition{ItemWith: &scenario.ItemTeam{Item: "who", Team: "b"}}},
			[]Order{share("a", "who", "ab", "b")}, 2, true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := tc.expect
			st := New(mini(withInjects(scenario.Inject{ID: "x", At: 1, Expect: &ex})), 1)
			st, evs := play(t, st, tc.orders...)
			all := evs
			for !st.Over() {
				st, evs = play(t, st)
				all = append(all, evs...)
			}
			e := of(all, EvExpectation)
			require.Len(t, e, 1, "reported once")
			assert.Equal(t, "x", e[0].Ref)
			assert.Equal(t, tc.round, e[0].Round)
			assert.Equal(t, tc.truth, e[0].Truth)
			assert.Equal(t, tc.rule, e[0].Rule)
			if tc.rule == "manual" {
				assert.Contains(t, e[0].Text, "not machine-checked; evaluator to judge")
			}
			for _, tm := range []string{"a", "b", "c"} {
				assert.Empty(t, of(st.View(tm).Log, EvExpectation), "evaluator only")
			}
		})
	}
}

func TestFacilitatorActions(t *testing.T) {
	s := mini(withInjects(scenario.Inject{ID: "late", At: 5, Text: "late news", Effect: scenario.Effect{Deliver: &scenario.Delivery{Item: "where", To: []string{"a"}}}}))
	st := New(s, 1)
	assert.Equal(t, 0, st.Facilitator().Injects[0].Fired)
	st, evs := Resolve(st, Turn{Facilitator: []FacilitatorAction{{Inject: "late"}, {Note: "good work"}, {Inject: "nope"}}})
	require.Len(t, of(evs, EvInject), 1)
	assert.Equal(t, 1, of(evs, EvInject)[0].Round)
	assert.True(t, st.Holds("a", "where"))
	notes := of(evs, EvNote)
	require.Len(t, notes, 2)
	assert.Equal(t, "good work", notes[0].Text)
	assert.Contains(t, notes[1].Text, "no inject")
	assert.Equal(t, 1, st.Facilitator().Injects[0].Fired)
	_, evs = Resolve(st, Turn{Facilitator: []FacilitatorAction{{Inject: "late"}}})
	assert.Contains(t, of(evs, EvNote)[0].Text, "already fired")
	_, evs = idle(t, st, 5)
	assert.Empty(t, of(evs, EvInject), "fires at most once")
}

// TestInjectConditionAssessedCorrectly: assessed_correctly holds only for a
// correct assessment (a fused "lie" makes a's assessment incorrect), where
// threat_assessed holds for any.
func TestInjectConditionAssessedCorrectly(t *testing.T) {
	cond := func(team string) *scenario.Condition {
		return &scenario.Condition{AssessedCorrectly: &scenario.ThreatTeam{Threat: "plot", Team: team}}
	}
	fired := func(st *State) map[string]int {
		out := map[string]int{}
		for _, e := range of(st.Events(), EvInject) {
			out[e.Ref] = e.Round
		}
		return out
	}
	s := mini(withInjects(
		scenario.Inject{ID: "right-a", When: cond("a")},
		scenario.Inject{ID: "right-b", When: cond("b")},
		scenario.Inject{ID: "right-any", When: cond("")},
		scenario.Inject{ID: "assessed-a", When: &scenario.Condition{ThreatAssessed: &scenario.ThreatTeam{Threat: "plot", Team: "a"}}},
	))
	// a fuses from the lie: assessed, but wrongly; b rightly.
	st := assessed(t, s, "lie")
	assert.Equal(t, map[string]int{"right-b": 3, "right-any": 3, "assessed-a": 3}, fired(st))

	s = mini(withInjects(scenario.Inject{ID: "right-a", When: cond("a")}))
	st = assessed(t, s, "where")
	assert.Equal(t, map[string]int{"right-a": 3}, fired(st))
}

// TestInjectConditionVerified: verified holds once the team (or any team)
// has verified the item.
func TestInjectConditionVerified(t *testing.T) {
	tests := []struct {
		name string
		team string
		want int
	}{{"by the team that verified", "b", 2}, {"by any team", "", 2}, {"by another team", "a", 0}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			when := scenario.Condition{Verified: &scenario.ItemBy{Item: "lie", Team: tc.team}}
			st := New(mini(withInjects(scenario.Inject{ID: "x", When: &when, Text: "fired"})), 1)
			assert.Equal(t, tc.want, firedIn(t, st, "x", Order{Kind: Verify, Team: "b", Item: "lie"}))
		})
	}
	// As an expectation check.
	ex := scenario.Expectation{Text: "b checks the lie", Within: 2, Check: &scenario.Condition{Verified: &scenario.ItemBy{Item: "lie"}}}
	st := New(mini(withInjects(scenario.Inject{ID: "x", At: 1, Expect: &ex})), 1)
	_, evs := play(t, st, Order{Kind: Verify, Team: "b", Item: "lie"})
	e := of(evs, EvExpectation)
	require.Len(t, e, 1)
	assert.True(t, e[0].Truth)
}

// TestInjectSeveralDeliveries: deliver and deliveries together give every
// item to its own recipients, deliver first.
func TestInjectSeveralDeliveries(t *testing.T) {
	s := mini(withInjects(scenario.Inject{ID: "haul", At: 2, Effect: scenario.Effect{
		Deliver: &scenario.Delivery{Item: "where", To: []string{"a"}},
		Deliveries: []scenario.Delivery{
			{Item: "csv", To: []string{"a", "b"}},
			{Item: "who", To: []string{"c"}},
		}}}))
	st, evs := play(t, New(s, 1))
	var got [][2]string
	for _, e := range of(evs, EvDeliver) {
		got = append(got, [2]string{e.Item, e.Team})
	}
	assert.Equal(t, [][2]string{{"where", "a"}, {"csv", "a"}, {"csv", "b"}, {"who", "c"}}, got)
	for _, h := range [][2]string{{"a", "where"}, {"a", "csv"}, {"b", "csv"}, {"c", "who"}} {
		assert.True(t, st.Holds(h[0], h[1]), "%s holds %s", h[0], h[1])
	}
}

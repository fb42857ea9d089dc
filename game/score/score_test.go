package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// fixture is a two-team scenario with one item each team needs by round 3.
func fixture(t *testing.T) *scenario.Scenario {
	t.Helper()
	sc := &scenario.Scenario{
		ID: "fx", Title: "Fixture", Rounds: 6,
		Teams: []scenario.Team{
			{ID: "a", Name: "Alpha", Country: "A", Mandate: []string{"sea"}, Capabilities: []string{"watch"}},
			{ID: "b", Name: "Beta", Country: "B", Mandate: []string{"port"}, Capabilities: []string{"arrest"}},
		},
		Trust: map[string]map[string]int{"a": {"b": 60}, "b": {"a": 40}},
		Items: []scenario.Item{
			{ID: "x", Title: "X", Origin: "a", HeldBy: []string{"a"}, Topics: []string{"port"}, Facets: []string{"t:who"},
				Need: []scenario.Need{{Team: "b", By: 3}}},
		},
		Threats: []scenario.Threat{{ID: "t", Name: "Plot T", Facets: []string{"t:who"}, Deadline: 5,
			Disrupt: scenario.Disrupt{Capabilities: []string{"watch", "arrest"}}}},
	}
	scenario.ApplyDefaults(sc)
	return sc
}

// log numbers events in order, as the engine does.
func log(evs ...rules.Event) []rules.Event {
	for i := range evs {
		evs[i].Seq = i
	}
	return evs
}

func TestReachDecaysLinearlyWithLateness(t *testing.T) {
	for _, tc := range []struct {
		round int
		want  float64
	}{{2, 100}, {3, 100}, {4, 66.7}, {5, 33.3}, {6, 0}} {
		sc := fixture(t)
		evs := log(rules.Event{Round: tc.round, Kind: rules.EvDeliver, Team: "b", From: "a", Item: "x", Readable: true},
			rules.Event{Round: 6, Kind: rules.EvEnd})
		r := Compute(sc, evs)
		b, ok := r.Team("b")
		require.True(t, ok)
		assert.Equal(t, tc.want, b.Dim("reach").Score, "delivered in round %d", tc.round)
		assert.True(t, b.Dim("reach").Measured)
	}
}

func TestReachUnreadableDoesNotCountUntilTranslated(t *testing.T) {
	sc := fixture(t)
	evs := log(
		rules.Event{Round: 2, Kind: rules.EvDeliver, Team: "b", From: "a", Item: "x", Readable: false},
		rules.Event{Round: 4, Kind: rules.EvTranslate, Team: "b", Item: "x"},
		rules.Event{Round: 6, Kind: rules.EvEnd})
	r := Compute(sc, evs)
	b, _ := r.Team("b")
	assert.Equal(t, 66.7, b.Dim("reach").Score)
	var reach []Loss
	for _, l := range b.Losses {
		if l.Dimension == "reach" {
			reach = append(reach, l)
		}
	}
	require.Len(t, reach, 1)
	assert.Equal(t, "need_to_know", reach[0].Rule)
	assert.Equal(t, 1, reach[0].Cause, "the translate event is the cause")
	assert.Contains(t, reach[0].Text, "only in round 4")
	assert.InDelta(t, 33.3, reach[0].Points, 0.05)
	assert.Greater(t, reach[0].Impact, 0.0)
}

func TestReachSanitisedCopyCountsForItsRoot(t *testing.T) {
	sc := fixture(t)
	evs := log(rules.Event{Round: 2, Kind: rules.EvDeliver, Team: "b", From: "a", Item: "x~s", Root: "x", Readable: true},
		rules.Event{Round: 6, Kind: rules.EvEnd})
	b, _ := Compute(sc, evs).Team("b")
	assert.Equal(t, 100.0, b.Dim("reach").Score)
}

func TestComplianceSubtractsSeverityAndIsNotFree(t *testing.T) {
	sc := fixture(t)
	// Team b sent nothing: not measured, so not 100 for free.
	evs := log(
		rules.Event{Round: 1, Kind: rules.EvSend, Team: "a", To: []string{"b"}, Item: "x"},
		rules.Event{Round: 1, Kind: rules.EvBreach, Team: "a", From: "a", Item: "x", Rule: rules.RuleORCON, Value: 15, Text: "ORCON re-shared"},
		rules.Event{Round: 1, Kind: rules.EvBreach, Team: "a", From: "a", Item: "x", Rule: rules.RuleTLP, Value: 25, Text: "TLP RED"},
	)
	r := Compute(sc, evs)
	a, _ := r.Team("a")
	b, _ := r.Team("b")
	assert.Equal(t, 60.0, a.Dim("compliance").Score)
	assert.False(t, b.Dim("compliance").Measured)
	assert.Equal(t, 60.0, r.Coalition.Dim("compliance").Score, "mean over sharing teams")
}

func TestTrustBlendsMeanAndWeakestPair(t *testing.T) {
	sc := fixture(t)
	// b's trust in a falls from 40 to 20: mean (60+20)/(60+40) = 0.8, weakest 0.5.
	evs := log(rules.Event{Round: 2, Kind: rules.EvTrust, Team: "b", From: "a", Delta: -20, Value: 20, Rule: "breach", Text: "breach"})
	r := Compute(sc, evs)
	assert.InDelta(t, 70*0.8+30*0.5, r.Coalition.Dim("trust").Score, 0.05)
	require.NotEmpty(t, r.Coalition.Losses)
}

func TestSynchronisationAndOutcome(t *testing.T) {
	sc := fixture(t)
	evs := log(
		rules.Event{Round: 2, Kind: rules.EvPropose, Team: "a", Ref: "op-t-1", Threat: "t", Value: 3, To: []string{"b"}},
		rules.Event{Round: 3, Kind: rules.EvCommit, Team: "a", Ref: "op-t-1", Truth: true},
		rules.Event{Round: 3, Kind: rules.EvCommit, Team: "b", Ref: "op-t-1", Truth: true},
		rules.Event{Round: 3, Kind: rules.EvOperation, Ref: "op-t-1", Threat: "t", To: []string{"a", "b"}, Truth: true},
		rules.Event{Round: 3, Kind: rules.EvDisrupted, Threat: "t", To: []string{"a", "b"}, Value: 2},
	)
	r := Compute(sc, evs)
	assert.Equal(t, 100.0, r.Coalition.Dim("synchronisation").Score)
	// lead 2 of 3: 0.6 + 0.4*2/3 = 0.8667
	assert.Equal(t, 86.7, r.Coalition.Dim("outcome").Score)
	assert.Equal(t, 1, r.Disrupted)
}

// TestOutcomeOfAGameNotYetOver: a save mid-exercise (no EvEnd) does not
// charge threats whose deadline is still ahead as unresolved; a finished
// game does.
func TestOutcomeOfAGameNotYetOver(t *testing.T) {
	sc := fixture(t)
	sc.Threats = append(sc.Threats, scenario.Threat{ID: "u", Name: "Plot U", Facets: []string{"u:who"}, Deadline: 6,
		Disrupt: scenario.Disrupt{Capabilities: []string{"watch"}, MinTeams: 1}, LeadRounds: 3})
	unresolved := func(r Result) []Loss {
		var out []Loss
		for _, l := range r.Coalition.Losses {
			if l.Rule == "unresolved" {
				out = append(out, l)
			}
		}
		return out
	}
	mid := log(rules.Event{Round: 2, Kind: rules.EvIdle, Team: "a", Value: 1})
	r := Compute(sc, mid)
	assert.Empty(t, unresolved(r), "deadlines ahead: nothing is unresolved yet")
	assert.False(t, r.Coalition.Dim("outcome").Measured)
	assert.Equal(t, "no threat resolved yet", r.Coalition.Dim("outcome").Basis)

	mid = log(rules.Event{Round: 3, Kind: rules.EvDisrupted, Threat: "t", To: []string{"a", "b"}, Value: 3})
	r = Compute(sc, mid)
	assert.Empty(t, unresolved(r))
	assert.Equal(t, 100.0, r.Coalition.Dim("outcome").Score, "scored on the one resolved threat")
	assert.Equal(t, "1 of 1 resolved threats disrupted; 1 still open", r.Coalition.Dim("outcome").Basis)

	over := log(rules.Event{Round: 3, Kind: rules.EvDisrupted, Threat: "t", To: []string{"a", "b"}, Value: 3},
		rules.Event{Round: 4, Kind: rules.EvEnd})
	r = Compute(sc, over)
	require.Len(t, unresolved(r), 1, "the game is over: u was never resolved")
	assert.Equal(t, 50.0, r.Coalition.Dim("outcome").Score)
	assert.Equal(t, "1 of 2 threats disrupted", r.Coalition.Dim("outcome").Basis)
}

func TestLoneCommitmentBreaksSynchronisation(t *testing.T) {
	sc := fixture(t)
	evs := log(
		rules.Event{Round: 2, Kind: rules.EvPropose, Team: "a", Ref: "op-t-1", Threat: "t", Value: 3, To: []string{"b"}},
		rules.Event{Round: 3, Kind: rules.EvCommit, Team: "a", Ref: "op-t-1", Truth: true},
		rules.Event{Round: 3, Kind: rules.EvOperation, Ref: "op-t-1", Threat: "t", To: []string{"a"}, Truth: false},
		rules.Event{Round: 5, Kind: rules.EvStruck, Threat: "t"},
	)
	r := Compute(sc, evs)
	b, _ := r.Team("b")
	assert.Equal(t, 0.0, b.Dim("synchronisation").Score)
	assert.Equal(t, 0.0, r.Coalition.Dim("outcome").Score)
	var found bool
	for _, l := range b.Losses {
		if l.Rule == "not_synchronised" {
			found = true
			assert.Contains(t, l.Text, "Beta did not commit")
		}
	}
	assert.True(t, found)
}

func TestResponsivenessByDelay(t *testing.T) {
	sc := fixture(t)
	evs := log(
		rules.Event{Round: 1, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r1"},
		rules.Event{Round: 1, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r2"},
		rules.Event{Round: 1, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r3"},
		rules.Event{Round: 2, Kind: rules.EvRespond, Team: "b", To: []string{"a"}, Ref: "r1", Value: 1},
		rules.Event{Round: 4, Kind: rules.EvRespond, Team: "b", To: []string{"a"}, Ref: "r2", Value: 2},
	)
	b, _ := Compute(sc, evs).Team("b")
	assert.Equal(t, 50.0, b.Dim("responsiveness").Score) // (1 + 0.5 + 0) / 3
	a, _ := Compute(sc, evs).Team("a")
	assert.False(t, a.Dim("responsiveness").Measured)
}

// TestResponsivenessNeedsARoundToAnswer: a request that reaches its target
// in the last round, or after the game ends, is not charged as unanswered
// (it used to cost 25 points here); one that arrived a round earlier is.
func TestResponsivenessNeedsARoundToAnswer(t *testing.T) {
	sc := fixture(t)
	evs := log(
		rules.Event{Round: 4, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r1", Value: 5},
		rules.Event{Round: 5, Kind: rules.EvReceive, Team: "b", From: "a", Ref: "r1"},
		rules.Event{Round: 5, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r2", Value: 6},
		rules.Event{Round: 5, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r3", Value: 5},
		rules.Event{Round: 5, Kind: rules.EvReceive, Team: "b", From: "a", Ref: "r3"},
		rules.Event{Round: 6, Kind: rules.EvRespond, Team: "b", To: []string{"a"}, Ref: "r1", Value: 1},
		rules.Event{Round: 6, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r4", Value: 7},
		rules.Event{Round: 6, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r5", Value: 6},
		rules.Event{Round: 6, Kind: rules.EvReceive, Team: "b", From: "a", Ref: "r5"},
		rules.Event{Round: 6, Kind: rules.EvEnd},
	)
	b, _ := Compute(sc, evs).Team("b")
	d := b.Dim("responsiveness")
	// r1 answered in time, r3 arrived in round 5 and never answered; r2
	// and r5 arrive in the last round, r4 after the end: not counted.
	assert.Equal(t, 50.0, d.Score)
	assert.Equal(t, "1.0 of 2 requests answered in time", d.Basis)
	var lost []string
	for _, l := range b.Losses {
		if l.Rule == "slow_answer" {
			lost = append(lost, l.Text)
		}
	}
	assert.Equal(t, []string{"Beta never answered Alpha's request of round 5"}, lost)

	// Held by an outage past the end: never reached b.
	evs = log(
		rules.Event{Round: 4, Kind: rules.EvRequest, Team: "a", To: []string{"b"}, Ref: "r1", Value: 5},
		rules.Event{Round: 5, Kind: rules.EvDelay, Team: "b", From: "a", Ref: "r1"},
		rules.Event{Round: 6, Kind: rules.EvDelay, Team: "b", From: "a", Ref: "r1"},
		rules.Event{Round: 6, Kind: rules.EvEnd},
	)
	b, _ = Compute(sc, evs).Team("b")
	assert.False(t, b.Dim("responsiveness").Measured)
	assert.Equal(t, "no request it had a round to answer", b.Dim("responsiveness").Basis)
}

func TestDisciplinePenalties(t *testing.T) {
	sc := fixture(t)
	evs := log(
		rules.Event{Round: 1, Kind: rules.EvSend, Team: "b", To: []string{"a"}, Item: "x"}, // a has no need: -2
		rules.Event{Round: 1, Kind: rules.EvSend, Team: "a", To: []string{"b"}, Item: "x"}, // b needs it
		rules.Event{Round: 1, Kind: rules.EvDrop, Team: "b", Channel: "c", Text: "over capacity"},
		rules.Event{Round: 1, Kind: rules.EvIdle, Team: "b", Value: 7},
	)
	r := Compute(sc, evs)
	a, _ := r.Team("a")
	b, _ := r.Team("b")
	assert.Equal(t, 100.0, a.Dim("discipline").Score)
	assert.Equal(t, 95.0, b.Dim("discipline").Score) // 2 + 1 + 7/3
}

func TestTotalsSkipUnmeasuredAndGrade(t *testing.T) {
	sc := fixture(t)
	r := Compute(sc, nil)
	b, _ := r.Team("b")
	for _, d := range b.Dims {
		if d.Name == "compliance" || d.Name == "synchronisation" || d.Name == "responsiveness" {
			assert.False(t, d.Measured, d.Name)
		}
	}
	assert.Equal(t, "F", Grade(39.9))
	assert.Equal(t, "A", Grade(85))
	assert.Equal(t, "B", Grade(70))
}

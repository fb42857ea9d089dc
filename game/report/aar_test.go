package report

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/scenarios"
)

func entryBySeq(a *AAR) map[int]Entry {
	m := map[int]Entry{}
	for _, e := range a.Timeline {
		m[e.Seq] = e
	}
	return m
}

func TestTimelineHasEveryEventWithWhatAndWhy(t *testing.T) {
	aar := harbourAAR(t)
	require.Equal(t, aar.Game.Events, len(aar.Timeline))
	require.NotEmpty(t, aar.Timeline)
	for i, e := range aar.Timeline {
		if i > 0 {
			assert.Greater(t, e.Seq, aar.Timeline[i-1].Seq, "resolution order")
			assert.GreaterOrEqual(t, e.Round, aar.Timeline[i-1].Round)
		}
		assert.NotEmpty(t, e.What, "event #%d", e.Seq)
		assert.NotEmpty(t, e.Why, "event #%d", e.Seq)
	}
	last := aar.Timeline[len(aar.Timeline)-1]
	assert.Equal(t, "end", last.Kind)
	assert.Equal(t, aar.Game.Ended, last.Why)
}

// TestEveryLostPointTracesToItsCause checks the acceptance criterion: each
// lost point names the event that caused it (which the timeline marks with
// the same loss), or is an absence with its rule and context, and the
// losses add up to what the dimension lost.
func TestEveryLostPointTracesToItsCause(t *testing.T) {
	aar := harbourAAR(t)
	bySeq := entryBySeq(aar)
	absences := []string{"need_to_know", "idle_ap", "unresolved"}
	lost := 0
	for _, c := range append([]Card{aar.Scores.Coalition}, aar.Scores.Teams...) {
		for _, d := range c.Dims {
			var sum float64
			for _, l := range d.Losses {
				lost++
				sum += l.Points
				assert.NotEmpty(t, l.Text)
				assert.Greater(t, l.Points, 0.0, "%s %s: %s", c.Team, d.Name, l.Text)
				if l.Cause < 0 {
					assert.Contains(t, absences, l.Rule, "only an absence may lack a cause event: %s", l.Text)
					continue
				}
				e, ok := bySeq[l.Cause]
				require.True(t, ok, "cause #%d of %q is in the timeline", l.Cause, l.Text)
				assert.True(t, e.Notable, "a costly event is notable")
				assert.True(t, slices.ContainsFunc(e.Losses, func(r LossRef) bool {
					return r.Card == c.Team && r.Dimension == d.Name && r.Points == l.Points
				}), "timeline entry #%d carries the loss %q", e.Seq, l.Text)
				for _, r := range l.Related {
					_, ok := bySeq[r]
					assert.True(t, ok, "related event #%d exists", r)
				}
			}
			if !d.Measured || d.Name == "trust" || c.Team == "coalition" {
				continue
			}
			// Every point a team lost in these dimensions is one of its losses.
			assert.InDelta(t, 100-d.Score, sum, 0.15*float64(len(d.Losses))+0.1, "%s %s: losses add up", c.Team, d.Name)
		}
	}
	assert.Greater(t, lost, 10, "the fixed game loses points")
}

func TestKnowledgeCellsAgreeWithTimeline(t *testing.T) {
	aar := harbourAAR(t)
	bySeq := entryBySeq(aar)
	require.Len(t, aar.Knowledge.Teams, len(aar.Teams))
	facets := 0
	for _, th := range aar.Scenario.Threats {
		facets += len(th.Facets)
	}
	require.Len(t, aar.Knowledge.Rows, facets)
	for _, r := range aar.Knowledge.Rows {
		require.Len(t, r.Cells, len(aar.Teams))
		for i, c := range r.Cells {
			switch c.Status {
			case KnewInTime:
				assert.LessOrEqual(t, c.Learned, c.Needed)
			case KnewLate:
				assert.Greater(t, c.Learned, c.Needed)
			case KnewNever:
				assert.Zero(t, c.Learned)
			}
			if c.Learned == 0 {
				assert.Equal(t, -1, c.Cause)
				continue
			}
			e, ok := bySeq[c.Cause]
			require.True(t, ok, "%s/%s learned through #%d", r.Facet, aar.Knowledge.Teams[i], c.Cause)
			assert.Equal(t, c.Learned, e.Round)
			assert.Contains(t, []string{"deliver", "translate", "sanitise"}, e.Kind)
			assert.Contains(t, e.Teams, aar.Knowledge.Teams[i])
			assert.True(t, c.Usable == 0 || c.Usable >= c.Learned)
		}
	}
}

func TestExpectationsMatchTheirEvents(t *testing.T) {
	aar := harbourAAR(t)
	bySeq := entryBySeq(aar)
	require.NotEmpty(t, aar.Expectations)
	seen := map[string]bool{}
	for _, x := range aar.Expectations {
		seen[x.Status] = true
		assert.NotEmpty(t, x.Why)
		if x.Status == ExpectNotFired {
			assert.Empty(t, x.Events)
			continue
		}
		require.GreaterOrEqual(t, x.Cause, 0, x.Title)
		e := bySeq[x.Cause]
		require.Equal(t, "expectation", e.Kind)
		assert.Equal(t, x.Inject, e.Ref)
		switch x.Status {
		case ExpectMet:
			assert.True(t, e.Truth)
		case ExpectMissed:
			assert.False(t, e.Truth)
		case ExpectManual:
			assert.Equal(t, "manual", e.Rule)
		}
		assert.Contains(t, x.Events, x.Cause)
		assert.True(t, slices.IsSorted(x.Events))
		for _, s := range x.Events {
			assert.LessOrEqual(t, bySeq[s].Round, x.Decided, "deciding events come no later than the verdict")
		}
	}
	assert.True(t, seen[ExpectMet] && seen[ExpectMissed], "the fixed game has met and missed outcomes")
}

func TestBehavioursAndPlanPointAtEvents(t *testing.T) {
	aar := harbourAAR(t)
	bySeq := entryBySeq(aar)
	for _, list := range [][]Behaviour{aar.Strengths, aar.Weaknesses} {
		require.NotEmpty(t, list)
		assert.LessOrEqual(t, len(list), 3)
		for i, b := range list {
			assert.NotEmpty(t, b.Title)
			assert.NotEmpty(t, b.Summary)
			assert.NotEmpty(t, b.Events, b.Title)
			assert.NotEmpty(t, b.Rounds, b.Title)
			if i > 0 {
				assert.GreaterOrEqual(t, list[i-1].Points, b.Points, "strongest/weakest first")
			}
			for _, s := range b.Events {
				_, ok := bySeq[s]
				assert.True(t, ok, "%s: event #%d", b.Title, s)
			}
		}
	}
	require.NotEmpty(t, aar.Plan)
	for i, a := range aar.Plan {
		assert.NotEmpty(t, a.Issue)
		assert.NotEmpty(t, a.Recommendation)
		assert.Positive(t, a.Impact)
		if i > 0 {
			assert.GreaterOrEqual(t, aar.Plan[i-1].Impact, a.Impact)
		}
		for _, s := range a.Causes {
			_, ok := bySeq[s]
			assert.True(t, ok, "plan %d: cause #%d", i+1, s)
		}
	}
	assert.Equal(t, aar.Weaknesses[0].Points, aar.Plan[0].Impact, "the plan starts with the largest loss")
}

func TestSeriesCoverEveryRound(t *testing.T) {
	aar := harbourAAR(t)
	s := aar.Series
	require.Len(t, s.Rounds, aar.Game.Played+1, "a finished game's log ends in its last round")
	n := len(aar.Teams)
	require.Len(t, s.Trust, n*(n-1))
	for _, ts := range s.Trust {
		require.Len(t, ts.Values, len(s.Rounds))
		for _, v := range ts.Values {
			assert.True(t, v >= 0 && v <= 100)
		}
	}
	require.Len(t, s.Reach, n+1)
	coal := s.Reach[n]
	assert.Equal(t, "coalition", coal.Team)
	for r := 1; r < len(s.Rounds); r++ {
		assert.GreaterOrEqual(t, coal.Known[r], coal.Known[r-1], "reach never falls")
		assert.GreaterOrEqual(t, coal.Due[r], coal.Due[r-1])
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	rec, data := playRecord(t, "harbour-watch.yaml", goldenSeed)
	a, err := FromRecord(rec, data)
	require.NoError(t, err)
	b, err := FromRecord(rec, data)
	require.NoError(t, err)
	var ja, jb bytes.Buffer
	require.NoError(t, WriteJSON(&ja, a))
	require.NoError(t, WriteJSON(&jb, b))
	assert.Equal(t, ja.String(), jb.String())
	assert.Equal(t, Format, a.Format)
	assert.Equal(t, Version, a.Version)
	assert.Len(t, a.Game.RecordSHA256, 64)
	assert.Equal(t, rec.FinalHash, a.Game.FinalHash)
}

func TestFromRecordRefusesAnotherScenario(t *testing.T) {
	rec, data := playRecord(t, "harbour-watch.yaml", goldenSeed)
	_, err := FromRecord(rec, append(append([]byte{}, data...), []byte("\n# edited\n")...))
	require.Error(t, err)
	assert.True(t, errors.Is(err, replay.ErrScenarioChanged), err.Error())
	_, err = FromRecord(nil, data)
	require.Error(t, err)
}

func TestBuildRejectsMismatchedRecord(t *testing.T) {
	rec, data := playRecord(t, "harbour-watch.yaml", goldenSeed)
	st, err := replay.Replay(rec, data)
	require.NoError(t, err)
	other := *rec
	other.Scenario = "tutorial"
	_, err = Build(st.Scenario(), &other, st.Events())
	require.ErrorContains(t, err, `record is for scenario "tutorial"`)
	_, err = Build(nil, rec, nil)
	require.Error(t, err)
}

func TestDescribeCoversEveryEventKind(t *testing.T) {
	rec, data := playRecord(t, "harbour-watch.yaml", goldenSeed)
	st, err := replay.Replay(rec, data)
	require.NoError(t, err)
	b := &builder{sc: st.Scenario(), names: names{sc: st.Scenario()}, need: map[[2]string]int{}}
	kinds := []rules.EventKind{rules.EvInject, rules.EvNote, rules.EvOrder, rules.EvRejected, rules.EvSend, rules.EvDeliver,
		rules.EvDrop, rules.EvDelay, rules.EvLeak, rules.EvDeadline, rules.EvBreach, rules.EvTrust, rules.EvRequest,
		rules.EvRespond, rules.EvExpire, rules.EvSanitise, rules.EvVerify, rules.EvTranslate, rules.EvAskRelease,
		rules.EvGrant, rules.EvRefuse, rules.EvFuse, rules.EvPropose, rules.EvCommit, rules.EvOperation, rules.EvDisrupted,
		rules.EvStruck, rules.EvLiaison, rules.EvMessage, rules.EvIdle, rules.EvExpectation, rules.EvEnd, rules.EvReceive,
		rules.EvOutage}
	for _, k := range kinds {
		what, why := b.describe(rules.Event{Kind: k, Team: "nordvik-sss", From: "aurelia-fib", To: []string{"maritime-tf"},
			Item: "ferry-manifest~s", Root: "ferry-manifest", Threat: "harbour", Ref: "inject-2", Channel: "nordvik-tf", Text: "because"})
		assert.NotEmpty(t, what, k)
		assert.NotEmpty(t, why, k)
		assert.NotEqual(t, string(k), what, "%s has its own description", k)
	}
}

// TestPartialGameReport: a record of an unfinished game (a save) still gets
// an AAR, with nothing judged after its last round.
func TestPartialGameReport(t *testing.T) {
	rec, data := playRecord(t, "harbour-watch.yaml", goldenSeed)
	part := *rec
	part.Turns = rec.Turns[:3]
	part.FinalHash = ""
	a, err := FromRecord(&part, data)
	require.NoError(t, err)
	assert.Equal(t, 3, a.Game.Played)
	assert.Empty(t, a.Game.Ended)
	for _, th := range a.Scenario.Threats {
		assert.Equal(t, "open", th.Outcome)
	}
	for _, x := range a.Expectations {
		assert.LessOrEqual(t, x.Decided, 4, "%s: judged no later than the round the record stops in", x.Title)
	}
	// Every deadline is still ahead: nothing is charged as unresolved, and
	// the outcome is "nothing to measure yet", not a measured 0.
	for _, d := range a.Scores.Coalition.Dims {
		for _, l := range d.Losses {
			assert.NotEqual(t, "unresolved", l.Rule, "%s", l.Text)
		}
		if d.Name == "outcome" {
			assert.False(t, d.Measured, "outcome of a game whose threats are all still open")
		}
	}
	for _, w := range a.Weaknesses {
		assert.NotContains(t, w.Title, "unresolved")
	}
	for _, p := range a.Plan {
		assert.NotEqual(t, "unresolved", p.Rule)
	}
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, a))
	require.NoError(t, WriteMarkdown(&buf, a))
	_, err = Statements(a, XAPIOptions{Start: goldenStart})
	require.NoError(t, err)
}

// TestScoreChartMarksUnmeasured: a dimension with nothing to measure is
// labelled n/a on the chart, so it does not look like a measured 0.
func TestScoreChartMarksUnmeasured(t *testing.T) {
	a := *harbourAAR(t)
	a.Scores.Coalition.Dims = slices.Clone(a.Scores.Coalition.Dims)
	count := func(a *AAR) int {
		svg, err := scoreChart(a)
		require.NoError(t, err)
		return strings.Count(svg, "n/a")
	}
	base := count(&a)
	a.Scores.Coalition.Dims[0].Measured = false
	assert.Equal(t, base+1, count(&a), "one more unmeasured dimension, one more n/a")
}

// TestPlanSlowTempoAdviceOnlyForSlowTeams: the improvement plan's
// slow-tempo advice names the slow-tempo teams and is not given to others.
func TestPlanSlowTempoAdviceOnlyForSlowTeams(t *testing.T) {
	a := harbourAAR(t)
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	sc, diags := scenario.Parse("harbour-watch.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	b := &builder{sc: sc, names: names{sc: sc}}
	assert.Empty(t, b.tempoHint([]string{"nordvik-sss"}), "a normal-tempo team")
	assert.Empty(t, b.tempoHint(nil), "the whole coalition")
	hint := b.tempoHint([]string{"nordvik-sss", "aurelia-fib"})
	assert.Contains(t, hint, "Aurelian Federal Investigation Bureau works at a slow tempo")
	assert.NotContains(t, hint, "Nordvik")
	for _, p := range a.Plan {
		if p.Rule != "slow_answer" {
			continue
		}
		slow := false
		for _, id := range p.Teams {
			tm, _ := sc.Team(id)
			slow = slow || tm.Culture.Tempo == "slow"
		}
		assert.Equal(t, slow, strings.Contains(p.Recommendation, "slow tempo"), "%v: %s", p.Teams, p.Recommendation)
	}
}

// TestConditionWordsForNewChecks: the AAR words the assessed_correctly and
// verified checks with names.
func TestConditionWordsForNewChecks(t *testing.T) {
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	sc, diags := scenario.Parse("harbour-watch.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	b := &builder{sc: sc, names: names{sc: sc}}
	th, it := sc.Threats[0], sc.Items[0]
	assert.Equal(t, "any team has assessed "+th.Name+" correctly",
		b.condition(&scenario.Condition{AssessedCorrectly: &scenario.ThreatTeam{Threat: th.ID}}))
	assert.Equal(t, "Aurelian Federal Investigation Bureau has verified “"+it.Title+"”",
		b.condition(&scenario.Condition{Verified: &scenario.ItemBy{Item: it.ID, Team: "aurelia-fib"}}))
}

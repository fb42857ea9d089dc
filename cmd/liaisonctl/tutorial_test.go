package main

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
	"liaison/scenarios"
)

// roundNamed finds the round an expected outcome's text names ("by round
// 2", "in round 5").
var roundNamed = regexp.MustCompile(`round (\d+)`)

// TestTutorialLessonsFollowedLiterally plays the tutorial with both seats
// scripted by testdata/tutorial-lessons.yaml, the lesson texts followed
// literally: every expected outcome must be met, no later than the round
// its text names (and its by agrees with the text), and the plot disrupted
// with full outcome marks.
func TestTutorialLessonsFollowedLiterally(t *testing.T) {
	data, err := scenarios.Read("tutorial.yaml")
	require.NoError(t, err)
	sc, diags := scenario.Parse("tutorial.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	script, err := loadOrdersScript("testdata/tutorial-lessons.yaml", sc)
	require.NoError(t, err)
	require.ElementsMatch(t, []string{"valmora-cio", "estrel-fpl"}, script.teams(sc), "both seats follow the lessons")

	st := rules.New(sc, sc.Seed)
	for !st.Over() {
		turn := rules.Turn{Orders: map[string][]rules.Order{}}
		require.NoError(t, script.apply(st, &turn))
		var evs []rules.Event
		st, evs = rules.Resolve(st, turn)
		for _, e := range evs {
			assert.NotEqual(t, rules.EvRejected, e.Kind, "round %d: an order the lessons give was refused: %s", e.Round, e.Text)
			assert.NotEqual(t, rules.EvDrop, e.Kind, "round %d: dropped: %s", e.Round, e.Text)
		}
	}

	met := map[string]rules.Event{}
	for _, e := range st.Events() {
		if e.Kind == rules.EvExpectation {
			met[e.Ref] = e
		}
	}
	checked := 0
	for _, in := range sc.Injects {
		if in.Expect == nil {
			continue
		}
		checked++
		m := roundNamed.FindStringSubmatch(in.Expect.Text)
		require.NotNil(t, m, "%s: the expected outcome's text names no round: %q", in.Title, in.Expect.Text)
		named, _ := strconv.Atoi(m[1])
		assert.Equal(t, named, in.Expect.By, "%s: by must be the round the text names", in.Title)
		e, ok := met[in.ID]
		if assert.True(t, ok, "%s: never judged", in.Title) {
			assert.True(t, e.Truth, "%s: missed: %s", in.Title, e.Text)
			assert.LessOrEqual(t, e.Round, named, "%s: met in round %d, after the round its text names", in.Title, e.Round)
		}
	}
	assert.GreaterOrEqual(t, checked, 5, "the lessons have machine-checked outcomes")

	res := score.Compute(sc, st.Events())
	assert.Equal(t, 1, res.Disrupted)
	assert.InDelta(t, 100, res.Coalition.Dim("outcome").Score, 1e-9, "full outcome marks: disrupted with the full lead time")

	// The same script through the command line: no error, the plot disrupted.
	code, out, errs := playCLI(t, "play", "tutorial", "--orders", "testdata/tutorial-lessons.yaml")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "1 of 1 threats disrupted in 5 rounds")
}

package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStatementsAreValidXAPI(t *testing.T) {
	aar := harbourAAR(t)
	stmts, err := Statements(aar, XAPIOptions{Start: goldenStart})
	require.NoError(t, err)
	require.NotEmpty(t, stmts)
	ids := map[string]bool{}
	reg := Registration(aar, "")
	verbs := map[string]int{}
	for _, s := range stmts {
		require.NoError(t, Validate(s), "statement %s", s.ID)
		assert.False(t, ids[s.ID], "statement ids are unique")
		ids[s.ID] = true
		assert.Equal(t, "Group", s.Actor.ObjectType)
		require.NotNil(t, s.Actor.Account)
		assert.True(t, strings.HasPrefix(s.Actor.Account.Name, "harbour-watch/"))
		require.NotNil(t, s.Context)
		assert.Equal(t, reg, s.Context.Registration, "one registration per game")
		assert.True(t, strings.HasPrefix(s.Object.ID, DefaultBaseIRI+"/scenarios/harbour-watch"))
		if s.Result != nil && s.Result.Score != nil && s.Result.Score.Scaled != nil {
			assert.True(t, *s.Result.Score.Scaled >= -1 && *s.Result.Score.Scaled <= 1)
		}
		verbs[s.Verb.ID]++
	}
	// One completed result per team and for the coalition, at the end of the game.
	var results []Statement
	for _, s := range stmts {
		if s.Verb.ID == VerbCompleted && s.Object.ID == DefaultBaseIRI+"/scenarios/harbour-watch" {
			results = append(results, s)
		}
	}
	require.Len(t, results, len(aar.Teams)+1)
	round, ok := RoundDuration(aar.Scenario.RoundLabel)
	require.True(t, ok, "harbour-watch rounds are %q", aar.Scenario.RoundLabel)
	end := goldenStart.Add(time.Duration(aar.Game.Played) * round)
	for _, r := range results {
		require.NotNil(t, r.Result.Score)
		assert.Equal(t, 0.0, *r.Result.Score.Min)
		assert.Equal(t, 100.0, *r.Result.Score.Max)
		assert.InDelta(t, *r.Result.Score.Raw/100, *r.Result.Score.Scaled, 0.001)
		assert.Equal(t, *r.Result.Score.Raw >= PassTotal, *r.Result.Success)
		assert.Equal(t, ISODuration(time.Duration(aar.Game.Played)*round), r.Result.Duration)
		assert.Equal(t, end.Format("2006-01-02T15:04:05.000Z"), r.Timestamp)
	}
	for _, v := range []string{VerbExperienced, VerbAsked, VerbResponded, VerbCompleted, VerbPassed, VerbFailed, VerbAttempted} {
		assert.Positive(t, verbs[v], "the fixed game uses %s", v)
	}
	assert.Positive(t, verbs[DefaultBaseIRI+"/verbs/assessed"])
}

func TestStatementsTimestampsFollowRounds(t *testing.T) {
	aar := harbourAAR(t)
	stmts, err := Statements(aar, XAPIOptions{Start: goldenStart, Round: 2 * time.Hour, BaseIRI: "https://lrs.test/liaison/"})
	require.NoError(t, err)
	var prev time.Time
	for _, s := range stmts[:len(stmts)-len(aar.Teams)-1] {
		ts, err := time.Parse(time.RFC3339Nano, s.Timestamp)
		require.NoError(t, err)
		round := int(s.Context.Extensions["https://lrs.test/liaison/extensions/round"].(int))
		lo := goldenStart.Add(time.Duration(round-1) * 2 * time.Hour)
		assert.False(t, ts.Before(lo), "statement of round %d at %s", round, s.Timestamp)
		assert.True(t, ts.Before(lo.Add(2*time.Hour)), "statement of round %d at %s", round, s.Timestamp)
		assert.False(t, ts.Before(prev), "timestamps follow resolution order")
		prev = ts
		assert.Equal(t, "https://lrs.test/liaison", s.Actor.Account.HomePage)
	}
	again, err := Statements(aar, XAPIOptions{Start: goldenStart, Round: 2 * time.Hour, BaseIRI: "https://lrs.test/liaison/"})
	require.NoError(t, err)
	assert.Equal(t, stmts, again, "deterministic")
}

func TestStatementsNeedAStartAndAnIRI(t *testing.T) {
	aar := harbourAAR(t)
	_, err := Statements(aar, XAPIOptions{})
	require.ErrorContains(t, err, "start time")
	_, err = Statements(aar, XAPIOptions{Start: goldenStart, BaseIRI: "not an iri"})
	require.ErrorContains(t, err, "base IRI")
	_, err = Statements(nil, XAPIOptions{Start: goldenStart})
	require.Error(t, err)
}

// validStatement is a minimal valid statement for the validator tests.
func validStatement() Statement {
	scaled, raw, lo, hi := 0.5, 50.0, 0.0, 100.0
	return Statement{
		ID:     "2c7f3a1e-8b4d-5c6e-9f00-112233445566",
		Actor:  Actor{ObjectType: "Group", Name: "Team", Account: &Account{HomePage: "https://liaison.example/xapi", Name: "s/t"}},
		Verb:   Verb{ID: VerbCompleted, Display: LangMap{"en": "completed"}},
		Object: Activity{ObjectType: "Activity", ID: "https://liaison.example/xapi/scenarios/s"},
		Result: &Result{Score: &Score{Scaled: &scaled, Raw: &raw, Min: &lo, Max: &hi}, Duration: "PT6H"},
		Context: &Context{Registration: "2c7f3a1e-8b4d-5c6e-9f00-112233445566", Language: "en-GB",
			Extensions: map[string]any{"https://liaison.example/xapi/extensions/round": 1}},
		Timestamp: "2026-05-04T09:00:00.000Z",
	}
}

func TestValidateAcceptsAndRejects(t *testing.T) {
	require.NoError(t, Validate(validStatement()))
	f := func(v float64) *float64 { return &v }
	cases := []struct {
		name   string
		break_ func(*Statement)
		want   string
	}{
		{"id", func(s *Statement) { s.ID = "game-1" }, "not an RFC 4122 UUID"},
		{"verb iri", func(s *Statement) { s.Verb.ID = "completed" }, "verb.id"},
		{"verb display", func(s *Statement) { s.Verb.Display = nil }, "verb.display is empty"},
		{"language tag", func(s *Statement) { s.Verb.Display = LangMap{"english!": "x"} }, "language tag"},
		{"object iri", func(s *Statement) { s.Object.ID = "scenario harbour" }, "object.id"},
		{"scaled above 1", func(s *Statement) { s.Result.Score.Scaled = f(1.5) }, "outside [-1, 1]"},
		{"scaled below -1", func(s *Statement) { s.Result.Score.Scaled = f(-1.01) }, "outside [-1, 1]"},
		{"raw above max", func(s *Statement) { s.Result.Score.Raw = f(120) }, "raw 120"},
		{"min not below max", func(s *Statement) { s.Result.Score.Min = f(100) }, "not below max"},
		{"duration", func(s *Statement) { s.Result.Duration = "6 hours" }, "ISO 8601 duration"},
		{"empty duration P", func(s *Statement) { s.Result.Duration = "PT" }, "ISO 8601 duration"},
		{"group with two ids", func(s *Statement) { s.Actor.Mbox = "mailto:team@liaison.example" }, "exactly one identifier"},
		{"anonymous group without members", func(s *Statement) { s.Actor.Account = nil }, "exactly one identifier"},
		{"agent without id", func(s *Statement) { s.Actor = Actor{ObjectType: "Agent", Name: "x"} }, "exactly one identifier"},
		{"bad mbox", func(s *Statement) { s.Actor = Actor{ObjectType: "Agent", Mbox: "team@x"} }, "mailto"},
		{"homePage", func(s *Statement) { s.Actor.Account.HomePage = "liaison" }, "not an IRL"},
		{"registration", func(s *Statement) { s.Context.Registration = "42" }, "registration"},
		{"extension key", func(s *Statement) { s.Context.Extensions = map[string]any{"round": 1} }, "not an IRI"},
		{"timestamp zone", func(s *Statement) { s.Timestamp = "2026-05-04T09:00:00" }, "time zone"},
		{"timestamp missing", func(s *Statement) { s.Timestamp = "" }, "timestamp is missing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := validStatement()
			tc.break_(&s)
			err := Validate(s)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestStatementJSONHasNoNulls(t *testing.T) {
	aar := harbourAAR(t)
	stmts, err := Statements(aar, XAPIOptions{Start: goldenStart})
	require.NoError(t, err)
	b, err := json.Marshal(stmts)
	require.NoError(t, err)
	assert.NotContains(t, string(b), "null", "xAPI forbids null values")
}

func TestRoundDurationAndISODuration(t *testing.T) {
	for label, want := range map[string]time.Duration{
		"6 hours": 6 * time.Hour, "1 hour": time.Hour, "30 minutes": 30 * time.Minute, "90 min": 90 * time.Minute,
		"2 days": 48 * time.Hour, "1 week": 7 * 24 * time.Hour, "6h": 6 * time.Hour, "1.5 hours": 90 * time.Minute,
	} {
		got, ok := RoundDuration(label)
		assert.True(t, ok, label)
		assert.Equal(t, want, got, label)
	}
	for _, label := range []string{"", "1 round", "a day", "-2 hours", "six hours", "3 fortnights"} {
		_, ok := RoundDuration(label)
		assert.False(t, ok, label)
	}
	for d, want := range map[time.Duration]string{
		0: "PT0S", 60 * time.Hour: "PT60H", 90 * time.Minute: "PT1H30M", 1500 * time.Millisecond: "PT1.5S",
		time.Hour + 2*time.Second: "PT1H2S", 3 * time.Millisecond: "PT0S",
	} {
		got := ISODuration(d)
		assert.Equal(t, want, got, d.String())
		assert.True(t, validDuration(got), got)
	}
}

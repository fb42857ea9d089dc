package replay_test

import (
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

func record(t *testing.T) (*replay.Record, []byte) {
	t.Helper()
	data, err := scenarios.Read("tutorial.yaml")
	require.NoError(t, err)
	sc, diags := scenario.Parse("tutorial.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	st := rules.New(sc, 4)
	rec := &replay.Record{Format: replay.FormatVersion, Scenario: sc.ID, ScenarioFile: "tutorial.yaml",
		ScenarioHash: scenario.Hash(data), Seed: 4}
	for i, tm := range sc.Teams {
		rec.Seats = append(rec.Seats, replay.Seat{Team: tm.ID, Player: []string{replay.Human, "cooperative"}[i%2]})
	}
	for i := 0; i < 3; i++ {
		turn := rules.Turn{Orders: map[string][]rules.Order{}}
		for _, tm := range sc.Teams {
			turn.Orders[tm.ID] = []rules.Order{{Kind: rules.Pass, Team: tm.ID}}
		}
		rec.Turns = append(rec.Turns, turn)
		st, _ = rules.Resolve(st, turn)
	}
	rec.FinalHash = st.Hash()
	return rec, data
}

func TestEncodeDecodeReplayRoundTrip(t *testing.T) {
	rec, data := record(t)
	b, err := replay.Encode(rec)
	require.NoError(t, err)
	got, err := replay.Decode(b)
	require.NoError(t, err)
	assert.Equal(t, rec, got)
	st, err := replay.Replay(got, data)
	require.NoError(t, err)
	assert.Equal(t, rec.FinalHash, st.Hash())
	assert.Equal(t, 4, st.Round())
}

func TestReplayRefusesChangedScenario(t *testing.T) {
	rec, data := record(t)
	changed := append([]byte(nil), data...)
	changed = append(changed, []byte("\n# an instructor's edit\n")...)
	_, err := replay.Replay(rec, changed)
	require.ErrorIs(t, err, replay.ErrScenarioChanged)
	assert.Contains(t, err.Error(), "use the scenario file the game was played with")
}

func TestReplayDetectsDivergence(t *testing.T) {
	rec, data := record(t)
	rec.FinalHash = strings.Repeat("0", 64)
	_, err := replay.Replay(rec, data)
	require.ErrorContains(t, err, "replay diverged")
}

func TestDecodeRefusesBrokenRecords(t *testing.T) {
	rec, _ := record(t)
	good, err := replay.Encode(rec)
	require.NoError(t, err)
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "record is empty"},
		{"truncated", string(good[:len(good)/2]), "not valid JSON"},
		{"unknown field", strings.Replace(string(good), `"seed"`, `"sneed"`, 1), "not valid JSON"},
		{"trailing", string(good) + "{}", "trailing data"},
		{"wrong version", strings.Replace(string(good), `"format": 1`, `"format": 99`, 1), "unsupported record format 99"},
		{"no hash", strings.Replace(string(good), rec.ScenarioHash, "abc", 1), "does not name its scenario"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := replay.Decode([]byte(tc.data))
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestDecodeEnforcesLimits(t *testing.T) {
	rec, _ := record(t)
	for len(rec.Turns) <= replay.MaxTurns {
		rec.Turns = append(rec.Turns, rec.Turns[0])
	}
	b, err := replay.Encode(rec)
	require.NoError(t, err)
	_, err = replay.Decode(b)
	require.ErrorContains(t, err, "turns; the limit is 200")
	_, err = replay.Decode(make([]byte, replay.MaxRecordBytes+1))
	require.ErrorContains(t, err, "the limit is")
}

func TestReplayRefusesSeatsThatDoNotFit(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *replay.Record)
		want string
	}{
		{"path as team", func(r *replay.Record) { r.Seats[0].Team = "../../etc/passwd" },
			`seat 1 is for team "../../etc/passwd", which scenario "tutorial" does not have (its teams: `},
		{"unknown team", func(r *replay.Record) { r.Seats[1].Team = "atlantis" }, `team "atlantis", which scenario "tutorial" does not have`},
		{"escape sequence in team", func(r *replay.Record) { r.Seats[0].Team = "x\x1b]0;pwned\x07" }, `team "x\x1b]0;pwned\a"`},
		{"control character in team", func(r *replay.Record) { r.Seats[0].Team = "x\x1b[2J" }, `team "x\x1b[2J"`},
		{"long team clipped", func(r *replay.Record) { r.Seats[0].Team = strings.Repeat("a", 1000) }, `"` + strings.Repeat("a", 64) + `"…`},
		{"bad seat kind", func(r *replay.Record) { r.Seats[0].Player = "root" }, `is played by "root", neither a person nor a bot this version knows (a seat is human or one of cooperative, `},
		{"empty seat kind", func(r *replay.Record) { r.Seats[0].Player = "" }, `is played by "", neither`},
		{"two seats", func(r *replay.Record) { r.Seats = append(r.Seats, r.Seats[0]) }, "has two seats"},
		{"missing seat", func(r *replay.Record) { r.Seats = r.Seats[1:] }, "has no seat"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, data := record(t)
			tc.edit(rec)
			_, err := replay.Replay(rec, data)
			require.ErrorIs(t, err, replay.ErrSeats)
			assert.Contains(t, err.Error(), tc.want)
			assert.NotContains(t, err.Error(), "\x1b]0", "no raw escape reaches the message")
		})
	}
}

func TestPlayersFollowTheScenarioTeamOrder(t *testing.T) {
	rec, data := record(t)
	sc, _ := scenario.Parse("tutorial.yaml", data)
	require.NotNil(t, sc)
	want := make([]string, len(sc.Teams))
	for i, s := range rec.Seats {
		want[i] = s.Player
	}
	tests := []struct {
		name string
		edit func(r *replay.Record)
		want []string
	}{
		{"as recorded", func(*replay.Record) {}, want},
		{"seats in another order", func(r *replay.Record) { slices.Reverse(r.Seats) }, want},
		{"a team without a seat", func(r *replay.Record) { r.Seats = r.Seats[1:] }, append([]string{""}, want[1:]...)},
		{"a seat for no team", func(r *replay.Record) { r.Seats[0].Team = "atlantis" }, append([]string{""}, want[1:]...)},
		{"no seats", func(r *replay.Record) { r.Seats = nil }, make([]string, len(want))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec, _ := record(t)
			tc.edit(rec)
			assert.Equal(t, tc.want, rec.Players(sc))
		})
	}
}

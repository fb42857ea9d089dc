package save

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/sim"
	"liaison/scenarios"
)

// TestResumeAtEveryRoundMatchesUninterrupted saves a bot game after every
// round, loads each save back, resumes it and plays on with fresh bots: every
// resumed game must end in exactly the uninterrupted game's state.
func TestResumeAtEveryRoundMatchesUninterrupted(t *testing.T) {
	ref := newMatch(t, "harbour-watch.yaml").play(-1)
	want := ref.st.Hash()
	rounds := len(ref.rec.Turns)
	require.Positive(t, rounds)

	m := newMatch(t, "harbour-watch.yaml")
	for k := 0; k <= rounds; k++ {
		sv, err := Decode(encoded(t, m.save(t)))
		require.NoError(t, err)
		st, err := Resume(sv, m.data)
		require.NoError(t, err, "round %d", k)
		assert.Equal(t, m.st.Hash(), st.Hash(), "resumed state at round %d", k)

		resumed := newMatch(t, "harbour-watch.yaml") // fresh bots: they keep no memory
		resumed.rec, resumed.st = sv.Record, st
		assert.Equal(t, want, resumed.play(-1).st.Hash(), "game resumed after round %d", k)
		m.play(1)
	}
}

func TestResumeWithConfirmedOrders(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(2)
	first := m.sc.Teams[0].ID
	orders := sim.NextTurn(m.st, m.players).Orders[first]
	require.NotEmpty(t, orders)
	sv, err := New(m.rec, m.st, UI{Source: Source{Embedded: "harbour-watch.yaml"}, Phase: PhaseHandoff,
		Team: m.sc.Teams[1].ID, Confirmed: map[string][]rules.Order{first: orders}})
	require.NoError(t, err)
	got, err := Decode(encoded(t, sv))
	require.NoError(t, err)
	st, err := Reopen(got)
	require.NoError(t, err)
	assert.Equal(t, m.st.Hash(), st.Hash())
	assert.Equal(t, orders, got.UI.Confirmed[first])
}

func TestResumeRefusesOtherScenarios(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(2)
	sv := m.save(t)
	north, err := scenarios.Read("northern-corridor.yaml")
	require.NoError(t, err)
	edited := append([]byte("# edited after the game\n"), m.data...)
	cases := []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"changed since the save", edited, ErrScenarioChanged, "restore that version"},
		{"another scenario", north, ErrWrongScenario, `for scenario "harbour-watch", not "northern-corridor"`},
		{"not a scenario", []byte("{{{"), ErrScenarioChanged, "differs"},
		{"empty", nil, ErrScenarioChanged, "differs"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st, err := Resume(sv, c.data)
			require.ErrorIs(t, err, c.want)
			assert.Nil(t, st)
			assert.Contains(t, err.Error(), c.text)
		})
	}
}

func TestResumeDetectsTampering(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(3)
	sv := m.save(t)
	sv.Kind = Auto
	good := encoded(t, sv)
	team := m.sc.Teams[0].ID
	cases := []struct {
		name string
		edit func(b map[string]any)
		want error
	}{
		{"final hash changed", func(b map[string]any) {
			obj(t, b, "record")["final_hash"] = "00000000000000000000000000000000"
		}, ErrDiverged},
		{"final hash removed", func(b map[string]any) { delete(obj(t, b, "record"), "final_hash") }, ErrCorrupt},
		{"a turn dropped", func(b map[string]any) {
			r := obj(t, b, "record")
			r["turns"] = r["turns"].([]any)[1:]
		}, ErrDiverged},
		{"seed changed", func(b map[string]any) { obj(t, b, "record")["seed"] = 7 }, ErrDiverged},
		{"claims to be over", func(b map[string]any) { obj(t, b, "ui")["phase"] = "over" }, ErrCorrupt},
		{"illegal confirmed order", func(b map[string]any) {
			ui := obj(t, b, "ui")
			ui["phase"] = "facilitate"
			ui["confirmed"] = map[string]any{team: []any{map[string]any{"kind": "share", "team": team, "item": "no-such-item"}}}
		}, ErrCorrupt},
		{"seat for a path", func(b map[string]any) {
			obj(t, b, "record")["seats"].([]any)[0].(map[string]any)["team"] = "../../etc/passwd"
		}, replay.ErrSeats},
		{"seat of an unknown kind", func(b map[string]any) {
			obj(t, b, "record")["seats"].([]any)[0].(map[string]any)["player"] = "root"
		}, ErrCorrupt},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bad, err := Decode(reseal(t, good, c.edit))
			require.NoError(t, err, "the edit is well-formed; Resume must catch it")
			st, err := Resume(bad, m.data)
			require.ErrorIs(t, err, c.want)
			assert.Nil(t, st)
		})
	}
}

func TestReadScenario(t *testing.T) {
	embedded, err := ReadScenario(Source{Embedded: "tutorial.yaml"})
	require.NoError(t, err)
	want, err := scenarios.Read("tutorial.yaml")
	require.NoError(t, err)
	assert.Equal(t, want, embedded)

	p := filepath.Join(t.TempDir(), "mine.yaml")
	require.NoError(t, os.WriteFile(p, want, 0o600))
	fromFile, err := ReadScenario(Source{Path: p})
	require.NoError(t, err)
	assert.Equal(t, want, fromFile)

	for _, src := range []Source{{}, {Embedded: "gone.yaml"}, {Path: filepath.Join(t.TempDir(), "gone.yaml")}, {Embedded: "../x.yaml"}} {
		_, err := ReadScenario(src)
		assert.Error(t, err, "%+v", src)
	}
}

func TestReadRecordReadsSavesAndRecords(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(2)
	dir := t.TempDir()
	savePath := filepath.Join(dir, "save.json")
	require.NoError(t, WriteFile(savePath, m.save(t)))
	rec, err := ReadRecord(savePath)
	require.NoError(t, err)
	assert.Len(t, rec.Turns, 2)

	recPath := filepath.Join(dir, "record.json")
	raw, err := encodeRecord(m)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(recPath, raw, 0o600))
	rec, err = ReadRecord(recPath)
	require.NoError(t, err)
	assert.Len(t, rec.Turns, 2)

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"x":1}`), 0o600))
	_, err = ReadRecord(bad)
	assert.ErrorContains(t, err, "neither a save")
}

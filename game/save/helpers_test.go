package save

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/sim"
	"liaison/scenarios"
)

// match is a game being played by bots in a test.
type match struct {
	data    []byte
	sc      *scenario.Scenario
	rec     *replay.Record
	st      *rules.State
	players map[string]bot.Player
}

// newMatch starts an all-bot game of an embedded scenario with its default seats.
func newMatch(t testing.TB, name string) *match {
	t.Helper()
	data, err := scenarios.Read(name)
	require.NoError(t, err)
	sc, diags := scenario.Parse(name, data)
	require.NotNil(t, sc, "%v", diags)
	seats, err := sim.Seats(sc, nil)
	require.NoError(t, err)
	players, err := sim.Players(sc, sc.Seed, seats)
	require.NoError(t, err)
	rec := &replay.Record{Format: replay.FormatVersion, Scenario: sc.ID, ScenarioFile: name,
		ScenarioHash: scenario.Hash(data), Seed: sc.Seed}
	for _, tm := range sc.Teams {
		rec.Seats = append(rec.Seats, replay.Seat{Team: tm.ID, Player: seats[tm.ID]})
	}
	return &match{data: data, sc: sc, rec: rec, st: rules.New(sc, sc.Seed), players: players}
}

// play resolves up to n more rounds (all of them when n < 0).
func (m *match) play(n int) *match {
	for ; n != 0 && !m.st.Over(); n-- {
		turn := sim.NextTurn(m.st, m.players)
		m.rec.Turns = append(m.rec.Turns, turn)
		m.st, _ = rules.Resolve(m.st, turn)
	}
	return m
}

// save snapshots the match at the start of its next round.
func (m *match) save(t testing.TB) *Save {
	t.Helper()
	sv, err := New(m.rec, m.st, UI{Source: Source{Embedded: m.rec.ScenarioFile}, Phase: PhaseRound})
	require.NoError(t, err)
	return sv
}

// encoded returns a save's file bytes.
func encoded(t testing.TB, sv *Save) []byte {
	t.Helper()
	b, err := Encode(sv)
	require.NoError(t, err)
	return b
}

// reseal edits a save file's body (decoded with numbers kept exact) and
// writes it back with a correct checksum, to reach the checks past it.
func reseal(t testing.TB, file []byte, edit func(body map[string]any)) []byte {
	t.Helper()
	var env struct {
		Format int             `json:"liaison_save"`
		SHA256 string          `json:"sha256"`
		Body   json.RawMessage `json:"body"`
	}
	require.NoError(t, json.Unmarshal(file, &env))
	dec := json.NewDecoder(bytes.NewReader(env.Body))
	dec.UseNumber()
	var b map[string]any
	require.NoError(t, dec.Decode(&b))
	edit(b)
	raw, err := json.Marshal(b)
	require.NoError(t, err)
	sum := sha256.Sum256(raw)
	env.Body, env.SHA256 = raw, hex.EncodeToString(sum[:])
	out, err := json.Marshal(env)
	require.NoError(t, err)
	return out
}

// obj returns a nested JSON object of a decoded body.
func obj(t testing.TB, m map[string]any, key string) map[string]any {
	t.Helper()
	v, ok := m[key].(map[string]any)
	require.True(t, ok, "no object %q", key)
	return v
}

// encodeRecord returns the match's record as a bare record file.
func encodeRecord(m *match) ([]byte, error) { return replay.Encode(m.rec) }

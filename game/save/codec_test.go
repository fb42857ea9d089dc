package save

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/sim"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(3)
	first := m.sc.Teams[0].ID
	turn := sim.NextTurn(m.st, m.players)
	ui := UI{
		Source:      Source{Embedded: "harbour-watch.yaml"},
		Facilitator: true,
		Phase:       PhaseHandoff,
		Team:        m.sc.Teams[1].ID,
		Confirmed:   map[string][]rules.Order{first: turn.Orders[first]},
	}
	sv, err := New(m.rec, m.st, ui)
	require.NoError(t, err)
	sv.Kind, sv.Name, sv.SavedAt = Manual, "Before the storm", time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

	data := encoded(t, sv)
	got, err := Decode(data)
	require.NoError(t, err)
	assert.Equal(t, Manual, got.Kind)
	assert.Equal(t, "Before the storm", got.Name)
	assert.True(t, got.SavedAt.Equal(sv.SavedAt))
	assert.Equal(t, ui.Phase, got.UI.Phase)
	assert.Equal(t, ui.Team, got.UI.Team)
	assert.True(t, got.UI.Facilitator)
	assert.Len(t, got.UI.Confirmed[first], len(turn.Orders[first]))
	assert.Equal(t, 3, got.Rounds())
	assert.Equal(t, m.st.Hash(), got.Record.FinalHash)
	assert.Equal(t, data, encoded(t, got), "encoding is stable")
	// Encoding left the caller's record alone.
	assert.Empty(t, m.rec.FinalHash)
}

func TestNewMarksFinishedGamesOver(t *testing.T) {
	m := newMatch(t, "tutorial.yaml").play(-1)
	require.True(t, m.st.Over())
	sv, err := New(m.rec, m.st, UI{Source: Source{Embedded: "tutorial.yaml"}, Phase: PhaseOrders, Team: m.sc.Teams[0].ID})
	require.NoError(t, err)
	assert.True(t, sv.Over())
	assert.Empty(t, sv.UI.Team)
}

func TestNewRefusesMalformedUI(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(1)
	team := m.sc.Teams[0].ID
	cases := []struct {
		name string
		ui   UI
		want string
	}{
		{"unknown phase", UI{Phase: "lunch"}, "unknown step"},
		{"handoff without team", UI{Phase: PhaseHandoff}, "has no seat"},
		{"handoff to unknown team", UI{Phase: PhaseHandoff, Team: "nobody"}, "has no seat"},
		{"round with a team", UI{Phase: PhaseRound, Team: team}, "belongs to no team"},
		{"confirmed at round start", UI{Phase: PhaseRound, Confirmed: map[string][]rules.Order{team: {{Kind: rules.Pass, Team: team}}}}, "none can be"},
		{"confirmed for unknown team", UI{Phase: PhaseFacilitate, Confirmed: map[string][]rules.Order{"x": nil}}, "has no seat"},
		{"confirmed order of another team", UI{Phase: PhaseFacilitate, Confirmed: map[string][]rules.Order{team: {{Kind: rules.Pass, Team: "x"}}}}, "is for team"},
		{"both sources", UI{Phase: PhaseRound, Source: Source{Embedded: "a.yaml", Path: "/a.yaml"}}, "both"},
		{"embedded path", UI{Phase: PhaseRound, Source: Source{Embedded: "../etc/passwd.yaml"}}, "not a scenario file name"},
		{"long note", UI{Phase: PhaseFacilitate, Confirmed: map[string][]rules.Order{team: {{Kind: rules.Pass, Team: team, Note: strings.Repeat("n", replay.MaxNoteBytes+1)}}}}, "note"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := New(m.rec, m.st, c.ui)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

// brokenSaves returns damaged variants of a valid save file, each with the
// error class Decode must report and a phrase its message must hold.
func brokenSaves(t testing.TB, good []byte) []brokenCase {
	t.Helper()
	mid := bytes.Index(good, []byte(`"orders"`))
	require.Positive(t, mid)
	flip := func(i int, b byte) []byte { c := bytes.Clone(good); c[i] = b; return c }
	record, err := replay.Encode(&replay.Record{Format: 1, Scenario: "x", ScenarioHash: strings.Repeat("0", 64)})
	require.NoError(t, err)
	return []brokenCase{
		{"empty", nil, ErrTruncated, "empty"},
		{"blank", []byte("  \n"), ErrTruncated, "empty"},
		{"cut in half", good[:len(good)/2], ErrTruncated, "ends after"},
		{"cut one byte short", good[:len(good)-2], ErrTruncated, "ends after"},
		{"oversized", append(bytes.Clone(good), bytes.Repeat([]byte(" "), MaxBytes)...), ErrTooLarge, "limit"},
		{"byte changed in an id", flip(mid+1, 'O'), ErrCorrupt, "checksum"},
		{"structure broken", flip(mid-1, '}'), ErrCorrupt, "not valid JSON"},
		{"zeroed block", append(append(bytes.Clone(good[:mid]), make([]byte, 64)...), good[mid+64:]...), ErrCorrupt, "not valid JSON"},
		{"trailing data", append(bytes.Clone(good), "{}"...), ErrCorrupt, "after the end"},
		{"newer format", bytes.Replace(good, []byte(`"liaison_save": 1`), []byte(`"liaison_save": 2`), 1), ErrVersion, "newer"},
		{"older format", bytes.Replace(good, []byte(`"liaison_save": 1`), []byte(`"liaison_save": 0`), 1), ErrVersion, "older"},
		{"version not a number", bytes.Replace(good, []byte(`"liaison_save": 1`), []byte(`"liaison_save": "1"`), 1), ErrCorrupt, "not a number"},
		{"a game record", record, ErrNotSave, "game record"},
		{"json array", []byte("[1,2]"), ErrNotSave, "not a save"},
		{"json null", []byte("null"), ErrNotSave, "version"},
		{"other json", []byte(`{"name":"x"}`), ErrNotSave, "version"},
		{"binary", []byte("\x00\x01\xffPK\x03\x04"), ErrCorrupt, "not valid JSON"},
		{"no checksum", []byte(`{"liaison_save":1,"body":{}}`), ErrCorrupt, "checksum"},
		{"unknown envelope field", bytes.Replace(good, []byte(`"liaison_save": 1`), []byte(`"liaison_save": 1, "x": 0`), 1), ErrCorrupt, "unknown field"},
		{"unknown body field", reseal(t, good, func(b map[string]any) { b["cheat"] = true }), ErrCorrupt, "unknown field"},
		{"record format 2", reseal(t, good, func(b map[string]any) { obj(t, b, "record")["format"] = 2 }), ErrVersion, "format 2"},
		{"record without scenario hash", reseal(t, good, func(b map[string]any) { obj(t, b, "record")["scenario_sha256"] = "" }), ErrCorrupt, "SHA-256"},
		{"too many turns", reseal(t, good, func(b map[string]any) {
			r := obj(t, b, "record")
			turns := r["turns"].([]any)
			for len(turns) <= replay.MaxTurns {
				turns = append(turns, map[string]any{"orders": map[string]any{}})
			}
			r["turns"] = turns
		}), ErrCorrupt, "limit"},
		{"huge id", reseal(t, good, func(b map[string]any) { obj(t, b, "record")["scenario"] = strings.Repeat("x", MaxIDBytes+1) }), ErrCorrupt, "too long"},
		{"unknown kind", reseal(t, good, func(b map[string]any) { b["kind"] = "quick" }), ErrCorrupt, "kind"},
		{"no kind", reseal(t, good, func(b map[string]any) { delete(b, "kind") }), ErrCorrupt, "kind"},
		{"control character in name", reseal(t, good, func(b map[string]any) { b["name"] = "a\x1bb" }), ErrCorrupt, "control"},
		{"unknown phase", reseal(t, good, func(b map[string]any) { obj(t, b, "ui")["phase"] = "lunch" }), ErrCorrupt, "unknown step"},
		{"no record", reseal(t, good, func(b map[string]any) { delete(b, "record") }), ErrCorrupt, "empty"},
	}
}

// brokenCase is one damaged save file.
type brokenCase struct {
	name string
	data []byte
	want error
	text string
}

func TestDecodeBrokenSaves(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(2)
	sv := m.save(t)
	sv.Kind = Auto
	for _, c := range brokenSaves(t, encoded(t, sv)) {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(c.data)
			require.ErrorIs(t, err, c.want)
			assert.Nil(t, got)
			assert.Contains(t, err.Error(), c.text)
		})
	}
}

func TestDecodeEveryTruncation(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(1)
	sv := m.save(t)
	sv.Kind = Auto
	good := encoded(t, sv)
	for n := 0; n < len(good)-1; n += 1 + n/50 {
		_, err := Decode(good[:n])
		if !assert.Error(t, err, "prefix of %d bytes", n) {
			continue
		}
		assert.True(t, isAny(err, ErrTruncated, ErrCorrupt), "prefix of %d bytes: %v", n, err)
	}
}

func isAny(err error, targets ...error) bool {
	for _, t := range targets {
		if errors.Is(err, t) {
			return true
		}
	}
	return false
}

func TestDecodeIgnoresWhitespaceLayout(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml").play(2)
	sv := m.save(t)
	sv.Kind = Auto
	good := encoded(t, sv)
	var compact bytes.Buffer
	require.NoError(t, json.Compact(&compact, good))
	got, err := Decode(compact.Bytes())
	require.NoError(t, err, "a reformatted save still loads: the checksum covers the data, not the layout")
	assert.Equal(t, sv.Record.FinalHash, got.Record.FinalHash)
}

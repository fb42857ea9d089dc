package replay_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/sim"
	"liaison/scenarios"
)

// TestNotesInRecords: a bot game's record keeps every order's note, encodes,
// decodes and replays to its final hash with the notes in the log; the same
// record with every note removed (as records made before notes existed)
// still replays, with no note in its log.
func TestNotesInRecords(t *testing.T) {
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	parsed, diags := scenario.Parse("harbour-watch.yaml", data)
	require.NotNil(t, parsed, "%v", diags)
	src := sim.Source{Scenario: parsed, Data: data, File: "harbour-watch.yaml"}
	seats, err := sim.Seats(parsed, map[string]string{"all": "cooperative"})
	require.NoError(t, err)
	g, err := sim.Play(src, 3, seats)
	require.NoError(t, err)

	notes := 0
	for _, turn := range g.Record.Turns {
		for _, q := range turn.Orders {
			for _, o := range q {
				if o.Note != "" {
					notes++
				}
			}
		}
	}
	require.Positive(t, notes, "bot orders carry notes into the record")

	raw, err := replay.Encode(g.Record)
	require.NoError(t, err)
	back, err := replay.Decode(raw)
	require.NoError(t, err)
	st, err := replay.Replay(back, data)
	require.NoError(t, err, "a record with notes replays to its final hash")
	assert.Positive(t, countNotes(st.Events()))

	old := *back
	old.FinalHash = ""
	old.Turns = nil
	for _, turn := range back.Turns {
		stripped := rules.Turn{Orders: map[string][]rules.Order{}, Facilitator: turn.Facilitator}
		for team, q := range turn.Orders {
			for _, o := range q {
				o.Note = ""
				stripped.Orders[team] = append(stripped.Orders[team], o)
			}
		}
		old.Turns = append(old.Turns, stripped)
	}
	st2, err := replay.Replay(&old, data)
	require.NoError(t, err, "a record without notes replays")
	assert.Zero(t, countNotes(st2.Events()))
	assert.Equal(t, len(st.Events()), len(st2.Events()), "notes change nothing but the notes")
}

func countNotes(evs []rules.Event) int {
	n := 0
	for _, e := range evs {
		if e.Note != "" {
			n++
		}
	}
	return n
}

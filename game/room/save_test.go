package room

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/save"
)

// TestRestoreRefusesSeatsThatDoNotFit: the seats are checked once, by
// save.Resume (replay.Record.CheckSeats), and Restore refuses what it
// refuses; Resumed, which trusts that check, still refuses rather than
// panics when handed a save that never passed it.
func TestRestoreRefusesSeatsThatDoNotFit(t *testing.T) {
	sc, data := load(t, "tutorial.yaml")
	r, err := New(Config{Scenario: sc, Data: data, File: "tutorial.yaml"})
	require.NoError(t, err)
	good, err := r.Snapshot()
	require.NoError(t, err)
	tests := []struct {
		name string
		edit func(sv *save.Save)
		want string
	}{
		{"unknown player", func(sv *save.Save) { sv.Record.Seats[0].Player = "grumpy" }, "neither a person nor a bot"},
		{"seat for another team", func(sv *save.Save) { sv.Record.Seats[0].Team = "atlantis" }, "does not have"},
		{"missing seat", func(sv *save.Save) { sv.Record.Seats = sv.Record.Seats[1:] }, "has no seat"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sv := *good
			rec := *good.Record
			rec.Seats = append([]replay.Seat(nil), good.Record.Seats...)
			sv.Record = &rec
			tc.edit(&sv)

			back, err := Restore(&sv, data)
			require.ErrorIs(t, err, save.ErrCorrupt)
			require.ErrorIs(t, err, replay.ErrSeats)
			assert.Contains(t, err.Error(), tc.want)
			assert.Nil(t, back)

			back, err = Resumed(&sv, sc, data, r.st, nil)
			require.Error(t, err, "an unchecked save is refused, not played")
			assert.Nil(t, back)
		})
	}
	back, err := Restore(good, data)
	require.NoError(t, err)
	assert.Equal(t, r.Hash(), back.Hash())
}

package session

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/sim"
	"liaison/scenarios"
)

const tutorialFile = "tutorial.yaml"

func tutorialData(t *testing.T) []byte {
	t.Helper()
	data, err := scenarios.Read(tutorialFile)
	require.NoError(t, err)
	return data
}

// act takes the current step: advances handoffs and briefings, hands in the
// first legal non-pass order (or nothing) at a board, resolves the
// facilitator's step.
func act(t *testing.T, s *Session) {
	t.Helper()
	cur := s.Current()
	switch cur.Phase {
	case Handoff, Briefing:
		require.NoError(t, s.Advance())
	case Orders:
		var os []rules.Order
		for _, o := range s.Legal(cur.Team, nil) {
			if o.Kind != rules.Pass {
				os = append(os, o)
				break
			}
		}
		require.NoError(t, s.Submit(cur.Team, os))
	case Facilitate:
		require.NoError(t, s.Resolve())
	default:
		t.Fatalf("no step to take at %+v", cur)
	}
}

// snapshotRoundTrip saves s through the file format and restores it.
func snapshotRoundTrip(t *testing.T, s *Session) (*save.Save, *Session) {
	t.Helper()
	data := tutorialData(t)
	sv, err := s.Snapshot(tutorialFile, data, save.Source{Embedded: tutorialFile})
	require.NoError(t, err)
	enc, err := save.Encode(sv)
	require.NoError(t, err)
	dec, err := save.Decode(enc)
	require.NoError(t, err)
	r, err := Restore(Options{}, dec, data)
	require.NoError(t, err)
	return dec, r
}

func TestRestoreIsTheSavedSession(t *testing.T) {
	hotSeat := map[string]string{"estrel-fpl": Human}
	cases := []struct {
		name      string
		seats     map[string]string
		facil     bool
		steps     int // steps taken before saving
		wantPhase save.Phase
	}{
		{"solo at the start", nil, false, 0, save.PhaseRound},
		{"solo at the board of round 1", nil, false, 1, save.PhaseOrders},
		{"solo after one round", nil, false, 2, save.PhaseRound},
		{"solo after three rounds", nil, false, 4, save.PhaseRound},
		{"hot-seat at the second handoff", hotSeat, false, 3, save.PhaseHandoff},
		{"hot-seat at the second briefing", hotSeat, false, 4, save.PhaseBriefing},
		{"hot-seat at the second board", hotSeat, false, 5, save.PhaseOrders},
		{"hot-seat after two rounds, a handoff in", hotSeat, false, 6 + 5, save.PhaseOrders},
		{"facilitator at its handoff", hotSeat, true, 6, save.PhaseFacilitate},
		{"facilitator at its step", hotSeat, true, 7, save.PhaseFacilitate},
		{"facilitator after a round", hotSeat, true, 8, save.PhaseRound},
		{"game over", nil, false, 100, save.PhaseOver},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := New(Options{Scenario: tutorial(t), Seats: tc.seats, Facilitator: tc.facil})
			require.NoError(t, err)
			for i := 0; i < tc.steps && !s.IsOver(); i++ {
				act(t, s)
			}
			sv, r := snapshotRoundTrip(t, s)
			assert.Equal(t, tc.wantPhase, sv.UI.Phase)
			assert.Equal(t, s.Hash(), r.Hash())
			assert.Equal(t, s.Round(), r.Round())
			assert.Equal(t, s.IsOver(), r.IsOver())
			assert.Equal(t, len(s.History()), len(r.History()))
			assert.Equal(t, s.FacilitatorOn(), r.FacilitatorOn())
			assert.Equal(t, s.Humans(), r.Humans())
			assert.Equal(t, s.LastRound(), r.LastRound())
			want, got := s.Current(), r.Current()
			if want == (Step{Facilitate, FacilitatorSeat}) {
				// The facilitator's step resumes behind its handoff.
				assert.Equal(t, Step{Handoff, FacilitatorSeat}, got)
				require.NoError(t, r.Advance())
			} else {
				assert.Equal(t, want, got)
				assert.Equal(t, s.Upcoming(), r.Upcoming())
			}
			if !s.IsOver() {
				for _, team := range s.rm.Teams() {
					assert.Equal(t, s.rm.Confirmed(team), r.rm.Confirmed(team), "%s confirmed", team)
					assert.Equal(t, s.rm.Queued(team), r.rm.Queued(team), "%s's confirmed orders", team)
				}
			}
			// Both play on identically to the end.
			for guard := 0; !s.IsOver(); guard++ {
				require.Less(t, guard, 200)
				act(t, s)
				act(t, r)
				require.Equal(t, s.Current(), r.Current())
			}
			assert.True(t, r.IsOver())
			assert.Equal(t, s.Hash(), r.Hash())
			rs, _ := s.Result()
			rr, ok := r.Result()
			assert.True(t, ok)
			assert.Equal(t, rs.Coalition.Total, rr.Coalition.Total)
		})
	}
}

func TestRestoreRefusesBrokenSaves(t *testing.T) {
	data := tutorialData(t)
	s, err := New(Options{Scenario: tutorial(t), Seats: map[string]string{"estrel-fpl": Human}})
	require.NoError(t, err)
	for i := 0; i < 8; i++ { // round 2, Estrel's handoff, Valmora confirmed
		act(t, s)
	}
	require.Equal(t, Step{Handoff, "estrel-fpl"}, s.Current())
	good, err := s.Snapshot(tutorialFile, data, save.Source{Embedded: tutorialFile})
	require.NoError(t, err)
	require.Contains(t, good.UI.Confirmed, "valmora-cio")

	cases := []struct {
		name   string
		edit   func(sv *save.Save) []byte // returns the scenario bytes to restore with
		class  error
		detail string
	}{
		{"scenario changed", func(*save.Save) []byte { return append(append([]byte{}, data...), "\n# edited\n"...) },
			save.ErrScenarioChanged, "differs from the one the game was played with"},
		{"confirmed orders missing", func(sv *save.Save) []byte { sv.UI.Confirmed = nil; return data },
			save.ErrCorrupt, "orders, due before, are missing"},
		{"confirmed after its turn", func(sv *save.Save) []byte {
			sv.UI.Team = "valmora-cio"
			return data
		}, save.ErrCorrupt, "confirmed orders though its turn comes after"},
		{"briefing after round 1", func(sv *save.Save) []byte {
			sv.UI.Phase, sv.UI.Team, sv.UI.Confirmed = save.PhaseBriefing, "valmora-cio", nil
			return data
		}, save.ErrCorrupt, "not part of this round"},
		{"facilitator step without a facilitator", func(sv *save.Save) []byte {
			sv.UI.Phase, sv.UI.Team = save.PhaseFacilitate, ""
			return data
		}, save.ErrCorrupt, "not part of this round"},
		{"diverged", func(sv *save.Save) []byte { sv.Record.Turns = sv.Record.Turns[:0]; return data },
			save.ErrDiverged, "replayed state hash"},
		{"unknown seat", func(sv *save.Save) []byte { sv.Record.Seats[1].Player = "grumpy"; return data },
			save.ErrCorrupt, "neither a person nor a bot"},
		{"seat for a team the scenario lacks", func(sv *save.Save) []byte { sv.Record.Seats[0].Team = "atlantis"; return data },
			replay.ErrSeats, `team "atlantis", which scenario "tutorial" does not have`},
		{"team without a seat", func(sv *save.Save) []byte { sv.Record.Seats = sv.Record.Seats[1:]; return data },
			replay.ErrSeats, "has no seat"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sv := cloneSave(t, good)
			scData := tc.edit(sv)
			r, err := Restore(Options{}, sv, scData)
			require.Error(t, err)
			assert.Nil(t, r)
			assert.ErrorIs(t, err, tc.class)
			assert.Contains(t, err.Error(), tc.detail)
		})
	}

	t.Run("damaged file", func(t *testing.T) {
		enc, err := save.Encode(good)
		require.NoError(t, err)
		i := len(enc) / 2
		enc[i] ^= 0x20
		_, err = save.Decode(enc)
		require.Error(t, err)
		assert.ErrorIs(t, err, save.ErrCorrupt)
	})
	t.Run("no record", func(t *testing.T) {
		_, err := Restore(Options{}, &save.Save{}, data)
		assert.ErrorIs(t, err, save.ErrCorrupt)
	})
}

// TestHeadlessSaveContinuesIdentically plays rounds the way liaisonctl play
// does, saves, continues on a session, and checks it ends where the headless
// game ends: bots are seeded alike.
func TestHeadlessSaveContinuesIdentically(t *testing.T) {
	data := tutorialData(t)
	sc := tutorial(t)
	seats, err := sim.Seats(sc, nil)
	require.NoError(t, err)
	full, err := sim.Play(sim.Source{Scenario: sc, Data: data, File: tutorialFile}, sc.Seed, seats)
	require.NoError(t, err)

	players, err := sim.Players(sc, sc.Seed, seats)
	require.NoError(t, err)
	rec := *full.Record
	rec.Turns = nil
	st := rules.New(sc, sc.Seed)
	for i := 0; i < 2; i++ {
		turn := sim.NextTurn(st, players)
		rec.Turns = append(rec.Turns, turn)
		st, _ = rules.Resolve(st, turn)
	}
	sv, err := save.New(&rec, st, save.UI{Source: save.Source{Embedded: tutorialFile}, Phase: save.PhaseRound})
	require.NoError(t, err)
	s, err := Restore(Options{}, sv, data)
	require.NoError(t, err)
	require.True(t, s.IsOver(), "an all-bot game plays itself out")
	assert.Equal(t, full.Final.Hash(), s.Hash())

	// And the other way: a session's all-bot game is the headless game.
	s2, err := New(Options{Scenario: sc, Seats: seats})
	require.NoError(t, err)
	assert.Equal(t, full.Final.Hash(), s2.Hash())
	// Byte for byte: a bot with nothing to order is null in both records
	// (the room keeps a seat's nil; it once wrote []).
	want, err := replay.Encode(full.Record)
	require.NoError(t, err)
	got, err := replay.Encode(s2.Record(tutorialFile, data))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

// A team that hands in no orders is null in the record, as the landed
// hot-seat session and every headless tool write it (the room once wrote
// [] and would have changed records and saves).
func TestNoOrdersAreNullInTheRecord(t *testing.T) {
	s, err := New(Options{Scenario: tutorial(t)})
	require.NoError(t, err)
	for s.Current().Phase != Orders {
		require.NoError(t, s.Advance())
	}
	cur := s.Current()
	require.NoError(t, s.Submit(cur.Team, nil))
	enc, err := replay.Encode(s.Record(tutorialFile, tutorialData(t)))
	require.NoError(t, err)
	assert.Contains(t, string(enc), `"`+cur.Team+`": null`)
	assert.NotContains(t, string(enc), `[]`)
}

// cloneSave deep-copies a save through JSON.
func cloneSave(t *testing.T, sv *save.Save) *save.Save {
	t.Helper()
	b, err := json.Marshal(sv)
	require.NoError(t, err)
	var c save.Save
	require.NoError(t, json.Unmarshal(b, &c))
	return &c
}

// liaison --facilitator on Continue: a game saved without the facilitator
// view resumes with it on, at the same step and state.
func TestRestoreCanSwitchTheFacilitatorOn(t *testing.T) {
	for _, steps := range []int{0, 1, 2} {
		s, err := New(Options{Scenario: tutorial(t)})
		require.NoError(t, err)
		for i := 0; i < steps; i++ {
			act(t, s)
		}
		data := tutorialData(t)
		sv, err := s.Snapshot(tutorialFile, data, save.Source{Embedded: tutorialFile})
		require.NoError(t, err)
		r, err := Restore(Options{Facilitator: true}, sv, data)
		require.NoError(t, err, "after %d steps", steps)
		assert.True(t, r.FacilitatorOn())
		assert.Equal(t, s.Hash(), r.Hash())
		assert.Equal(t, s.Round(), r.Round())
		r2, err := Restore(Options{}, sv, data)
		require.NoError(t, err)
		assert.False(t, r2.FacilitatorOn(), "without the flag the save's own setting stands")
	}
}

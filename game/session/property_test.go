package session

import (
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"liaison/game/bot"
	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/save"
)

// TestSessionGamesReplayAndResume is the property behind moving the
// session onto game/room: for any seating, facilitator choice and orders
// the people give, the session's record replays to its own state, and a
// save taken at any step restores to a session that plays on identically.
func TestSessionGamesReplayAndResume(t *testing.T) {
	data := tutorialData(t)
	sc := tutorial(t)
	kinds := append([]string{Human}, bot.Personalities...)
	rapid.Check(t, func(rt *rapid.T) {
		seats := map[string]string{}
		for _, tm := range sc.Teams {
			seats[tm.ID] = rapid.SampledFrom(kinds).Draw(rt, "seat of "+tm.ID)
		}
		facil := rapid.Bool().Draw(rt, "facilitator")
		s, err := New(Options{Scenario: sc, Seats: seats, Facilitator: facil})
		require.NoError(rt, err)
		saveAt := rapid.IntRange(0, 60).Draw(rt, "save at step")
		var restored *Session
		// play takes one step on both sessions alike.
		play := func(i int) {
			cur := s.Current()
			switch cur.Phase {
			case Handoff, Briefing:
				require.NoError(rt, s.Advance())
				if restored != nil {
					require.NoError(rt, restored.Advance())
				}
			case Orders:
				var os []rules.Order
				n := rapid.IntRange(0, 3).Draw(rt, "orders")
				for _, o := range s.Legal(cur.Team, nil) {
					if len(os) == n {
						break
					}
					if o.Kind != rules.Pass && s.Validate(os, o) == nil {
						os = append(os, o)
					}
				}
				require.NoError(rt, s.Submit(cur.Team, os))
				if restored != nil {
					require.NoError(rt, restored.Submit(cur.Team, os))
				}
			case Facilitate:
				if rapid.Bool().Draw(rt, "note") {
					require.NoError(rt, s.AddNote("note"))
					if restored != nil {
						require.NoError(rt, restored.AddNote("note"))
					}
				}
				require.NoError(rt, s.Resolve())
				if restored != nil {
					require.NoError(rt, restored.Resolve())
				}
			}
		}
		for i := 0; !s.IsOver(); i++ {
			require.Less(rt, i, 400, "the game ends")
			if i == saveAt && restored == nil {
				sv, err := s.Snapshot(tutorialFile, data, save.Source{Embedded: tutorialFile})
				require.NoError(rt, err)
				enc, err := save.Encode(sv)
				require.NoError(rt, err)
				dec, err := save.Decode(enc)
				require.NoError(rt, err)
				restored, err = Restore(Options{}, dec, data)
				require.NoError(rt, err)
				require.Equal(rt, s.Hash(), restored.Hash())
				if restored.Current() != s.Current() {
					// The facilitator's step resumes behind its handoff.
					require.Equal(rt, Step{Handoff, FacilitatorSeat}, restored.Current())
					require.NoError(rt, restored.Advance())
				}
			}
			play(i)
			if restored != nil {
				require.Equal(rt, s.Current(), restored.Current())
			}
		}
		rec := s.Record(tutorialFile, data)
		st, err := replay.Replay(rec, data)
		require.NoError(rt, err)
		require.Equal(rt, s.Hash(), st.Hash(), "the record replays to the session's state")
		if restored != nil {
			require.Equal(rt, s.Hash(), restored.Hash())
			a, err := replay.Encode(rec)
			require.NoError(rt, err)
			b, err := replay.Encode(restored.Record(tutorialFile, data))
			require.NoError(rt, err)
			require.Equal(rt, string(a), string(b), "byte-identical records")
		}
	})
}

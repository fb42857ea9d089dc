package session

import (
	"liaison/game/replay"
	"liaison/game/scenario"
)

// Record returns the game so far as a replay record: the scenario's id and
// hash, the seed, the seats and every resolved round's turn. data is the
// scenario file's bytes and file its name (embedded) or path.
func (s *Session) Record(file string, data []byte) *replay.Record {
	rec := &replay.Record{
		Format:       replay.FormatVersion,
		Scenario:     s.sc.ID,
		ScenarioFile: file,
		ScenarioHash: scenario.Hash(data),
		Seed:         s.st.Seed(),
		FinalHash:    s.st.Hash(),
	}
	for i, t := range s.sc.Teams {
		rec.Seats = append(rec.Seats, replay.Seat{Team: t.ID, Player: s.seats[i]})
	}
	for _, r := range s.rounds {
		rec.Turns = append(rec.Turns, r.Turn)
	}
	return rec
}

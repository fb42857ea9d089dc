package session

import (
	"liaison/game/replay"
	"liaison/game/scenario"
)

// Record returns the game so far as a replay record: the scenario's id and
// hash, the seed, the seats and every resolved round's turn. data is the
// scenario file's bytes and file its name (embedded) or path.
func (s *Session) Record(file string, data []byte) *replay.Record {
	rec := s.rm.Record()
	rec.ScenarioFile = file
	rec.ScenarioHash = scenario.Hash(data)
	return rec
}

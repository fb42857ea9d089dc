// Package replay holds game records: the scenario's identity and hash, the
// seed, the seats and every round's orders. A record is both the save file and
// the replay: playing its turns again from the scenario gives the same final
// state and event log, byte for byte.
package replay

import (
	"liaison/game/rules"
)

// FormatVersion is the record format this build writes and reads.
const FormatVersion = 1

// Seat says who played a team: "human" or a bot personality.
type Seat struct {
	Team   string `json:"team"`
	Player string `json:"player"`
}

// Record is a complete or partial game.
type Record struct {
	Format       int          `json:"format"`
	Scenario     string       `json:"scenario"`                // scenario id
	ScenarioFile string       `json:"scenario_file,omitempty"` // embedded name or path it was loaded from
	ScenarioHash string       `json:"scenario_sha256"`         // SHA-256 of the scenario file's bytes
	Seed         uint64       `json:"seed"`
	Seats        []Seat       `json:"seats"`
	Turns        []rules.Turn `json:"turns"`                // turn i is round i+1
	FinalHash    string       `json:"final_hash,omitempty"` // rules.State.Hash after the last turn, for verification
}

package replay

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"liaison/game/internal/safefile"
)

// Limits on records read from disk or the network (documented in docs/rules.md).
const (
	MaxRecordBytes   = 32 << 20
	MaxTurns         = 200
	MaxOrdersPerTeam = 64
	MaxTeams         = 16
	MaxNoteBytes     = 2048
)

// ErrFormat marks a record written by an incompatible version.
var ErrFormat = errors.New("unsupported record format")

// Encode writes the record as indented JSON (stable: map keys are sorted).
func Encode(r *Record) ([]byte, error) {
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return nil, fmt.Errorf("encode record: %w", err)
	}
	return append(b, '\n'), nil
}

// Decode parses a record, refusing unknown fields, other format versions and
// anything beyond the limits, with a message that says which.
func Decode(data []byte) (*Record, error) {
	if len(data) > MaxRecordBytes {
		return nil, fmt.Errorf("record is %d bytes; the limit is %d", len(data), MaxRecordBytes)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("record is empty")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r Record
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("record is not valid JSON (truncated or corrupted?): %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("record has trailing data after the JSON object")
	}
	if r.Format != FormatVersion {
		return nil, fmt.Errorf("%w %d (this build reads format %d)", ErrFormat, r.Format, FormatVersion)
	}
	if err := r.checkLimits(); err != nil {
		return nil, err
	}
	return &r, nil
}

func (r *Record) checkLimits() error {
	if r.Scenario == "" || len(r.ScenarioHash) != 64 {
		return errors.New("record does not name its scenario and its SHA-256")
	}
	if len(r.Seats) > MaxTeams {
		return fmt.Errorf("record has %d seats; the limit is %d", len(r.Seats), MaxTeams)
	}
	if len(r.Turns) > MaxTurns {
		return fmt.Errorf("record has %d turns; the limit is %d", len(r.Turns), MaxTurns)
	}
	for i, t := range r.Turns {
		if len(t.Orders) > MaxTeams {
			return fmt.Errorf("turn %d has orders for %d teams; the limit is %d", i+1, len(t.Orders), MaxTeams)
		}
		for team, os := range t.Orders {
			if len(os) > MaxOrdersPerTeam {
				return fmt.Errorf("turn %d: team %s has %d orders; the limit is %d", i+1, team, len(os), MaxOrdersPerTeam)
			}
			for _, o := range os {
				if len(o.Note) > MaxNoteBytes {
					return fmt.Errorf("turn %d: a note of team %s is %d bytes; the limit is %d", i+1, team, len(o.Note), MaxNoteBytes)
				}
			}
		}
		if len(t.Facilitator) > MaxOrdersPerTeam {
			return fmt.Errorf("turn %d has %d facilitator actions; the limit is %d", i+1, len(t.Facilitator), MaxOrdersPerTeam)
		}
	}
	return nil
}

// ReadFile loads a record from disk: a regular file of at most
// MaxRecordBytes, read without blocking (see safefile.Read).
func ReadFile(path string) (*Record, error) {
	data, err := safefile.Read(path, MaxRecordBytes)
	if err != nil {
		return nil, fmt.Errorf("read record %s: %w", path, err)
	}
	r, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("read record %s: %w", path, err)
	}
	return r, nil
}

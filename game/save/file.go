package save

import (
	"errors"
	"fmt"
	"time"

	"liaison/game/internal/safefile"
	"liaison/game/replay"
)

// Load reads and decodes a save file without modifying it (or anything
// else). Errors name the file and wrap the class of problem (see Decode).
func Load(path string) (*Save, error) {
	data, err := readLimited(path, MaxBytes)
	if err != nil {
		return nil, &LoadError{Save: path, Err: err}
	}
	sv, err := Decode(data)
	if err != nil {
		return nil, &LoadError{Save: path, Err: err}
	}
	return sv, nil
}

// WriteFile writes sv to path atomically (see WriteAtomic), stamped now
// unless its SavedAt is already set. Headless tools
// use it to keep one save file; the desktop game uses a Store.
func WriteFile(path string, sv *Save) error {
	c := *sv
	if c.SavedAt.IsZero() {
		c.SavedAt = time.Now().UTC().Round(0)
	}
	if err := write(path, &c); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// ReadRecord returns the game record of a save file or of a bare record file
// (sim --record), so replay tools read both: a save is also a replay.
func ReadRecord(path string) (*replay.Record, error) {
	data, err := readLimited(path, MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("read record %s: %w", path, err)
	}
	sv, err := Decode(data)
	if err == nil {
		return sv.Record, nil
	}
	if !errors.Is(err, ErrNotSave) {
		return nil, fmt.Errorf("read record %s: %w", path, err)
	}
	rec, rerr := replay.Decode(data)
	if rerr != nil {
		return nil, fmt.Errorf("read record %s: neither a save (%w) nor a game record (%w)", path, err, rerr)
	}
	return rec, nil
}

// readLimited reads a whole save or record file of at most limit bytes
// through safefile.Read (regular files only, never blocking, never more
// than limit bytes), reporting a refusal under the save's classes:
// ErrTooLarge, or ErrNotSave for a folder, device, FIFO or pseudo-file.
func readLimited(path string, limit int) ([]byte, error) {
	data, err := safefile.Read(path, int64(limit))
	var fe *safefile.Error
	if errors.As(err, &fe) {
		class := ErrNotSave
		if fe.Class == safefile.ErrTooLarge {
			class = ErrTooLarge
		}
		return nil, fmt.Errorf("%w: %s", class, fe.Reason)
	}
	return data, err
}

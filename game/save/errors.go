package save

import (
	"errors"

	"liaison/game/replay"
)

// Classes of unusable saves. Errors from Decode, Load and Resume wrap one of
// these (test with errors.Is) and say in words what is wrong and what to do.
var (
	// ErrTooLarge marks a file beyond MaxBytes; it is not read.
	ErrTooLarge = errors.New("save file is too large")
	// ErrTruncated marks a file that ends early: empty, or cut mid-write.
	ErrTruncated = errors.New("save file is truncated")
	// ErrCorrupt marks a damaged or tampered file: bad JSON, a checksum
	// mismatch, or contents that break the format's rules.
	ErrCorrupt = errors.New("save file is corrupted")
	// ErrVersion marks a save or record format this build does not read.
	ErrVersion = errors.New("save was written by an incompatible version of Liaison")
	// ErrNotSave marks a file that is not a Liaison save at all.
	ErrNotSave = errors.New("not a Liaison save file")
	// ErrScenarioChanged marks a scenario whose bytes differ from the ones
	// the save was made with (same as replay.ErrScenarioChanged).
	ErrScenarioChanged = replay.ErrScenarioChanged
	// ErrWrongScenario marks a save resumed with another scenario altogether.
	ErrWrongScenario = errors.New("save is for another scenario")
	// ErrDiverged marks a save whose turns do not lead to its recorded state.
	ErrDiverged = errors.New("save does not replay to the state it recorded")
)

// LoadError is a save that could not be loaded: which one (a file's path or
// a store's key) and why (Err wraps one of the classes above, or an I/O
// error). Load and KVStore.Load return one, so a list of saves can show
// the reason beside the save it already names.
type LoadError struct {
	Save string // the file's path or the store's key
	Err  error
}

func (e *LoadError) Error() string { return "load save " + e.Save + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *LoadError) Unwrap() error { return e.Err }

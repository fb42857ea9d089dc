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

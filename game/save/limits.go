package save

import "liaison/game/replay"

// Limits on save files and save folders (documented in docs/saves.md). The
// record inside a save is further bound by replay's limits (MaxRecordBytes,
// MaxTurns, MaxTeams, MaxOrdersPerTeam, MaxNoteBytes), and the scenario a
// save resumes by scenario.DefaultLimits.
const (
	// MaxBytes bounds a save file: a maximal record plus room for the envelope.
	MaxBytes = replay.MaxRecordBytes + 1<<20
	// MaxNameBytes bounds a manual save's name.
	MaxNameBytes = 128
	// MaxPathBytes bounds the scenario path a save refers to.
	MaxPathBytes = 4096
	// MaxIDBytes bounds any id inside a save or its record (teams, items,
	// channels, threats, references, bot personalities).
	MaxIDBytes = 256
	// MaxEntries bounds the files List examines in a save folder (the most
	// recently modified are kept).
	MaxEntries = 200
	// DefaultKeep is how many autosaves a Store keeps.
	DefaultKeep = 10
)

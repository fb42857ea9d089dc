// Package save keeps games safe on disk: a save is a game record (scenario
// identity and SHA-256, seed, seats, every resolved round's orders) plus the
// little UI state that matters for resuming (whose step is next, orders a
// team already confirmed this round, the facilitator flag, where the scenario
// came from). Orders queued but not confirmed are never saved.
//
// Saves are written atomically (WriteAtomic), autosaves rotate in a Store in
// the user's data folder (Dir), and every file read is checked against size
// limits, a format version and a SHA-256 checksum, so a truncated, corrupted,
// oversized or foreign file gives a clear error and never a panic. Resume
// replays the record against the scenario bytes, refusing a scenario that
// changed since the save was made, and checks the recorded state hash, so a
// resumed game is the very game that was saved. See docs/saves.md.
//
// The package is pure Go: it never links Ebiten and runs headless.
package save

import (
	"fmt"
	"maps"
	"slices"
	"time"

	"liaison/game/replay"
	"liaison/game/rules"
)

// Format is the save format version this build writes and reads.
const Format = 1

// Kind says how a save was made.
type Kind string

// Kinds of saves.
const (
	// Auto is an autosave: made after every resolved round and at every
	// handoff, rotated by the Store.
	Auto Kind = "auto"
	// Manual is a save the player named from the menu; never rotated away.
	Manual Kind = "manual"
)

// Save is one saved game.
type Save struct {
	Kind    Kind           // Auto unless made by Store.Save; the Store sets it when it writes
	Name    string         // the player's name for a manual save; "" for autosaves
	SavedAt time.Time      // set by the Store when it writes the save
	UI      UI             // where the screen was
	Record  *replay.Record // cumulative: every resolved round; FinalHash is the state's hash after them
}

// New snapshots a game in progress for saving: a copy of the record with its
// FinalHash set to st's hash (Resume checks it) and a copy of the UI state,
// as an autosave.
// st must be the state reached by playing every turn of rec. When the game
// is over the UI state is set to PhaseOver. New fails if the snapshot would
// not load back (limits, unknown teams, a malformed UI state).
func New(rec *replay.Record, st *rules.State, ui UI) (*Save, error) {
	if rec == nil || st == nil {
		return nil, fmt.Errorf("new save: no record or no state")
	}
	r := *rec
	r.Turns = slices.Clip(rec.Turns)
	r.Seats = slices.Clone(rec.Seats)
	r.FinalHash = st.Hash()
	ui.Confirmed = maps.Clone(ui.Confirmed)
	for k, v := range ui.Confirmed {
		ui.Confirmed[k] = slices.Clone(v)
	}
	if st.Over() {
		ui.Phase, ui.Team, ui.Confirmed = PhaseOver, "", nil
	}
	sv := &Save{Kind: Auto, UI: ui, Record: &r}
	if err := sv.check(); err != nil {
		return nil, fmt.Errorf("new save: %w", err)
	}
	return sv, nil
}

// Rounds returns the number of resolved rounds the save holds.
func (sv *Save) Rounds() int { return len(sv.Record.Turns) }

// Over reports whether the saved game had ended.
func (sv *Save) Over() bool { return sv.UI.Phase == PhaseOver }

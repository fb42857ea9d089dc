package save

import (
	"fmt"
	"strings"

	"liaison/game/internal/safefile"
	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// Resume rebuilds the saved game's state from the scenario's bytes: it
// checks that they are the bytes the game was played with (else ErrScenarioChanged,
// or ErrWrongScenario for another scenario), replays every resolved round,
// checks the result against the state hash recorded at save time (else
// ErrDiverged) and checks the confirmed orders of the unresolved round
// against the state. The game then plays on exactly as if never interrupted.
func Resume(sv *Save, data []byte) (*rules.State, error) {
	rec := sv.Record
	if rec == nil {
		return nil, fmt.Errorf("resume save: %w: no game record", ErrCorrupt)
	}
	if err := scenarioMatches(rec, data); err != nil {
		return nil, fmt.Errorf("resume save of %s: %w", rec.Scenario, err)
	}
	if rec.FinalHash == "" {
		return nil, fmt.Errorf("resume save of %s: %w: it records no state hash to check", rec.Scenario, ErrCorrupt)
	}
	sc, diags := scenario.Parse(rec.ScenarioFile, data)
	if sc == nil {
		return nil, fmt.Errorf("resume save of %s: the scenario does not load: %w", rec.Scenario, diags.Errors())
	}
	st, err := resume(sv, sc)
	if err != nil {
		return nil, fmt.Errorf("resume save of %s: %w", rec.Scenario, err)
	}
	return st, nil
}

// resume is Resume after the scenario bytes were checked and parsed.
func resume(sv *Save, sc *scenario.Scenario) (*rules.State, error) {
	if sc.ID == sv.Record.Scenario {
		if err := sv.Record.CheckSeats(sc); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
	}
	st, err := replayRecord(sv.Record, sc)
	if err != nil {
		return nil, err
	}
	if st.Over() != sv.Over() {
		return nil, fmt.Errorf("%w: the save says the game is %s, the replay that it is %s", ErrCorrupt, overWord(sv.Over()), overWord(st.Over()))
	}
	for _, t := range sc.Teams {
		os := sv.UI.Confirmed[t.ID]
		for i, o := range os {
			if err := st.Validate(os[:i], o); err != nil {
				return nil, fmt.Errorf("%w: confirmed order %d of %s is not legal: %w", ErrCorrupt, i+1, t.ID, err)
			}
		}
	}
	for team := range sv.UI.Confirmed {
		if _, ok := sc.Team(team); !ok {
			return nil, fmt.Errorf("%w: confirmed orders for unknown team %q", ErrCorrupt, clip(team))
		}
	}
	return st, nil
}

// replayRecord plays a record's turns from its scenario (as replay.Replay
// does, minus parsing the scenario again) and checks the recorded state
// hash when there is one.
func replayRecord(rec *replay.Record, sc *scenario.Scenario) (*rules.State, error) {
	if sc.ID != rec.Scenario {
		return nil, fmt.Errorf("%w: the save is for scenario %q, not %q", ErrWrongScenario, rec.Scenario, sc.ID)
	}
	st := rules.New(sc, rec.Seed)
	for i, t := range rec.Turns {
		if st.Over() {
			return nil, fmt.Errorf("%w: it holds turn %d but the game ended after round %d", ErrDiverged, i+1, i)
		}
		st, _ = rules.Resolve(st, t)
	}
	if rec.FinalHash != "" && st.Hash() != rec.FinalHash {
		return nil, fmt.Errorf("%w: the replayed state hash is %s…, the save recorded %s… (was it made by an incompatible version of the rules?)",
			ErrDiverged, short(st.Hash()), short(rec.FinalHash))
	}
	return st, nil
}

// Reopen reads the save's scenario from where it came from (ReadScenario)
// and resumes the game (Resume).
func Reopen(sv *Save) (*rules.State, error) {
	data, err := ReadScenario(sv.UI.Source)
	if err != nil {
		return nil, fmt.Errorf("resume save: %w", err)
	}
	return Resume(sv, data)
}

// ReadScenario returns the bytes of a save's scenario: the embedded file, or
// the file at the path (refused beyond scenario.DefaultLimits.MaxBytes).
func ReadScenario(src Source) ([]byte, error) {
	if err := src.check(); err != nil {
		return nil, fmt.Errorf("scenario of the save: %w", err)
	}
	switch {
	case src.Embedded != "":
		data, err := scenarios.Read(src.Embedded)
		if err != nil {
			return nil, fmt.Errorf("the save's scenario %s is not built into this version of Liaison (built in: %s)", src.Embedded, strings.Join(scenarios.Names(), ", "))
		}
		return data, nil
	case src.Path != "":
		data, err := ReadScenarioFile(src.Path)
		if err != nil {
			return nil, fmt.Errorf("the save's scenario: %w", err)
		}
		return data, nil
	}
	return nil, fmt.Errorf("the save does not say where its scenario came from; open the scenario file to resume it")
}

// ReadScenarioFile reads the scenario file at path, which a save, a record
// or a command line names: only a regular file (never a folder, device,
// FIFO or pseudo-file such as /proc/self/environ), of at most
// scenario.DefaultLimits.MaxBytes, read without blocking. Errors name the
// file and wrap safefile.ErrNotRegular or safefile.ErrTooLarge.
func ReadScenarioFile(path string) ([]byte, error) {
	data, err := safefile.Read(path, int64(scenario.DefaultLimits.MaxBytes))
	if err != nil {
		return nil, fmt.Errorf("read scenario %s: %w", path, err)
	}
	return data, nil
}

// scenarioMatches explains a scenario whose bytes are not the save's.
func scenarioMatches(rec *replay.Record, data []byte) error {
	got := scenario.Hash(data)
	if got == rec.ScenarioHash {
		return nil
	}
	if sc, _ := scenario.Parse("scenario", data); sc != nil && sc.ID != rec.Scenario {
		return fmt.Errorf("%w: the save is for scenario %q, not %q", ErrWrongScenario, rec.Scenario, sc.ID)
	}
	return fmt.Errorf("%w: the scenario file differs from the one the game was played with (SHA-256 %s… now, %s… in the save); "+
		"a save only resumes with the exact scenario file it was made with: restore that version of the file",
		ErrScenarioChanged, short(got), short(rec.ScenarioHash))
}

// short abbreviates a hex hash for a message.
func short(h string) string { return h[:min(12, len(h))] }

func overWord(over bool) string {
	if over {
		return "over"
	}
	return "in progress"
}

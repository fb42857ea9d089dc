package replay

import (
	"errors"
	"fmt"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// ErrScenarioChanged marks a record made with different scenario bytes.
var ErrScenarioChanged = errors.New("scenario changed since the record was made")

// Start checks that the scenario bytes are the ones the record was made with
// and that its seats fit the scenario (CheckSeats), and returns the game's
// initial state.
func Start(r *Record, data []byte) (*scenario.Scenario, *rules.State, error) {
	if h := scenario.Hash(data); h != r.ScenarioHash {
		return nil, nil, fmt.Errorf("%w: record %q expects SHA-256 %s…, the file has %s…; use the scenario file the game was played with",
			ErrScenarioChanged, r.Scenario, r.ScenarioHash[:12], h[:12])
	}
	sc, diags := scenario.Parse(r.ScenarioFile, data)
	if sc == nil {
		return nil, nil, fmt.Errorf("scenario of record %q does not load: %w", r.Scenario, diags.Errors())
	}
	if sc.ID != r.Scenario {
		return nil, nil, fmt.Errorf("record is for scenario %q but the file is %q", r.Scenario, sc.ID)
	}
	if err := r.CheckSeats(sc); err != nil {
		return nil, nil, err
	}
	return sc, rules.New(sc, r.Seed), nil
}

// Replay plays every turn of the record from the scenario bytes and returns
// the final state. It fails if the scenario changed, if the game ended before
// the record's last turn, or if the record's FinalHash (when set) differs.
func Replay(r *Record, data []byte) (*rules.State, error) {
	_, st, err := Start(r, data)
	if err != nil {
		return nil, err
	}
	for i, t := range r.Turns {
		if st.Over() {
			return nil, fmt.Errorf("record has turn %d but the game ended after round %d", i+1, i)
		}
		st, _ = rules.Resolve(st, t)
	}
	if r.FinalHash != "" && st.Hash() != r.FinalHash {
		return st, fmt.Errorf("replay diverged: final state hash %s… differs from the recorded %s…", st.Hash()[:12], r.FinalHash[:min(12, len(r.FinalHash))])
	}
	return st, nil
}

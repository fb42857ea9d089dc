package scenario

import "strings"

// Threat is a fictional adversary plot the coalition must assess and disrupt.
type Threat struct {
	ID          string   `yaml:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$" jsonschema_description:"Stable identifier; also the prefix of its facets (harbour:who)."`
	Name        string   `yaml:"name" jsonschema_description:"Name shown once assessed."`
	Adversary   string   `yaml:"adversary,omitempty" jsonschema_description:"Fictional group behind it."`
	Description string   `yaml:"description,omitempty" jsonschema_description:"What an assessment reveals."`
	Facets      []string `yaml:"facets" jsonschema:"minItems=1" jsonschema_description:"Facets a team must hold (readable, confirmed) to fuse an assessment."`
	Deadline    int      `yaml:"deadline" jsonschema:"minimum=1" jsonschema_description:"Round in which the plot strikes unless disrupted in an earlier round."`
	Disrupt     Disrupt  `yaml:"disrupt" jsonschema_description:"What a joint operation needs to disrupt it."`
	LeadRounds  int      `yaml:"lead_rounds,omitempty" jsonschema:"minimum=0,maximum=20" jsonschema_description:"Lead time (rounds before deadline) that earns full outcome score. Default 3."`
	LeakShift   *int     `yaml:"leak_shift,omitempty" jsonschema:"minimum=0,maximum=10" jsonschema_description:"Rounds the deadline moves earlier per leak about it; 0: leaks never move it. Default 1."`
	Debrief     string   `yaml:"debrief,omitempty" jsonschema_description:"Instructor's note shown in the after-action review."`
}

// DefaultLeakShift is the leak shift of a threat that names none.
const DefaultLeakShift = 1

// Shift returns the rounds a leak about the threat moves its deadline
// earlier: leak_shift as written (0 means leaks never move it), or
// DefaultLeakShift when it is absent.
func (th *Threat) Shift() int {
	if th.LeakShift == nil {
		return DefaultLeakShift
	}
	return *th.LeakShift
}

// Disrupt says what a joint operation against a threat needs.
type Disrupt struct {
	Capabilities []string `yaml:"capabilities" jsonschema:"minItems=1" jsonschema_description:"Capabilities the committing teams must hold together."`
	MinTeams     int      `yaml:"min_teams,omitempty" jsonschema:"minimum=0,maximum=16" jsonschema_description:"Smallest number of teams that must commit, at most the number of teams. Default 2, or 1 in a one-team file (0 means the default)."`
}

// FacetThreat returns the threat id part of a facet (harbour:who → harbour).
func FacetThreat(facet string) string {
	if i := strings.IndexByte(facet, ':'); i >= 0 {
		return facet[:i]
	}
	return facet
}

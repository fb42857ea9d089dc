// Package scenario defines the Liaison scenario file format: the Go types an
// instructor's YAML decodes into, the defaults that keep small files short,
// the loader with its size limits, the semantic validator that reports every
// problem with file:line:col, and the JSON Schema generated from these types.
//
// Loading pre-scans the bytes against the limits (prescan.go), then reads
// them with goccy/go-yaml in strict mode, which places each finding at
// file:line:col with its source line and a caret.
//
// The package is pure Go and never touches a display.
package scenario

// Scenario is one exercise as written by an instructor. Field names are the
// YAML keys; everything optional has a documented default (see Defaults).
type Scenario struct {
	ID         string                    `yaml:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$" jsonschema_description:"Stable identifier, lowercase letters, digits and hyphens."`
	Title      string                    `yaml:"title" jsonschema_description:"Title shown in menus and reports."`
	Briefing   string                    `yaml:"briefing,omitempty" jsonschema_description:"Opening situation read by every team before round 1."`
	Rounds     int                       `yaml:"rounds" jsonschema:"minimum=1,maximum=200" jsonschema_description:"Number of rounds; the game ends after this round."`
	RoundLabel string                    `yaml:"round_label,omitempty" jsonschema_description:"Scenario time one round stands for, e.g. '6 hours'. Default '1 round'."`
	Seed       uint64                    `yaml:"seed,omitempty" jsonschema:"minimum=0" jsonschema_description:"Default seed for the game's random draws (leaks), 0 or more. Default 1 (0 means the default)."`
	Seats      map[string]string         `yaml:"seats,omitempty" jsonschema_description:"Default seat per team id: human, cooperative, legalistic, hoarder or reckless. Default: first team human, others cooperative."`
	Teams      []Team                    `yaml:"teams" jsonschema:"minItems=2" jsonschema_description:"The allied teams, one seat each. Their order breaks ties in resolution."`
	Trust      map[string]map[string]int `yaml:"trust,omitempty" jsonschema_description:"Asymmetric trust 0-100: trust[a][b] is how much a trusts b. Missing pairs use rules.default_trust."`
	Channels   []Channel                 `yaml:"channels,omitempty" jsonschema_description:"Communication links and shared databases between teams."`
	Items      []Item                    `yaml:"items" jsonschema:"minItems=1" jsonschema_description:"Intelligence items: held at the start or delivered by an inject."`
	Threats    []Threat                  `yaml:"threats" jsonschema:"minItems=1" jsonschema_description:"Adversary plots to assess and disrupt before their deadline."`
	Injects    []Inject                  `yaml:"injects,omitempty" jsonschema_description:"Master scenario events list (MSEL): events by round or condition."`
	Costs      Costs                     `yaml:"costs,omitempty" jsonschema_description:"Action-point cost of each order; omitted orders keep their default."`
	Rules      Rules                     `yaml:"rules,omitempty" jsonschema_description:"Thresholds and trust moves; omitted values keep their default."`
	Scoring    Scoring                   `yaml:"scoring,omitempty" jsonschema_description:"Rubric weights and breach severities; omitted values keep their default."`
}

// Team finds the team with the given id.
func (s *Scenario) Team(id string) (*Team, bool) {
	for i := range s.Teams {
		if s.Teams[i].ID == id {
			return &s.Teams[i], true
		}
	}
	return nil, false
}

// TeamIndex returns the position of a team in the file, or -1.
func (s *Scenario) TeamIndex(id string) int {
	for i := range s.Teams {
		if s.Teams[i].ID == id {
			return i
		}
	}
	return -1
}

// Item finds the item with the given id.
func (s *Scenario) Item(id string) (*Item, bool) {
	for i := range s.Items {
		if s.Items[i].ID == id {
			return &s.Items[i], true
		}
	}
	return nil, false
}

// Threat finds the threat with the given id.
func (s *Scenario) Threat(id string) (*Threat, bool) {
	for i := range s.Threats {
		if s.Threats[i].ID == id {
			return &s.Threats[i], true
		}
	}
	return nil, false
}

// Channel finds the channel with the given id.
func (s *Scenario) Channel(id string) (*Channel, bool) {
	for i := range s.Channels {
		if s.Channels[i].ID == id {
			return &s.Channels[i], true
		}
	}
	return nil, false
}

// TrustOf returns trust[from][to] with the default applied.
func (s *Scenario) TrustOf(from, to string) int {
	if row, ok := s.Trust[from]; ok {
		if v, ok := row[to]; ok {
			return v
		}
	}
	return s.Rules.DefaultTrust
}

package scenario

// Team is one allied agency, played from one seat.
type Team struct {
	ID           string   `yaml:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$" jsonschema_description:"Stable identifier used everywhere else in the file."`
	Name         string   `yaml:"name" jsonschema_description:"Agency name shown to players."`
	Short        string   `yaml:"short,omitempty" jsonschema:"maxLength=16,pattern=^[^\\t\\n\\r]*[^\\s][^\\t\\n\\r]*$" jsonschema_description:"Short name (at most 16 characters, one line) for the network map and action labels. Default: derived from the country (see docs/authoring.md)."`
	Country      string   `yaml:"country" jsonschema_description:"Fictional country of the agency."`
	Colour       string   `yaml:"colour,omitempty" jsonschema:"pattern=^#[0-9a-fA-F]{6}$" jsonschema_description:"Display colour as #rrggbb. Default from a colour-blind-safe palette."`
	Profile      string   `yaml:"profile,omitempty" jsonschema_description:"Public one-paragraph profile of the agency."`
	AP           int      `yaml:"ap,omitempty" jsonschema:"minimum=0,maximum=20" jsonschema_description:"Action points per round, 1-20. Default 3 (0 means the default)."`
	Capabilities []string `yaml:"capabilities,omitempty" jsonschema_description:"What the team can contribute to a joint operation, e.g. watch, border, finance, cyber, arrest."`
	Mandate      []string `yaml:"mandate" jsonschema:"minItems=1" jsonschema_description:"Public topics the team works on; by default it needs to know items on these topics."`
	Format       string   `yaml:"format,omitempty" jsonschema_description:"Data format the team speaks, e.g. xml-case, json-stix, csv-legacy. Default json-stix."`
	Reads        []string `yaml:"reads,omitempty" jsonschema_description:"Other formats the team can read without translation."`
	Clearance    string   `yaml:"clearance,omitempty" jsonschema:"enum=UNCLASSIFIED,enum=RESTRICTED,enum=CONFIDENTIAL,enum=SECRET,enum=TOP SECRET" jsonschema_description:"Highest classification the team may hold. Default SECRET."`
	Legal        Legal    `yaml:"legal,omitempty" jsonschema_description:"Legal profile."`
	LiaisonSlots *int     `yaml:"liaison_slots,omitempty" jsonschema:"minimum=0,maximum=8" jsonschema_description:"How many liaison officers the team can post. Default 1."`
	Liaisons     []string `yaml:"liaisons,omitempty" jsonschema_description:"Partners where the team has a liaison officer posted at the start (uses slots)."`
	Culture      Culture  `yaml:"culture,omitempty" jsonschema_description:"Working culture, visible in the team profile."`
}

// Speaks reports whether the team reads the given format natively.
func (t *Team) Speaks(format string) bool {
	if t.Format == format {
		return true
	}
	for _, f := range t.Reads {
		if f == format {
			return true
		}
	}
	return false
}

// Slots returns how many liaison officers the team can post (default 1).
func (t *Team) Slots() int {
	if t.LiaisonSlots == nil {
		return max(1, len(t.Liaisons))
	}
	return *t.LiaisonSlots
}

// HasCapability reports whether the team has the capability.
func (t *Team) HasCapability(c string) bool {
	for _, x := range t.Capabilities {
		if x == c {
			return true
		}
	}
	return false
}

// Covers reports whether any of the topics is in the team's mandate.
func (t *Team) Covers(topics []string) bool {
	for _, m := range t.Mandate {
		for _, x := range topics {
			if m == x {
				return true
			}
		}
	}
	return false
}

// Personal-data policies of a team's legal profile.
const (
	PersonalDataAllowed        = "allowed"
	PersonalDataNeedsAgreement = "needs-agreement"
	PersonalDataForbidden      = "forbidden"
)

// Legal is what a team's law lets it receive.
type Legal struct {
	PersonalData string   `yaml:"personal_data,omitempty" jsonschema:"enum=allowed,enum=needs-agreement,enum=forbidden" jsonschema_description:"Whether the team may receive personal data. Default allowed."`
	Agreements   []string `yaml:"agreements,omitempty" jsonschema_description:"Teams it has a data-sharing agreement with (needed under needs-agreement)."`
}

// AllowsPersonalDataFrom reports whether personal data from sender may lawfully reach this team.
func (l *Legal) AllowsPersonalDataFrom(sender string) bool {
	switch l.PersonalData {
	case PersonalDataForbidden:
		return false
	case PersonalDataNeedsAgreement:
		for _, a := range l.Agreements {
			if a == sender {
				return true
			}
		}
		return false
	default:
		return true
	}
}

// Culture is a team's working culture (docs/authoring.md, "culture").
type Culture struct {
	Formality bool   `yaml:"formality,omitempty" jsonschema_description:"Requests that do not come through a liaison officer cost the requester trust."`
	Tempo     string `yaml:"tempo,omitempty" jsonschema:"enum=fast,enum=normal,enum=slow" jsonschema_description:"A slow team acts on requests a round later. Default normal."`
	Language  string `yaml:"language,omitempty" jsonschema_description:"Working language; messages to another language arrive a round late without a liaison officer."`
}

package scenario

// Item is one piece of intelligence.
type Item struct {
	ID        string   `yaml:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$" jsonschema_description:"Stable identifier."`
	Title     string   `yaml:"title" jsonschema_description:"Card title."`
	Text      string   `yaml:"text,omitempty" jsonschema_description:"Short text of the report as its holder reads it."`
	Origin    string   `yaml:"origin" jsonschema_description:"Team that originated the item (controls ORCON release)."`
	Class     string   `yaml:"class,omitempty" jsonschema:"enum=UNCLASSIFIED,enum=RESTRICTED,enum=CONFIDENTIAL,enum=SECRET,enum=TOP SECRET" jsonschema_description:"Classification. Default RESTRICTED."`
	Caveats   Caveats  `yaml:"caveats,omitempty" jsonschema_description:"Handling caveats."`
	Admiralty string   `yaml:"admiralty,omitempty" jsonschema:"pattern=^[A-F][1-6]$" jsonschema_description:"Source reliability A-F and information credibility 1-6, e.g. B2. Default C3."`
	Facets    []string `yaml:"facets,omitempty" jsonschema_description:"Threat facets it reveals, as threat:aspect, e.g. harbour:who."`
	Topics    []string `yaml:"topics,omitempty" jsonschema_description:"Topics it concerns; matched against team mandates."`
	TearLine  []string `yaml:"tear_line,omitempty" jsonschema_description:"Facets kept when the item is sanitised. Default: all of its facets."`
	Truth     *bool    `yaml:"truth,omitempty" jsonschema_description:"Whether the report is true. false makes it a red herring. Default true."`
	Format    string   `yaml:"format,omitempty" jsonschema_description:"Data format it is written in. Default the originator's format."`
	HeldBy    []string `yaml:"held_by,omitempty" jsonschema_description:"Teams holding it at the start. Omit when an inject delivers it."`
	Need      []Need   `yaml:"need,omitempty" jsonschema_description:"Which teams need to know it and by when (hidden from players). Default: teams whose mandate covers its topics."`
	Debrief   string   `yaml:"debrief,omitempty" jsonschema_description:"Instructor's note shown in the after-action review."`
}

// IsTrue reports whether the item is true (the default).
func (it *Item) IsTrue() bool { return it.Truth == nil || *it.Truth }

// Caveats are the handling restrictions of an item.
type Caveats struct {
	RelTo        []string `yaml:"rel_to,omitempty" jsonschema_description:"Releasable only to these teams (REL TO). Empty: no REL TO restriction."`
	ORCON        bool     `yaml:"orcon,omitempty" jsonschema_description:"Originator controlled: recipients may not pass it on without the originator's release."`
	TLP          string   `yaml:"tlp,omitempty" jsonschema:"enum=CLEAR,enum=GREEN,enum=AMBER,enum=AMBER+STRICT,enum=RED" jsonschema_description:"Traffic Light Protocol marking. Default GREEN."`
	PersonalData bool     `yaml:"personal_data,omitempty" jsonschema_description:"Contains personal data (subject to each recipient's legal profile)."`
}

// RelToAllows reports whether REL TO permits release to the team.
func (c *Caveats) RelToAllows(team string) bool {
	if len(c.RelTo) == 0 {
		return true
	}
	for _, t := range c.RelTo {
		if t == team {
			return true
		}
	}
	return false
}

// Need says that a team needs an item by a round.
type Need struct {
	Team string `yaml:"team" jsonschema_description:"Team that needs the item."`
	By   int    `yaml:"by" jsonschema:"minimum=1" jsonschema_description:"Round by which it must be readable by that team."`
}

package scenario

// Inject is one MSEL event. It fires at a round, or the first round its condition holds.
type Inject struct {
	ID     string       `yaml:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$" jsonschema_description:"Identifier. Default inject-N (N from 1, in file order)."`
	Title  string       `yaml:"title,omitempty" jsonschema_description:"Short title for the timeline and facilitator view."`
	Text   string       `yaml:"text,omitempty" jsonschema_description:"What the affected teams read when it fires."`
	At     int          `yaml:"at,omitempty" jsonschema:"minimum=1" jsonschema_description:"Round it fires in. Give at or when."`
	When   *Condition   `yaml:"when,omitempty" jsonschema_description:"Condition that fires it (checked at the start of each round)."`
	To     []string     `yaml:"to,omitempty" jsonschema_description:"Teams who read its text. Default: every team."`
	Effect Effect       `yaml:"effect,omitempty" jsonschema_description:"What it changes."`
	Expect *Expectation `yaml:"expect,omitempty" jsonschema_description:"Expected outcome the after-action review checks."`
}

// Condition is a test on the game state; exactly one field is set.
type Condition struct {
	ThreatAssessed  *ThreatTeam `yaml:"threat_assessed,omitempty" jsonschema_description:"A team (or any team if team is omitted) has assessed the threat."`
	ThreatDisrupted *ThreatTeam `yaml:"threat_disrupted,omitempty" jsonschema_description:"The threat has been disrupted."`
	ItemWith        *ItemTeam   `yaml:"item_with,omitempty" jsonschema_description:"The team holds the item readable."`
	ItemMissing     *ItemTeam   `yaml:"item_missing,omitempty" jsonschema_description:"The team does not hold the item by the given round."`
	TrustBelow      *TrustLevel `yaml:"trust_below,omitempty" jsonschema_description:"trust[from][to] is below value."`
	TrustAtLeast    *TrustLevel `yaml:"trust_at_least,omitempty" jsonschema_description:"trust[from][to] is at least value."`
	NoBreach        *TeamRef    `yaml:"no_breach,omitempty" jsonschema_description:"The team has committed no caveat breach."`
	// AssessedCorrectly and Verified let the MSEL check the judgement the
	// after-action review grades: a correct assessment, a verified report.
	AssessedCorrectly *ThreatTeam `yaml:"assessed_correctly,omitempty" jsonschema_description:"A team (or any team if team is omitted) holds a correct assessment of the threat (fused from true facets)."`
	Verified          *ItemBy     `yaml:"verified,omitempty" jsonschema_description:"A team (or any team if team is omitted) has verified the item (or its sanitised copy)."`
}

// ConditionKeys are the keys of a condition, in the order the validator
// lists them.
var ConditionKeys = []string{"threat_assessed", "assessed_correctly", "threat_disrupted", "item_with", "item_missing",
	"verified", "trust_below", "trust_at_least", "no_breach"}

// ThreatTeam names a threat and optionally a team.
type ThreatTeam struct {
	Threat string `yaml:"threat" jsonschema_description:"Threat id."`
	Team   string `yaml:"team,omitempty" jsonschema_description:"Team id; omit for any team."`
}

// ItemTeam names an item, a team and optionally a round.
type ItemTeam struct {
	Item string `yaml:"item" jsonschema_description:"Item id."`
	Team string `yaml:"team" jsonschema_description:"Team id."`
	By   int    `yaml:"by,omitempty" jsonschema:"minimum=1" jsonschema_description:"Round by which (item_missing only)."`
}

// ItemBy names an item and optionally a team.
type ItemBy struct {
	Item string `yaml:"item" jsonschema_description:"Item id."`
	Team string `yaml:"team,omitempty" jsonschema_description:"Team id; omit for any team."`
}

// TrustLevel names a directed trust pair and a value.
type TrustLevel struct {
	From  string `yaml:"from" jsonschema_description:"Team whose trust is tested."`
	To    string `yaml:"to" jsonschema_description:"Team it trusts."`
	Value int    `yaml:"value" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Threshold 0-100."`
}

// TeamRef names one team.
type TeamRef struct {
	Team string `yaml:"team" jsonschema_description:"Team id."`
}

// Effect is what an inject changes; any number of fields may be set.
type Effect struct {
	Deliver    *Delivery      `yaml:"deliver,omitempty" jsonschema_description:"An item reaches teams (new collection)."`
	Deliveries []Delivery     `yaml:"deliveries,omitempty" jsonschema_description:"Several items reach teams, each with its own recipients (as many deliver entries; may be combined with deliver)."`
	Outage     *Outage        `yaml:"outage,omitempty" jsonschema_description:"A channel goes down."`
	Trust      []TrustShift   `yaml:"trust,omitempty" jsonschema_description:"Trust shocks."`
	Legal      *LegalChange   `yaml:"legal,omitempty" jsonschema_description:"A team's legal profile changes."`
	AP         *APChange      `yaml:"ap,omitempty" jsonschema_description:"A team's action points change (resource cut or surge)."`
	Deadline   *DeadlineShift `yaml:"deadline,omitempty" jsonschema_description:"A threat's deadline moves."`
	Note       string         `yaml:"note,omitempty" jsonschema_description:"Facilitator note added to the timeline."`
}

// Delivery gives an item to teams.
type Delivery struct {
	Item string   `yaml:"item" jsonschema_description:"Item id."`
	To   []string `yaml:"to" jsonschema:"minItems=1" jsonschema_description:"Receiving team ids."`
}

// Outage takes a channel down; name it by id or by its two members.
type Outage struct {
	Channel string   `yaml:"channel,omitempty" jsonschema_description:"Channel id."`
	Between []string `yaml:"between,omitempty" jsonschema:"minItems=2,maxItems=2" jsonschema_description:"The two members of a link (instead of channel)."`
	Rounds  int      `yaml:"rounds" jsonschema:"minimum=1" jsonschema_description:"How many rounds, starting with the inject's round."`
}

// TrustShift moves trust[from][to] by delta.
type TrustShift struct {
	From  string `yaml:"from" jsonschema_description:"Team whose trust moves."`
	To    string `yaml:"to" jsonschema_description:"Team it trusts."`
	Delta int    `yaml:"delta" jsonschema:"minimum=-100,maximum=100" jsonschema_description:"Change, clamped to 0-100."`
}

// LegalChange replaces a team's personal-data policy or adds agreements.
type LegalChange struct {
	Team          string   `yaml:"team" jsonschema_description:"Team id."`
	PersonalData  string   `yaml:"personal_data,omitempty" jsonschema:"enum=allowed,enum=needs-agreement,enum=forbidden" jsonschema_description:"New policy."`
	AddAgreements []string `yaml:"add_agreements,omitempty" jsonschema_description:"Agreements signed with these teams."`
}

// APChange changes a team's AP for some rounds.
type APChange struct {
	Team   string `yaml:"team" jsonschema_description:"Team id."`
	Delta  int    `yaml:"delta" jsonschema:"minimum=-20,maximum=20" jsonschema_description:"AP change per round (AP never below 0)."`
	Rounds int    `yaml:"rounds,omitempty" jsonschema:"minimum=0,maximum=200" jsonschema_description:"How many rounds, 1-200. Default 1 (0 means the default)."`
}

// DeadlineShift moves a threat's deadline.
type DeadlineShift struct {
	Threat string `yaml:"threat" jsonschema_description:"Threat id."`
	Delta  int    `yaml:"delta" jsonschema:"minimum=-20,maximum=20" jsonschema_description:"Rounds; negative is earlier."`
}

// Expectation is an HSEEP-style expected outcome of an inject.
type Expectation struct {
	Text   string     `yaml:"text" jsonschema_description:"The expected outcome in plain words, for the evaluator."`
	Check  *Condition `yaml:"check,omitempty" jsonschema_description:"Machine check; met if it holds within the window."`
	Within int        `yaml:"within,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Rounds after the inject fires to meet it. Default 2. Not with by."`
	By     int        `yaml:"by,omitempty" jsonschema:"minimum=1,maximum=200" jsonschema_description:"The last round (counted from the start of the game) to meet it, when the text names one ('by round 5'). Not with within."`
}

// Deadline returns the last round in which an expectation fired in round
// fired can be met: By when set, else Within rounds after firing.
func (e *Expectation) Deadline(fired int) int {
	if e.By > 0 {
		return e.By
	}
	return fired + e.Within
}

// IsEmpty reports whether the effect changes nothing.
func (e *Effect) IsEmpty() bool {
	return e.Deliver == nil && len(e.Deliveries) == 0 && e.Outage == nil && len(e.Trust) == 0 && e.Legal == nil &&
		e.AP == nil && e.Deadline == nil && e.Note == ""
}

// AllDeliveries returns every delivery of the effect, in the order they
// apply: deliver first, then deliveries. Read the result; do not modify it
// (it may be the effect's own list).
func (e *Effect) AllDeliveries() []Delivery {
	if e.Deliver == nil {
		return e.Deliveries
	}
	if len(e.Deliveries) == 0 {
		return []Delivery{*e.Deliver}
	}
	return append([]Delivery{*e.Deliver}, e.Deliveries...)
}

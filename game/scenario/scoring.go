package scenario

// Scoring dimension names (docs/rules.md, "Scoring"), in report order.
var Dimensions = []string{"reach", "compliance", "trust", "synchronisation", "responsiveness", "outcome", "discipline"}

// Scoring is the rubric: weights per dimension and breach severities.
type Scoring struct {
	Weights  Weights  `yaml:"weights,omitempty" jsonschema_description:"Weight of each dimension in the total. Omitted weights are 1, outcome and reach 2."`
	Severity Severity `yaml:"severity,omitempty" jsonschema_description:"Compliance points lost per breach."`
}

// Weights of the seven dimensions. nil keeps the default.
type Weights struct {
	Reach           *float64 `yaml:"reach,omitempty" jsonschema:"minimum=0,maximum=10"`
	Compliance      *float64 `yaml:"compliance,omitempty" jsonschema:"minimum=0,maximum=10"`
	Trust           *float64 `yaml:"trust,omitempty" jsonschema:"minimum=0,maximum=10"`
	Synchronisation *float64 `yaml:"synchronisation,omitempty" jsonschema:"minimum=0,maximum=10"`
	Responsiveness  *float64 `yaml:"responsiveness,omitempty" jsonschema:"minimum=0,maximum=10"`
	Outcome         *float64 `yaml:"outcome,omitempty" jsonschema:"minimum=0,maximum=10"`
	Discipline      *float64 `yaml:"discipline,omitempty" jsonschema:"minimum=0,maximum=10"`
}

// Of returns the weight of a dimension with defaults applied.
func (w *Weights) Of(dim string) float64 {
	pick := func(p *float64, def float64) float64 {
		if p != nil {
			return *p
		}
		return def
	}
	switch dim {
	case "reach":
		return pick(w.Reach, 2)
	case "compliance":
		return pick(w.Compliance, 1)
	case "trust":
		return pick(w.Trust, 1)
	case "synchronisation":
		return pick(w.Synchronisation, 1)
	case "responsiveness":
		return pick(w.Responsiveness, 1)
	case "outcome":
		return pick(w.Outcome, 2)
	case "discipline":
		return pick(w.Discipline, 1)
	}
	return 0
}

// Severity is the compliance cost of each kind of breach. Zero keeps the default.
type Severity struct {
	TLPRed       int `yaml:"tlp_red,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"TLP RED or AMBER+STRICT passed outside its audience. Default 25."`
	PersonalData int `yaml:"personal_data,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Personal data to a team without a legal basis. Default 20."`
	InsecureLink int `yaml:"insecure_link,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Classified item over an insecure link or above the channel's level. Default 20."`
	ORCON        int `yaml:"orcon,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"ORCON item passed on without release. Default 15."`
	RelTo        int `yaml:"rel_to,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Item outside its REL TO list. Default 15."`
}

package scenario

// Rules holds thresholds and trust moves. Zero values are replaced by defaults
// in ApplyDefaults; use a pointer-free layout so engine code reads plain ints.
type Rules struct {
	DefaultTrust  int        `yaml:"default_trust,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Trust for pairs absent from the matrix. Default 50."`
	ConfirmTrust  int        `yaml:"confirm_trust,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Items from a sender trusted below this arrive unconfirmed. Default 40."`
	JointTrust    int        `yaml:"joint_trust,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"Mutual trust every pair in a joint operation needs. Default 30."`
	ReleaseTrust  int        `yaml:"release_trust,omitempty" jsonschema:"minimum=0,maximum=100" jsonschema_description:"An originator trusting the requester below this refuses ORCON release. Default 40."`
	LeakChance    *float64   `yaml:"leak_chance,omitempty" jsonschema:"minimum=0,maximum=1" jsonschema_description:"Chance per item sent over an insecure link that it leaks. Default 0.2."`
	RequestExpiry int        `yaml:"request_expiry,omitempty" jsonschema:"minimum=0,maximum=20" jsonschema_description:"Rounds after which an unanswered request costs trust, 1-20. Default 2 (0 means the default)."`
	TrustMoves    TrustMoves `yaml:"trust_moves,omitempty" jsonschema_description:"How much behaviours move trust."`
}

// TrustMoves are the trust deltas applied by the engine. Zero keeps the default.
type TrustMoves struct {
	UsefulShare  int `yaml:"useful_share,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Recipient's trust in sender after a timely, true, needed item. Default 4."`
	FalseShared  int `yaml:"false_shared,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Loss when an unverified false item is passed on and found out. Default 8."`
	Breach       int `yaml:"breach,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Originator's loss of trust in a team that breaches its caveats. Default 15."`
	Unanswered   int `yaml:"unanswered,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Requester's loss when a request expires unanswered. Default 5."`
	Liaison      int `yaml:"liaison,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Gain each round in both directions while a liaison officer is posted. Default 2."`
	Informal     int `yaml:"informal,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Loss when a request reaches a formal team without a liaison. Default 2."`
	JointSuccess int `yaml:"joint_success,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Gain between partners of a successful joint operation. Default 6."`
	Stood        int `yaml:"stood_up,omitempty" jsonschema:"minimum=0,maximum=50" jsonschema_description:"Loss when a partner commits to an operation you proposed and you do not. Default 6."`
}

// LeakProbability returns the default leak chance.
func (r *Rules) LeakProbability() float64 {
	if r.LeakChance == nil {
		return 0.2
	}
	return *r.LeakChance
}

package rules

// View is what one team knows at the start of its orders phase. The UI,
// bots and network clients only ever see Views, never the State.
type View struct {
	Scenario   string         `json:"scenario"`
	Title      string         `json:"title"`
	RoundLabel string         `json:"round_label"`
	Round      int            `json:"round"`
	Rounds     int            `json:"rounds"`
	Team       string         `json:"team"`
	AP         int            `json:"ap"`
	Over       bool           `json:"over"`
	Teams      []TeamInfo     `json:"teams"`      // public profiles of every team, file order
	Items      []ItemView     `json:"items"`      // what the team holds, in order received
	TrustOut   map[string]int `json:"trust_out"`  // this team's trust in each other team
	TrustIn    map[string]int `json:"trust_in"`   // each other team's trust in this team (as sensed through liaison/dealings)
	Channels   []ChannelView  `json:"channels"`   // channels the team is a member of (incl. liaison links)
	Requests   []RequestView  `json:"requests"`   // open and answered requests to and from the team
	Threats    []ThreatView   `json:"threats"`    // threats the team has any facet of, or has assessed
	Operations []OpView       `json:"operations"` // proposed operations the team is part of
	Messages   []MessageView  `json:"messages"`   // structured messages received, newest last
	Liaisons   []string       `json:"liaisons"`   // partners where this team has an officer posted
	Releases   []ReleaseView  `json:"releases"`   // ORCON release asks to and from the team
	Injects    []InjectView   `json:"injects"`    // inject texts addressed to the team so far
	Log        []Event        `json:"log"`        // last round's events the team can see
	Sent       []SentView     `json:"sent"`       // every item this team has sent, to whom and when (its own records)
}

// TeamInfo is a team's public profile.
type TeamInfo struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Short        string   `json:"short,omitempty"` // the scenario's short name, "" if none
	Country      string   `json:"country"`
	Colour       string   `json:"colour"`
	Profile      string   `json:"profile,omitempty"`
	Capabilities []string `json:"capabilities"`
	Mandate      []string `json:"mandate"`
	Format       string   `json:"format"`
	Formality    bool     `json:"formality,omitempty"`
	Tempo        string   `json:"tempo"`
	Language     string   `json:"language,omitempty"`
	PersonalData string   `json:"personal_data"`
	Clearance    string   `json:"clearance,omitempty"`  // highest class the team may hold (public: partners know it)
	Reads        []string `json:"reads,omitempty"`      // other formats it reads without translation
	Agreements   []string `json:"agreements,omitempty"` // teams it may receive personal data from under needs-agreement
}

// ItemView is an intel card as its holder sees it.
type ItemView struct {
	ID           string   `json:"id"`
	Root         string   `json:"root"` // original item id (differs for sanitised copies)
	Title        string   `json:"title"`
	Text         string   `json:"text"` // empty when garbled
	Origin       string   `json:"origin"`
	From         string   `json:"from"` // who it came from ("" = own collection / inject)
	Class        string   `json:"class"`
	RelTo        []string `json:"rel_to,omitempty"`
	ORCON        bool     `json:"orcon,omitempty"`
	Released     bool     `json:"released,omitempty"` // ORCON release granted to this team
	TLP          string   `json:"tlp"`
	PersonalData bool     `json:"personal_data,omitempty"`
	Admiralty    string   `json:"admiralty"`
	Facets       []string `json:"facets"` // empty when garbled
	Topics       []string `json:"topics"`
	Format       string   `json:"format"`
	Readable     bool     `json:"readable"`  // false: format mismatch, translate first
	Confirmed    bool     `json:"confirmed"` // false: from a sender trusted below the threshold; verify first
	Verified     bool     `json:"verified"`
	Truth        *bool    `json:"truth,omitempty"` // known only once verified
	Sanitised    bool     `json:"sanitised,omitempty"`
	Received     int      `json:"received"`            // round it arrived
	TearLine     []string `json:"tear_line,omitempty"` // facets a sanitised copy would keep (readable originals only)
}

// ChannelView is a channel as a member sees it.
type ChannelView struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Short     string   `json:"short,omitempty"` // the scenario's short name, "" if none
	Kind      string   `json:"kind"`            // link, database, liaison
	Members   []string `json:"members"`
	Latency   int      `json:"latency"`
	Capacity  int      `json:"capacity"`
	Used      int      `json:"used"` // capacity used by this team's queued... by resolved sends this round
	Secure    bool     `json:"secure"`
	MaxClass  string   `json:"max_class"`
	Format    string   `json:"format,omitempty"`
	Up        bool     `json:"up"`
	DownUntil int      `json:"down_until,omitempty"` // last round of a known outage
	InFlight  int      `json:"in_flight"`            // items from this team still travelling
}

// RequestView is a request to or from the team.
type RequestView struct {
	ID       string `json:"id"`
	From     string `json:"from"`
	To       string `json:"to"`
	Threat   string `json:"threat,omitempty"`
	Facet    string `json:"facet,omitempty"`
	Item     string `json:"item,omitempty"`
	Round    int    `json:"round"`
	Arrived  int    `json:"arrived,omitempty"` // round it reached the target (0 while in flight)
	Answered bool   `json:"answered"`
	Answer   string `json:"answer,omitempty"` // item id, or "" for a decline
	Expired  bool   `json:"expired,omitempty"`
}

// ThreatView is a threat as the team knows it.
type ThreatView struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`   // "unknown plot" until assessed
	Facets      []string `json:"facets"` // every facet of the threat (public shape: ids only)
	Held        []string `json:"held"`   // facets the team holds readable and confirmed
	Assessed    bool     `json:"assessed"`
	Correct     *bool    `json:"correct,omitempty"`   // never revealed before the end
	Deadline    int      `json:"deadline,omitempty"`  // known once assessed
	Needs       []string `json:"needs,omitempty"`     // capabilities, known once assessed
	MinTeams    int      `json:"min_teams,omitempty"` // teams an operation needs, known once assessed
	Resolved    string   `json:"resolved,omitempty"`  // disrupted / struck
	Description string   `json:"description,omitempty"`
}

// OpView is a joint operation proposal.
type OpView struct {
	ID        string   `json:"id"`
	Threat    string   `json:"threat"`
	Round     int      `json:"round"`
	Proposer  string   `json:"proposer"`
	Made      int      `json:"made,omitempty"` // round it was proposed
	Teams     []string `json:"teams"`
	Committed []string `json:"committed"`
	Outcome   string   `json:"outcome,omitempty"` // "", disrupted, failed
}

// MessageView is a structured message received.
type MessageView struct {
	Round   int     `json:"round"`
	From    string  `json:"from"`
	Kind    MsgKind `json:"kind"`
	Subject string  `json:"subject"`
	Note    string  `json:"note,omitempty"`
}

// ReleaseView is an ORCON release ask.
type ReleaseView struct {
	Item   string `json:"item"`
	Asker  string `json:"asker"`
	Owner  string `json:"owner"`
	Round  int    `json:"round"`
	Status string `json:"status"` // open, granted, refused
}

// InjectView is an inject text a team has read.
type InjectView struct {
	Round int    `json:"round"`
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

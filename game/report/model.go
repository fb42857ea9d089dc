package report

// Format and Version identify the AAR JSON model (docs/aar.md). Version goes
// up whenever a field changes meaning or is removed; adding a field does not
// change it.
const (
	Format  = "liaison-aar"
	Version = 1
)

// AAR is the after-action review of one game: everything an instructor's
// debrief needs, built from the game record and its scenario alone.
type AAR struct {
	Format       string        `json:"format"`  // always Format
	Version      int           `json:"version"` // always Version
	Scenario     ScenarioInfo  `json:"scenario"`
	Game         GameInfo      `json:"game"`
	Teams        []TeamInfo    `json:"teams"` // scenario file order
	Scores       Scores        `json:"scores"`
	Timeline     []Entry       `json:"timeline"` // every event, in resolution order
	Knowledge    Knowledge     `json:"knowledge"`
	Expectations []Expectation `json:"expectations"` // MSEL expected outcomes, file order
	Strengths    []Behaviour   `json:"strengths"`    // at most three, strongest first
	Weaknesses   []Behaviour   `json:"weaknesses"`   // at most three, weakest first
	Plan         []Action      `json:"plan"`         // improvement plan, largest impact first
	Notes        []Note        `json:"notes"`        // the scenario author's debrief notes that bear on this game
	Series       Series        `json:"series"`       // data behind the charts
}

// ScenarioInfo names the scenario the game was played on.
type ScenarioInfo struct {
	ID         string       `json:"id"`
	Title      string       `json:"title"`
	File       string       `json:"file,omitempty"` // embedded name or path in the record
	SHA256     string       `json:"sha256"`
	Rounds     int          `json:"rounds"`      // rounds the scenario allows
	RoundLabel string       `json:"round_label"` // scenario time of one round, e.g. "6 hours"
	Briefing   string       `json:"briefing,omitempty"`
	Threats    []ThreatInfo `json:"threats"`
	Injects    []InjectInfo `json:"injects"` // the MSEL, file order
}

// InjectInfo names an inject, for readers of what refers to it by id.
type InjectInfo struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// ThreatInfo is a threat and how it ended.
type ThreatInfo struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Facets    []string `json:"facets"`
	Deadline  int      `json:"deadline"`       // deadline in the scenario file
	LeadRound int      `json:"lead_rounds"`    // lead time that earns full outcome marks
	Final     int      `json:"final_deadline"` // after leaks and injects
	Outcome   string   `json:"outcome"`        // disrupted, struck or open
	Round     int      `json:"round,omitempty"`
	Lead      int      `json:"lead,omitempty"` // rounds before the deadline when disrupted
	Cause     int      `json:"cause"`          // event seq of the disruption or strike, -1 if open
	Debrief   string   `json:"debrief,omitempty"`
	Teams     []string `json:"teams,omitempty"` // teams that disrupted it
}

// GameInfo identifies the game record.
type GameInfo struct {
	Seed         uint64 `json:"seed"`
	RecordSHA256 string `json:"record_sha256"` // SHA-256 of the record's canonical encoding
	FinalHash    string `json:"final_hash"`    // engine state hash after the last round
	Played       int    `json:"rounds_played"` // rounds resolved (the record's turns)
	Ended        string `json:"ended"`         // why the game ended ("" if it did not)
	Events       int    `json:"events"`
}

// TeamInfo is a team, its seat and its result.
type TeamInfo struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Short   string  `json:"short"` // a short unique label for charts (the game's short name)
	Country string  `json:"country"`
	Colour  string  `json:"colour"`
	Seat    string  `json:"seat"` // human or a bot personality
	Total   float64 `json:"total"`
	Grade   string  `json:"grade"`
}

// Scores are the coalition's and each team's score cards.
type Scores struct {
	Coalition Card   `json:"coalition"`
	Teams     []Card `json:"teams"` // scenario team order
}

// Card is one team's (or the coalition's) scores with every lost point.
type Card struct {
	Team  string    `json:"team"` // team id, or "coalition"
	Name  string    `json:"name"`
	Total float64   `json:"total"`
	Grade string    `json:"grade"`
	Dims  []DimCard `json:"dims"` // scoring.Dimensions order
}

// DimCard is one dimension of a card with the losses that moved it.
type DimCard struct {
	Name     string  `json:"name"`
	Label    string  `json:"label"`
	Score    float64 `json:"score"`
	Measured bool    `json:"measured"` // false: nothing to measure, left out of the total
	Weight   float64 `json:"weight"`
	Basis    string  `json:"basis"`
	Lost     float64 `json:"lost"` // sum of the losses' points on the dimension's scale
	Losses   []Loss  `json:"losses"`
}

// Loss is points lost for one cause, traceable to the timeline.
type Loss struct {
	Points  float64  `json:"points"` // on the dimension's 0-100 scale
	Impact  float64  `json:"impact"` // points of the card's weighted total
	Round   int      `json:"round"`
	Cause   int      `json:"cause"`             // event seq, or -1 when the cause is an absence
	Related []int    `json:"related,omitempty"` // events behind an absence (sends that failed, idle rounds, ...)
	Rule    string   `json:"rule"`
	Actors  []string `json:"actors,omitempty"` // teams whose behaviour caused it (empty: the coalition)
	Text    string   `json:"text"`
}

// Entry is one event of the timeline.
type Entry struct {
	Seq     int       `json:"seq"`
	Round   int       `json:"round"`
	Kind    string    `json:"kind"`
	Team    string    `json:"team,omitempty"`
	From    string    `json:"from,omitempty"`
	To      []string  `json:"to,omitempty"`
	Item    string    `json:"item,omitempty"`
	Channel string    `json:"channel,omitempty"`
	Threat  string    `json:"threat,omitempty"`
	Facet   string    `json:"facet,omitempty"`
	Ref     string    `json:"ref,omitempty"`
	Rule    string    `json:"rule,omitempty"`
	Delta   int       `json:"delta,omitempty"`
	Value   int       `json:"value,omitempty"`
	Truth   bool      `json:"truth,omitempty"`
	Teams   []string  `json:"teams,omitempty"` // every team involved, file order
	What    string    `json:"what"`
	Why     string    `json:"why"`
	Notable bool      `json:"notable"` // shown in summaries and sent as an xAPI statement
	Losses  []LossRef `json:"losses,omitempty"`
}

// LossRef is a loss an event caused on one card.
type LossRef struct {
	Card      string  `json:"card"` // team id or "coalition"
	Dimension string  `json:"dimension"`
	Points    float64 `json:"points"`
	Impact    float64 `json:"impact"`
}

// Knowledge is the "who knew what when" matrix: facets × teams.
type Knowledge struct {
	Teams []string       `json:"teams"` // column order (scenario team order)
	Rows  []KnowledgeRow `json:"rows"`  // threat order, then facet order
}

// KnowledgeRow is one facet across the teams.
type KnowledgeRow struct {
	Facet  string          `json:"facet"`
	Threat string          `json:"threat"`
	Label  string          `json:"label"` // the facet for readers: "The Lantern consignment: who"
	Cells  []KnowledgeCell `json:"cells"` // Knowledge.Teams order
}

// Knowledge cell statuses.
const (
	KnewInTime  = "in-time"    // readable by the round it was needed
	KnewLate    = "late"       // readable, after it was needed
	KnewNever   = "never"      // needed, never readable
	KnewExtra   = "known"      // readable, never needed by this team
	KnewNothing = "not-needed" // neither needed nor known
	KnewNotDue  = "not-due"    // needed after the game ended, not known
)

// KnowledgeCell says when a team first held a facet.
type KnowledgeCell struct {
	Needed  int    `json:"needed,omitempty"`  // round it was needed by (0: not needed)
	Learned int    `json:"learned,omitempty"` // first round readable from a true item (0: never)
	Usable  int    `json:"usable,omitempty"`  // first round readable and confirmed (fit to fuse)
	Item    string `json:"item,omitempty"`    // the item that gave it
	Cause   int    `json:"cause"`             // event seq that made it readable, -1 if never
	Misled  string `json:"misled,omitempty"`  // a false item revealing the facet the team held readable
	// MisledBy is the false item's title, for readers.
	MisledBy string `json:"misled_by,omitempty"`
	Status   string `json:"status"`
}

// Expectation statuses.
const (
	ExpectMet      = "met"
	ExpectMissed   = "missed"
	ExpectManual   = "evaluator" // no machine check: the evaluator judges
	ExpectNotFired = "not-fired" // the inject never fired
	ExpectOpen     = "open"      // the game ended before it was judged
)

// Expectation is one MSEL expected outcome and what decided it.
type Expectation struct {
	Inject   string `json:"inject"`
	Title    string `json:"title"`
	Expected string `json:"expected"`
	Check    string `json:"check,omitempty"` // the machine check, in words
	Fired    int    `json:"fired,omitempty"` // round the inject fired
	Until    int    `json:"until,omitempty"` // last round of the window
	Status   string `json:"status"`
	Decided  int    `json:"decided,omitempty"` // round it was judged
	Cause    int    `json:"cause"`             // the expectation event, -1 if none
	Events   []int  `json:"events"`            // the events that decided it
	Why      string `json:"why"`
}

// Behaviour is a strength or weakness with the evidence behind it.
type Behaviour struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary"`
	Dimension string   `json:"dimension,omitempty"`
	Points    float64  `json:"points"` // of the coalition's weighted total earned (strength) or lost (weakness)
	Count     int      `json:"count"`
	Teams     []string `json:"teams"`
	Rounds    []int    `json:"rounds"`
	Events    []int    `json:"events"`
}

// Action is one line of the improvement plan.
type Action struct {
	Issue          string   `json:"issue"`
	Recommendation string   `json:"recommendation"`
	Teams          []string `json:"teams"` // who should act (empty: the whole coalition)
	Dimension      string   `json:"dimension"`
	Rule           string   `json:"rule"`
	Impact         float64  `json:"impact"` // coalition total points lost
	Rounds         []int    `json:"rounds"`
	Causes         []int    `json:"causes"` // event seqs
}

// Note is a scenario author's debrief note on a threat or an item.
type Note struct {
	Kind   string `json:"kind"` // threat or item
	ID     string `json:"id"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Events []int  `json:"events"` // events of this game that involve it (losses and expectations)
}

// Series is the data behind the charts.
type Series struct {
	Rounds []int         `json:"rounds"` // 0 (start) .. rounds played
	Trust  []TrustSeries `json:"trust"`  // every directed pair, file order
	Reach  []ReachSeries `json:"reach"`  // every team, then the coalition
}

// TrustSeries is trust[From][To] at the start (index 0) and the end of each round.
type TrustSeries struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Values []int  `json:"values"`
}

// ReachSeries is the share (0-100) of a team's need-to-know pairs readable by
// the end of each round, and the share already due.
type ReachSeries struct {
	Team  string    `json:"team"` // team id or "coalition"
	Pairs int       `json:"pairs"`
	Known []float64 `json:"known"`
	Due   []float64 `json:"due"`
}

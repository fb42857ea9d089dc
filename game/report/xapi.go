package report

// xAPI 1.0.3 statement types: only what Liaison sends, with JSON names as
// the specification spells them. Optional parts are pointers or omitted
// when empty, because xAPI forbids null values.

// XAPIVersion is the xAPI version the statements follow and the LRS client
// announces in the X-Experience-API-Version header.
const XAPIVersion = "1.0.3"

// Statement is one xAPI statement.
type Statement struct {
	ID        string   `json:"id"`
	Actor     Actor    `json:"actor"`
	Verb      Verb     `json:"verb"`
	Object    Activity `json:"object"`
	Result    *Result  `json:"result,omitempty"`
	Context   *Context `json:"context,omitempty"`
	Timestamp string   `json:"timestamp"`
}

// Actor is an Agent or a Group; Liaison's actors are identified Groups
// (a team, or the coalition) identified by an account.
type Actor struct {
	ObjectType  string   `json:"objectType"`
	Name        string   `json:"name,omitempty"`
	Mbox        string   `json:"mbox,omitempty"`
	MboxSHA1Sum string   `json:"mbox_sha1sum,omitempty"`
	OpenID      string   `json:"openid,omitempty"`
	Account     *Account `json:"account,omitempty"`
	Member      []Actor  `json:"member,omitempty"`
}

// Account identifies an actor on a system (homePage) by a name.
type Account struct {
	HomePage string `json:"homePage"`
	Name     string `json:"name"`
}

// LangMap maps RFC 5646 language tags to text.
type LangMap map[string]string

// Verb is what the actor did, identified by an IRI.
type Verb struct {
	ID      string  `json:"id"`
	Display LangMap `json:"display"`
}

// Activity is the statement's object (a scenario, a threat or an inject).
type Activity struct {
	ObjectType string              `json:"objectType"`
	ID         string              `json:"id"`
	Definition *ActivityDefinition `json:"definition,omitempty"`
}

// ActivityDefinition describes an activity.
type ActivityDefinition struct {
	Name        LangMap        `json:"name,omitempty"`
	Description LangMap        `json:"description,omitempty"`
	Type        string         `json:"type,omitempty"`
	Extensions  map[string]any `json:"extensions,omitempty"`
}

// Result is the outcome of what the actor did.
type Result struct {
	Score      *Score         `json:"score,omitempty"`
	Success    *bool          `json:"success,omitempty"`
	Completion *bool          `json:"completion,omitempty"`
	Response   string         `json:"response,omitempty"`
	Duration   string         `json:"duration,omitempty"` // ISO 8601 duration
	Extensions map[string]any `json:"extensions,omitempty"`
}

// Score is a result's score; Scaled is in [-1, 1].
type Score struct {
	Scaled *float64 `json:"scaled,omitempty"`
	Raw    *float64 `json:"raw,omitempty"`
	Min    *float64 `json:"min,omitempty"`
	Max    *float64 `json:"max,omitempty"`
}

// Context places a statement: the game (registration) and the scenario.
type Context struct {
	Registration      string             `json:"registration,omitempty"`
	ContextActivities *ContextActivities `json:"contextActivities,omitempty"`
	Platform          string             `json:"platform,omitempty"`
	Language          string             `json:"language,omitempty"`
	Extensions        map[string]any     `json:"extensions,omitempty"`
}

// ContextActivities relate the object to other activities.
type ContextActivities struct {
	Parent   []Activity `json:"parent,omitempty"`
	Grouping []Activity `json:"grouping,omitempty"`
	Category []Activity `json:"category,omitempty"`
	Other    []Activity `json:"other,omitempty"`
}

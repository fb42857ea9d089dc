package rules

// EventKind names what happened.
type EventKind string

// Event kinds. The fields each kind sets are listed beside it; Text is
// always a one-sentence human explanation (the "why" the AAR prints).
// Note carries the acting team's Order.Note on send, deliver (an item's
// note travels with it), request, receive, respond, message, ask-release,
// grant, propose, commit and liaison events.
const (
	EvInject      EventKind = "inject"          // Ref=inject id, To=readers, Text=inject text
	EvNote        EventKind = "note"            // Text (facilitator or inject note)
	EvOrder       EventKind = "order"           // Team, Ref=order kind, Cost=AP, and the fields the kind uses (Item, Threat, Facet, To; Value=At; Subject=request/operation id): an accepted order
	EvRejected    EventKind = "rejected"        // Team, Ref=order kind, Text=reason (refused at resolution)
	EvSend        EventKind = "send"            // Team=sender, To=[recipient], Item, Channel, Value=arrival round
	EvDeliver     EventKind = "deliver"         // Team=recipient, From, Item, Root, Channel, Readable, Confirmed
	EvDrop        EventKind = "drop"            // Team=sender, To, Item or Ref(msg), Channel: over capacity
	EvDelay       EventKind = "delay"           // Team=recipient, From=sender, Item (or Ref), Channel: held by an outage
	EvLeak        EventKind = "leak"            // Team=sender, Item, Channel, Threat (if any)
	EvDeadline    EventKind = "deadline"        // Threat, Value=new deadline, Delta
	EvBreach      EventKind = "breach"          // Team=breacher, From=originator, To=[recipient], Item, Rule, Value=severity
	EvTrust       EventKind = "trust"           // Team=truster, From=trusted(team trust is *in*), Delta, Value=new, Rule
	EvRequest     EventKind = "request"         // Team=requester, To=[target], Ref=request id, Threat/Facet/Item
	EvRespond     EventKind = "respond"         // Team=responder, To=[requester], Ref, Item ("" = decline), Value=rounds taken
	EvExpire      EventKind = "request-expired" // Team=target who did not answer, To=[requester], Ref
	EvSanitise    EventKind = "sanitise"        // Team, Item=new id, Root=source id
	EvVerify      EventKind = "verify"          // Team, Item, Root, Truth=result
	EvTranslate   EventKind = "translate"       // Team, Item, Root
	EvAskRelease  EventKind = "ask-release"     // Team=asker, To=[originator], Item
	EvGrant       EventKind = "grant"           // Team=originator, To=[asker], Item
	EvRefuse      EventKind = "refuse-release"  // Team=originator, To=[asker], Item, Text=why (trust)
	EvFuse        EventKind = "fuse"            // Team, Threat, Truth=assessment correct
	EvPropose     EventKind = "propose"         // Team, Ref=operation id, Threat, Value=operation round, To=participants
	EvCommit      EventKind = "commit"          // Team, Ref, Threat, Truth=in the operation's round
	EvOperation   EventKind = "operation"       // Ref, Threat, To=committed teams, Truth=succeeded, Text=why
	EvDisrupted   EventKind = "disrupted"       // Threat, To=teams, Value=lead rounds before deadline
	EvStruck      EventKind = "struck"          // Threat: deadline reached undisrupted
	EvLiaison     EventKind = "liaison"         // Team, To=[partner]
	EvMessage     EventKind = "message"         // Team, To, Channel, Ref=msg kind, Subject, Value=arrival round, Text=note (sent; EvReceive on arrival)
	EvIdle        EventKind = "idle"            // Team, Value=AP left unused
	EvExpectation EventKind = "expectation"     // Ref=inject id, Truth=met, Text=expected outcome
	EvEnd         EventKind = "end"             // Text=why the game ended
	EvReceive     EventKind = "receive"         // Team=recipient, From=sender, Channel, Ref=request id or msg kind, Subject: a request or message arrived
	EvOutage      EventKind = "outage"          // Channel, Value=last round down, Ref=inject id: a channel goes down
)

// Event is one thing that happened, with its cause, in resolution order.
// Events share memory with the State and with each other (a To list may
// be the same slice in many events): read them, never modify them.
type Event struct {
	Seq       int       `json:"seq"`
	Round     int       `json:"round"`
	Kind      EventKind `json:"kind"`
	Team      string    `json:"team,omitempty"`
	From      string    `json:"from,omitempty"`
	To        []string  `json:"to,omitempty"`
	Item      string    `json:"item,omitempty"`
	Root      string    `json:"root,omitempty"`
	Channel   string    `json:"channel,omitempty"`
	Threat    string    `json:"threat,omitempty"`
	Facet     string    `json:"facet,omitempty"`
	Ref       string    `json:"ref,omitempty"`
	Subject   string    `json:"subject,omitempty"`
	Rule      string    `json:"rule,omitempty"`
	Delta     int       `json:"delta,omitempty"`
	Value     int       `json:"value,omitempty"`
	Cost      int       `json:"cost,omitempty"`
	Truth     bool      `json:"truth,omitempty"`
	Readable  bool      `json:"readable,omitempty"`
	Confirmed bool      `json:"confirmed,omitempty"`
	Text      string    `json:"text"`
	// Note is the acting team's own reason for an order that touches
	// another team (Order.Note), in plain words; the recipient sees it
	// with what arrives. Empty when the team gave none.
	Note string `json:"note,omitempty"`
}

// Breach rules (Event.Rule for EvBreach), matching scenario.Severity fields.
const (
	RuleTLP          = "tlp"
	RulePersonalData = "personal_data"
	RuleInsecureLink = "insecure_link"
	RuleORCON        = "orcon"
	RuleRelTo        = "rel_to"
)

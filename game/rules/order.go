// Package rules is Liaison's pure, deterministic engine: a State built from a
// scenario and a seed, orders as plain values, legality with reasons,
// resolution of a whole round in a fixed documented order (docs/rules.md),
// the event log every score and report is built from, and per-team views.
//
// The same scenario, seed and orders always give the same state, byte for
// byte: randomness comes only from a math/rand/v2 PCG seeded from the game
// seed, and nothing iterates a Go map where order matters.
package rules

import "slices"

// OrderKind names an order (docs/rules.md, "Orders and action points").
type OrderKind string

// The orders a team may give.
const (
	Share       OrderKind = "share"        // Item to To (one or more teams) over Channel ("" = best available)
	Request     OrderKind = "request"      // ask To[0] for Threat/Facet (or Item) over Channel
	Respond     OrderKind = "respond"      // answer request Ref, sharing Item if set, else a decline
	Sanitise    OrderKind = "sanitise"     // tear line on Item: derived item, looser caveats, TearLine facets
	Verify      OrderKind = "verify"       // reveal whether Item is true; confirms it
	Translate   OrderKind = "translate"    // make Item readable in the team's own format
	AskRelease  OrderKind = "ask-release"  // ask Item's originator to release an ORCON item for re-share
	Grant       OrderKind = "grant"        // originator releases ORCON Item to To[0] (answers an ask-release)
	Fuse        OrderKind = "fuse"         // combine held facets into an assessment of Threat
	Propose     OrderKind = "propose"      // joint operation on Threat in round At with teams To (+ proposer)
	Commit      OrderKind = "commit"       // commit to operation Ref (only counts in the operation's round)
	PostLiaison OrderKind = "post-liaison" // post a liaison officer to To[0]
	Message     OrderKind = "message"      // structured message MsgKind about Subject to To over Channel
	Pass        OrderKind = "pass"         // do nothing more this round
)

// OrderKinds lists every kind in a stable order (UI number keys follow it).
var OrderKinds = []OrderKind{Share, Request, Respond, Sanitise, Verify, Translate, AskRelease, Grant, Fuse, Propose, Commit, PostLiaison, Message, Pass}

// MsgKind is the kind of a structured protocol message.
type MsgKind string

// Message kinds of the liaison protocol.
const (
	MsgRequest MsgKind = "REQUEST"
	MsgOffer   MsgKind = "OFFER"
	MsgPropose MsgKind = "PROPOSE"
	MsgAck     MsgKind = "ACK"
	MsgDecline MsgKind = "DECLINE"
	MsgWarn    MsgKind = "WARN"
)

// Order is one instruction from a team for the current round. Only the
// fields its Kind uses are set; JSON keeps game records small and stable.
type Order struct {
	Kind    OrderKind `json:"kind"`
	Team    string    `json:"team"`
	Item    string    `json:"item,omitempty"`
	To      []string  `json:"to,omitempty"`
	Channel string    `json:"channel,omitempty"`
	Threat  string    `json:"threat,omitempty"`
	Facet   string    `json:"facet,omitempty"`
	Ref     string    `json:"ref,omitempty"`
	At      int       `json:"at,omitempty"`
	MsgKind MsgKind   `json:"msg,omitempty"`
	Subject string    `json:"subject,omitempty"`
	Note    string    `json:"note,omitempty"`
}

// Equal reports whether o and p are the same order, field by field (an
// Order holds a slice, so == does not compile; a nil To and an empty one
// are the same). Every field counts, the Note too: an order is what the
// engine and the game record would see.
func (o Order) Equal(p Order) bool {
	return o.Kind == p.Kind && o.Team == p.Team && o.Item == p.Item && slices.Equal(o.To, p.To) &&
		o.Channel == p.Channel && o.Threat == p.Threat && o.Facet == p.Facet && o.Ref == p.Ref &&
		o.At == p.At && o.MsgKind == p.MsgKind && o.Subject == p.Subject && o.Note == p.Note
}

// Turn is everything that happens in one round besides the scenario itself:
// every team's orders and any facilitator actions. Game records store Turns.
type Turn struct {
	Orders      map[string][]Order  `json:"orders"`
	Facilitator []FacilitatorAction `json:"facilitator,omitempty"`
}

// FacilitatorAction is an instructor's intervention, applied at the start of
// the round's resolution: fire a scenario inject out of schedule, or add a note.
type FacilitatorAction struct {
	Inject string `json:"inject,omitempty"`
	Note   string `json:"note,omitempty"`
}

// Package netplay plays Liaison rooms over websockets: a host-authoritative
// server (one goroutine per room owns its game.Room), a versioned JSON
// envelope, join codes per seat and an instructor key per room, and the
// endpoint /ws. A team's frames are built only from the engine's
// allow-listed rules.View of that team; the facilitator's from the
// facilitator view. It never links Ebiten. See docs/network.md.
package netplay

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"liaison/game/narrative"
	"liaison/game/rules"
)

// Version is the protocol version every envelope carries.
const Version = 1

// MaxMessage bounds one websocket message in bytes (read limit).
const MaxMessage = 64 << 10

// Envelope is every frame, both ways: the protocol version, the message
// type, a sequence number (the sender's own, increasing; replies name the
// request's in their body's ref) and the type's body.
type Envelope struct {
	V    int             `json:"v"`
	Type string          `json:"type"`
	Seq  uint64          `json:"seq"`
	Body json.RawMessage `json:"body,omitempty"`
}

// Message types a client sends.
const (
	// THello is the first message of a connection and only the first:
	// a seat's join code, the instructor key, or a resume token.
	THello = "hello"
	// TQueue keeps a team's orders in progress on the host.
	TQueue = "queue"
	// TConfirm hands in the team's orders for the round.
	TConfirm = "confirm"
	// TCheck asks whether one more order is legal after a queue.
	TCheck = "check"
	// TPing asks for a pong.
	TPing = "ping"
	// TPause pauses or resumes the exercise (facilitator).
	TPause = "pause"
	// TInject fires a scenario inject as the round resolves (facilitator).
	TInject = "inject"
	// TNote adds a note to the timeline (facilitator).
	TNote = "note"
	// TResolve resolves the round now (facilitator).
	TResolve = "resolve"
	// TTimer sets the round timer in seconds, 0 for none (facilitator).
	TTimer = "timer"
	// TSeat decides about a seat: hand it to a bot, or wait (facilitator).
	TSeat = "seat"
	// TSpectator makes (or revokes) a spectator code (facilitator).
	TSpectator = "spectator"
	// TCreate makes a new room (the host's admin key).
	TCreate = "create"
)

// Message types the host sends.
const (
	// TWelcome answers a good hello: the role, team and a resume token.
	TWelcome = "welcome"
	// TSnapshot is a team's whole situation: view, own queued orders, phase.
	TSnapshot = "snapshot"
	// TFacilitator is the facilitator's whole situation.
	TFacilitator = "facilitator"
	// TAck accepts a request.
	TAck = "ack"
	// TLegal answers a check.
	TLegal = "legal"
	// TError refuses a request with a reason.
	TError = "error"
	// TPong answers a ping.
	TPong = "pong"
	// TSpectatorCode answers a spectator request with the new code
	// (sent to the facilitator only).
	TSpectatorCode = "spectator_code"
	// TCreated answers create with the new room's secrets (to the admin only).
	TCreated = "created"
)

// Hello is the body of the first message.
type Hello struct {
	Code   string `json:"code,omitempty"`   // a seat's join code
	Key    string `json:"key,omitempty"`    // the instructor key (facilitator seat)
	Resume string `json:"resume,omitempty"` // a resume token from an earlier welcome
}

// Welcome is the host's answer to a good hello.
type Welcome struct {
	Role   string `json:"role"` // "team" or "facilitator"
	Team   string `json:"team,omitempty"`
	Room   string `json:"room"`
	Resume string `json:"resume"` // keep it to reconnect without the code
}

// Roles of a connection.
const (
	RoleTeam        = "team"
	RoleFacilitator = "facilitator"
	// RoleSpectator watches, read-only: one team's snapshots (Team set) or
	// the facilitator view delayed by a round (Team empty).
	RoleSpectator = "spectator"
	// RoleAdmin holds the host's admin key: it creates rooms.
	RoleAdmin = "admin"
)

// Create is the body of create: an embedded scenario by name (never a
// file path: the request comes from the network), seats as in
// liaisonctl (team → "human" or a bot personality; "all" sets every
// team), an optional seed, and whether a facilitator runs the room.
type Create struct {
	Scenario string            `json:"scenario"`
	Seats    map[string]string `json:"seats,omitempty"`
	Seed     uint64            `json:"seed,omitempty"`
}

// Created is a new room's secrets, for the admin who asked.
type Created struct {
	Ref   uint64            `json:"ref"`
	Room  string            `json:"room"`
	Key   string            `json:"key"`
	Codes map[string]string `json:"codes"`
}

// Spectator is the body of spectator: the team to shadow ("" for the
// facilitator view a round late); Revoke withdraws that target's codes
// and closes its spectators.
type Spectator struct {
	Team   string `json:"team,omitempty"`
	Revoke bool   `json:"revoke,omitempty"`
}

// SpectatorCode is the facilitator's new spectator code.
type SpectatorCode struct {
	Ref  uint64 `json:"ref"`
	Team string `json:"team,omitempty"`
	Code string `json:"code"`
}

// Orders is the body of queue and confirm. Round, when set, is the round
// the orders are for: the host refuses them once that round has resolved
// (a client acting on a stale snapshot), instead of applying them to the next.
type Orders struct {
	Round  int           `json:"round,omitempty"`
	Orders []rules.Order `json:"orders"`
}

// Check is the body of check.
type Check struct {
	Queued []rules.Order `json:"queued"`
	Order  rules.Order   `json:"order"`
}

// Legal answers a check.
type Legal struct {
	Ref    uint64 `json:"ref"`
	OK     bool   `json:"ok"`
	Reason string `json:"reason,omitempty"`
}

// Ack accepts the request numbered Ref.
type Ack struct {
	Ref uint64 `json:"ref"`
}

// Error refuses the request numbered Ref (0: no particular request).
type Error struct {
	Ref     uint64 `json:"ref"`
	Message string `json:"message"`
	Order   int    `json:"order,omitempty"` // 1-based index of the refused order, if any
	// Code classes the refusal for a program (Message is for people): one
	// of the Code constants, "" for any other refusal. It came after
	// protocol 1 shipped; a client that does not know it ignores it.
	Code string `json:"code,omitempty"`
}

// Phases of a round as a team sees it.
const (
	PhaseOrders    = "orders"    // give and confirm orders
	PhaseConfirmed = "confirmed" // confirmed; waiting for the others
	PhasePaused    = "paused"    // the facilitator paused the exercise
	PhaseOver      = "over"      // the game has ended
)

// Snapshot is a team's whole situation, sent on joining and after every
// change that concerns it. It holds only the team's own View and orders.
type Snapshot struct {
	Round  int           `json:"round"`
	Phase  string        `json:"phase"`
	View   rules.View    `json:"view"`
	Queued []rules.Order `json:"queued"`
	// Deadline is the round timer's end in Unix seconds, 0 for none.
	Deadline int64 `json:"deadline,omitempty"`
	// Legal is every order the host would take next after Queued: the
	// engine's legal orders for the team (rules.State.Legal), each naming
	// only ids the team's View shows, Pass last. Empty outside the orders
	// phase. A client composes its orders from it without the engine.
	Legal []rules.Order `json:"legal,omitempty"`
	// APLeft is the team's action points left after Queued.
	APLeft int `json:"ap_left"`
	// Costs is the AP cost of each order kind in this scenario.
	Costs map[rules.OrderKind]int `json:"costs,omitempty"`
	// InformalCost is the trust a request to a formal team costs when it
	// does not travel over a liaison link.
	InformalCost int `json:"informal_cost,omitempty"`
	// Results tells the team, in names, what happened in the round just
	// resolved (game/narrative from its View and its own orders); nil in
	// round 1.
	Results *narrative.Narrative `json:"results,omitempty"`
}

// Pause is the body of pause.
type Pause struct {
	Paused bool `json:"paused"`
}

// Inject is the body of inject.
type Inject struct {
	ID string `json:"id"`
}

// Note is the body of note.
type Note struct {
	Text string `json:"text"`
}

// Timer is the body of timer.
type Timer struct {
	Seconds int `json:"seconds"`
}

// Seat actions of the facilitator.
const (
	SeatBot  = "bot"  // hand the seat to a bot of Personality
	SeatWait = "wait" // keep waiting for the person to come back
)

// SeatDecision is the body of seat.
type SeatDecision struct {
	Team        string `json:"team"`
	Action      string `json:"action"`
	Personality string `json:"personality,omitempty"`
}

// TeamStatus is one team as the facilitator sees its seat: never its orders.
type TeamStatus struct {
	Team      string `json:"team"`
	Seat      string `json:"seat"`      // "human" or a bot personality
	Connected int    `json:"connected"` // clients on the seat
	Confirmed bool   `json:"confirmed"`
}

// FacilitatorFrame is the facilitator's whole situation.
type FacilitatorFrame struct {
	Round    int                       `json:"round"`
	Paused   bool                      `json:"paused"`
	Over     bool                      `json:"over"`
	Teams    []TeamStatus              `json:"teams"`
	Stalled  []string                  `json:"stalled,omitempty"` // disconnected teams the round waits for
	TimeUp   bool                      `json:"time_up,omitempty"`
	Deadline int64                     `json:"deadline,omitempty"`
	Pending  []rules.FacilitatorAction `json:"pending,omitempty"`
	View     *rules.FacilitatorView    `json:"view,omitempty"` // on joining and after each round
	Hash     string                    `json:"hash,omitempty"` // the engine state's hash, with View`
}

// errProtocol classes a frame the host cannot read.
var errProtocol = errors.New("bad message")

// decodeEnvelope reads one frame strictly: known fields only, the
// supported version, a type.
func decodeEnvelope(data []byte) (Envelope, error) {
	var e Envelope
	if err := strict(data, &e); err != nil {
		return e, fmt.Errorf("%w: %v", errProtocol, err)
	}
	switch {
	case e.V != Version:
		return e, fmt.Errorf("%w: protocol version %d; this host speaks %d", errProtocol, e.V, Version)
	case e.Type == "":
		return e, fmt.Errorf("%w: no type", errProtocol)
	}
	return e, nil
}

// decodeBody reads a body strictly into v; an absent body is an empty object.
func decodeBody(e Envelope, v any) error {
	body := e.Body
	if len(bytes.TrimSpace(body)) == 0 || bytes.Equal(bytes.TrimSpace(body), []byte("null")) {
		body = []byte("{}")
	}
	if err := strict(body, v); err != nil {
		return fmt.Errorf("%w: %s body: %v", errProtocol, e.Type, err)
	}
	return nil
}

// strict decodes exactly one JSON value with no unknown fields.
func strict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the JSON value")
	}
	return nil
}

// encode builds a frame. The envelope is written around the marshalled
// body by hand: json.Marshal of an Envelope would validate and copy the
// body (a whole View) a second time.
func encode(typ string, seq uint64, body any) ([]byte, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	return encodeRaw(typ, seq, b), nil
}

// encodeRaw builds a frame around a body already encoded (valid JSON).
// typ is one of this package's message types (plain ASCII names).
func encodeRaw(typ string, seq uint64, b []byte) []byte {
	t := strconv.AppendQuote(nil, typ)
	out := make([]byte, 0, len(b)+len(t)+48)
	out = append(out, `{"v":`...)
	out = strconv.AppendInt(out, Version, 10)
	out = append(out, `,"type":`...)
	out = append(out, t...)
	out = append(out, `,"seq":`...)
	out = strconv.AppendUint(out, seq, 10)
	out = append(out, `,"body":`...)
	out = append(out, b...)
	return append(out, '}')
}

// Package compose turns a selection on the team board into the orders a
// click can give: for a selected intel card, team, threat, request,
// operation or release ask it lists concrete actions, each either ready to
// queue or disabled with the engine's reason. It also keeps the round's
// order queue with undo. It is display-free: the board only draws its
// results and forwards clicks.
package compose

import "liaison/game/rules"

// Oracle is the engine's legality as the board may use it (the session).
type Oracle interface {
	Legal(team string, queued []rules.Order) []rules.Order
	Validate(queued []rules.Order, o rules.Order) error
	APLeft(team string, queued []rules.Order) int
	Cost(k rules.OrderKind) int
}

// Kind is what is selected.
type Kind uint8

// Selection kinds.
const (
	None Kind = iota
	Item
	Team
	Threat
	Request
	Operation
	Release
)

// Selection is what the player picked on the board.
type Selection struct {
	Kind Kind
	ID   string // item, team, threat, request or operation id; for Release the item id
	With string // Release: the asking team
}

// Action is one thing the player can do with the selection.
type Action struct {
	Label   string          // e.g. "Share to Estrel over Strait secure link"
	Kind    rules.OrderKind // order kind (for the icon)
	Order   rules.Order     // the order a click queues
	Enabled bool
	Reason  string // why it is disabled (the engine's words), or a hint when enabled
	Cost    int    // AP
	Risky   bool   // allowed, but the view shows a caveat or channel risk (see Reason)
	Queued  bool   // a placeholder kept in its slot: this action is already queued (see Slots)
	// TrustCost is the trust the order costs with its recipient (a request
	// to a formal team outside a liaison link), 0 when none.
	TrustCost int
}

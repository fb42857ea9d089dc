// Package bot holds the computer partners: personalities behind one Player
// interface that turns a team's View into orders. Bots see only the View and
// a legality oracle, never the hidden State, and are deterministic: the same
// view, seed and personality always give the same orders. They keep no memory
// between rounds (everything they need is in the View), so a game resumed
// from a save plays on exactly as it would have.
package bot

import (
	"fmt"
	"hash/fnv"
	"strings"

	"liaison/game/rules"
)

// Legality answers which orders a team may give: the State's public
// legality calls, which *rules.State implements; a bot asks nothing else
// of the game. Its answers must agree with the State's Legal and Validate:
// the bot gives only orders they accept. (Given the engine's own State, the
// bot's list of candidates is streamed through game/internal/enginefast;
// any other Legality is asked for Legal's whole list.)
type Legality interface {
	// Legal lists the orders legal for the team after the queued ones.
	Legal(team string, queued []rules.Order) []rules.Order
	// Validate returns nil if o is legal after the queued orders.
	Validate(queued []rules.Order, o rules.Order) error
	// Cost is the AP cost of an order kind.
	Cost(k rules.OrderKind) int
}

// Player turns what a team knows into its orders for the round. Human seats,
// bots and remote clients all implement it, and every caller (the headless
// runner, the session, the tests) goes through it: there is no other way
// to reach a player's orders.
//
// A player keeps nothing of the View once it has answered, so a caller may
// build each round's View into the memory of the last and, for a lean
// player, leave out the optional parts (the headless runner does, through
// game/internal/enginefast's ViewInto).
type Player interface {
	// Name describes the player, e.g. "cooperative bot".
	Name() string
	// LeanView reports whether the player reads none of a View's optional
	// parts (Log, Messages, Injects, TrustIn): its orders must then be
	// the same whether they are filled or left empty. Answer false if
	// unsure.
	LeanView() bool
	// AppendOrders appends the team's orders for v.Round, each legal in
	// sequence, to dst and returns the extended slice.
	AppendOrders(dst []rules.Order, v rules.View, legal Legality) []rules.Order
	// Orders is AppendOrders into a new list (nil when there are none).
	Orders(v rules.View, legal Legality) []rules.Order
}

// BotSeed derives a team's bot seed from the game seed, so bots differ by
// team but stay reproducible.
func BotSeed(seed uint64, team string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(team))
	return seed ^ h.Sum64()
}

// Personalities lists the bot personalities, in menu order.
var Personalities = []string{"cooperative", "legalistic", "hoarder", "reckless"}

// New returns a bot of the named personality, seeded for its tie-breaks.
func New(personality string, seed uint64) (Player, error) {
	for _, p := range Personalities {
		if p == personality {
			return &Bot{style: styles[p], seed: seed}, nil
		}
	}
	return nil, fmt.Errorf("unknown bot personality %q (choose %s)", personality, strings.Join(Personalities, ", "))
}

// Package bot holds the computer partners: personalities behind one Player
// interface that turns a team's View into orders. Bots see only the View and
// a legality oracle, never the hidden State, and are deterministic: the same
// view, seed and personality always give the same orders. They keep no memory
// between rounds (everything they need is in the View), so a game resumed
// from a save plays on exactly as it would have.
package bot

import (
	"fmt"
	"strings"

	"liaison/game/rules"
)

// Legality answers which orders a team may give; *rules.State implements it.
type Legality interface {
	Legal(team string, queued []rules.Order) []rules.Order
	Validate(queued []rules.Order, o rules.Order) error
}

// Player turns what a team knows into its orders for the round. Human seats,
// bots and remote clients all implement it.
type Player interface {
	// Orders returns the team's orders for v.Round, each legal in sequence.
	Orders(v rules.View, legal Legality) []rules.Order
	// Name describes the player, e.g. "cooperative bot".
	Name() string
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

package bot_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/enginefast"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
)

// plainLegality is the State's legality behind another type, so that the
// bot is given Legal's whole list (every order built, no focus) and the
// test holds the engine's streamed, focused list to Legal.
type plainLegality struct{ st *rules.State }

func (p plainLegality) Legal(team string, q []rules.Order) []rules.Order { return p.st.Legal(team, q) }
func (p plainLegality) Validate(q []rules.Order, o rules.Order) error    { return p.st.Validate(q, o) }
func (p plainLegality) Cost(k rules.OrderKind) int                       { return p.st.Cost(k) }

// TestShortcutsGiveSameOrders plays every personality on the shipped
// scenarios and checks that what the bot skips for speed changes nothing:
// a lean view (LeanView, enginefast.ViewInto) and the engine's fast paths give the orders a full
// view and the plain Legal give.
func TestShortcutsGiveSameOrders(t *testing.T) {
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		sc := shippedtest.Scenario(t, name)
		for _, p := range bot.Personalities {
			for seed := uint64(1); seed <= 2; seed++ {
				st := rules.New(sc, seed)
				var lean rules.View
				for !st.Over() {
					turn := rules.Turn{Orders: map[string][]rules.Order{}}
					for _, tm := range sc.Teams {
						b, _ := bot.New(p, seed)
						enginefast.ViewInto(st, tm.ID, &lean, b.LeanView())
						fast := b.Orders(lean, st)
						slow := b.Orders(st.View(tm.ID), plainLegality{st})
						require.Equal(t, slow, fast, "%s %s seed %d round %d %s", name, p, seed, st.Round(), tm.ID)
						turn.Orders[tm.ID] = fast
					}
					st, _ = rules.Resolve(st, turn)
				}
			}
		}
	}
}

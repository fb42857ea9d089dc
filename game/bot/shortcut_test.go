package bot_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/rules"
)

// plainLegality hides the State's fast paths, so the bot takes its generic
// path: the whole Legal list, Validate, no kind filter, no AP shortcut.
type plainLegality struct{ st *rules.State }

func (p plainLegality) Legal(team string, q []rules.Order) []rules.Order { return p.st.Legal(team, q) }
func (p plainLegality) Validate(q []rules.Order, o rules.Order) error    { return p.st.Validate(q, o) }

// TestShortcutsGiveSameOrders plays every personality on the shipped
// scenarios and checks that what the bot skips for speed changes nothing:
// a lean view (ViewParts) and the State's fast paths give the orders a full
// view and the plain Legality interface give.
func TestShortcutsGiveSameOrders(t *testing.T) {
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		sc := load(t, name)
		for _, p := range bot.Personalities {
			for seed := uint64(1); seed <= 2; seed++ {
				st := rules.New(sc, seed)
				var lean rules.View
				for !st.Over() {
					turn := rules.Turn{Orders: map[string][]rules.Order{}}
					for _, tm := range sc.Teams {
						b, _ := bot.New(p, seed)
						st.ViewPartsInto(tm.ID, &lean, b.ViewParts())
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

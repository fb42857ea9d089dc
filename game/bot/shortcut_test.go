package bot_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/rules"
)

// plainLegality answers from the State's plain API only: the whole Legal
// list filtered by kind (the focus ignored, so every order is built) and
// Validate, so the test holds the State's fast paths to Legal and Validate.
type plainLegality struct{ st *rules.State }

func (p plainLegality) EachLegalOf(team string, kinds rules.KindSet, _ rules.Focus, visit func(o rules.Order)) {
	for _, o := range p.st.Legal(team, nil) {
		if kinds.Has(o.Kind) {
			visit(o)
		}
	}
}

func (p plainLegality) Valid(q []rules.Order, o *rules.Order) bool {
	return p.st.Validate(q, *o) == nil
}

func (p plainLegality) Cost(k rules.OrderKind) int { return p.st.Cost(k) }

// TestShortcutsGiveSameOrders plays every personality on the shipped
// scenarios and checks that what the bot skips for speed changes nothing:
// a lean view (ViewParts) and the State's fast paths give the orders a full
// view and the plain Legal and Validate give.
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

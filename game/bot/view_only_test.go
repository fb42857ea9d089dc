package bot_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
)

// TestDecisionsDependOnTheViewOnly plays harbour-watch twice with the same
// orders: once as shipped, once with the hidden truth of every item
// flipped. Whenever a team's View is the same in both games, every
// personality must give the same orders in both, so no bot decision
// depends on state the team cannot see.
func TestDecisionsDependOnTheViewOnly(t *testing.T) {
	sc := shippedtest.Scenario(t, "harbour-watch.yaml")
	flipped := shippedtest.Scenario(t, "harbour-watch.yaml")
	for i := range flipped.Items {
		tr := !flipped.Items[i].IsTrue()
		flipped.Items[i].Truth = &tr
	}
	for _, p := range bot.Personalities {
		a, b := rules.New(sc, 4), rules.New(flipped, 4)
		same := 0
		for !a.Over() && !b.Over() {
			turn := rules.Turn{Orders: map[string][]rules.Order{}}
			for _, tm := range sc.Teams {
				pa, _ := bot.New(p, 4)
				pb, _ := bot.New(p, 4)
				va, vb := a.View(tm.ID), b.View(tm.ID)
				oa := pa.Orders(va, a)
				if equalViews(va, vb) {
					same++
					require.Equal(t, oa, pb.Orders(vb, b), "%s round %d %s: same view, different orders", p, a.Round(), tm.ID)
				}
				turn.Orders[tm.ID] = oa
			}
			a, _ = rules.Resolve(a, turn)
			b, _ = rules.Resolve(b, turn)
		}
		require.Positive(t, same, "%s: no view was the same in both games", p)
	}
}

// equalViews compares two views field by field.
func equalViews(a, b rules.View) bool { return assert.ObjectsAreEqual(a, b) }

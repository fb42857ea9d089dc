package enginefast_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/enginefast"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
)

// oracle is the State's legality behind another type, as a test's oracle
// would be: EachLegal must then visit Legal's list.
type oracle struct{ st *rules.State }

func (o oracle) Legal(team string, q []rules.Order) []rules.Order { return o.st.Legal(team, q) }

// noShares is a Focus that wants every order but shares.
type noShares struct{}

func (noShares) Kind(k rules.OrderKind) bool    { return k != rules.Share }
func (noShares) Item(rules.OrderKind, int) bool { return true }
func (noShares) ShareTo(int, int) bool          { return true }

func collect(legal enginefast.Oracle, team string, f enginefast.Focus) []rules.Order {
	var out []rules.Order
	enginefast.EachLegal(legal, team, f, func(o rules.Order) { out = append(out, o) })
	return out
}

// TestFastPathsAreTheMainCalls plays random games of every shipped
// scenario, back to back, two ways: with the main calls (New, Resolve,
// View, Legal) and with this package's (Setup.Start in the last game's
// memory, Advance, ViewInto, EachLegal), and checks they agree round by
// round. The fast paths' own tests, by part, are in game/rules.
func TestFastPathsAreTheMainCalls(t *testing.T) {
	var done *rules.State
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml", "harbour-watch.yaml"} {
		sc := shippedtest.Scenario(t, name)
		setup := enginefast.Prepare(sc)
		require.Same(t, sc, setup.Scenario())
		rng := rand.New(rand.NewPCG(3, 5))
		plain, fast := rules.New(sc, 11), setup.Start(11, done)
		views := make([]rules.View, len(sc.Teams))
		for !plain.Over() {
			require.Equal(t, plain.Hash(), fast.Hash(), "%s round %d", name, plain.Round())
			turn := rules.Turn{Orders: map[string][]rules.Order{}}
			for i, tm := range sc.Teams {
				want := plain.Legal(tm.ID, nil)
				assert.Equal(t, want, collect(fast, tm.ID, nil), "%s: EachLegal, no focus", tm.ID)
				assert.Equal(t, want, collect(oracle{fast}, tm.ID, noShares{}), "%s: EachLegal, another oracle", tm.ID)
				for _, o := range collect(fast, tm.ID, noShares{}) {
					assert.NotEqual(t, rules.Share, o.Kind, "%s: the focus rules shares out", tm.ID)
				}

				full := plain.View(tm.ID)
				enginefast.ViewInto(fast, tm.ID, &views[i], true)
				assert.Equal(t, full.Items, views[i].Items, "%s: lean view's items", tm.ID)
				assert.Equal(t, full.TrustOut, views[i].TrustOut, "%s: lean view's trust", tm.ID)
				assert.Empty(t, views[i].Log, "%s: lean view has no log", tm.ID)
				assert.Empty(t, views[i].TrustIn, "%s: lean view has no trust in", tm.ID)
				enginefast.ViewInto(fast, tm.ID, &views[i], false)
				assert.Equal(t, len(full.Log), len(views[i].Log), "%s: whole view's log", tm.ID)
				assert.Equal(t, full.TrustIn, views[i].TrustIn, "%s: whole view's trust in", tm.ID)

				if o := want[rng.IntN(len(want))]; o.Kind != rules.Pass {
					turn.Orders[tm.ID] = []rules.Order{o}
				}
			}
			var wantEvs, gotEvs []rules.Event
			plain, wantEvs = rules.Resolve(plain, turn)
			fast, gotEvs = enginefast.Advance(fast, turn)
			require.Equal(t, wantEvs, gotEvs, "%s round %d: events", name, plain.Round())
		}
		require.Equal(t, plain.Hash(), fast.Hash(), "%s: final", name)
		done = fast
	}
}

package rules

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
)

// TestAdvanceMatchesResolve plays random games of the shipped scenarios
// twice, once with Resolve and once with Advance (which reuses the State's
// memory), and checks every round's events and hash are the same, and
// that the earlier States Resolve made are left as they were.
func TestAdvanceMatchesResolve(t *testing.T) {
	for _, name := range shippedNames {
		sc := shippedtest.Scenario(t, name)
		for seed := uint64(1); seed <= 4; seed++ {
			a, b := New(sc, seed), New(sc, seed)
			rng := rand.New(rand.NewPCG(seed, 11))
			var kept []*State
			var hashes []string
			for rounds := 0; !a.Over() && rounds < 40; rounds++ {
				turn := randomTurn(a, rng)
				kept, hashes = append(kept, a), append(hashes, a.Hash())
				// Views and legal lists of b before it is advanced, as the
				// simulator builds them.
				for _, tm := range sc.Teams {
					require.Equal(t, a.View(tm.ID), b.View(tm.ID))
					require.Equal(t, a.Legal(tm.ID, nil), b.Legal(tm.ID, nil))
				}
				var ea, eb []Event
				a, ea = Resolve(a, turn)
				b, eb = advance(b, turn)
				require.Equal(t, ea, eb, "%s seed %d round %d: events", name, seed, a.Round())
				require.Equal(t, a.Hash(), b.Hash(), "%s seed %d round %d: hash", name, seed, a.Round())
			}
			for i, st := range kept {
				require.Equal(t, hashes[i], st.Hash(), "%s seed %d: Resolve changed an earlier State", name, seed)
			}
		}
	}
}

package rules

import (
	"hash/fnv"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
)

// hashFocus rules orders in or out by a hash of what it is asked, so that
// about half of each kind of question is answered no. ids are the ids of
// the team's holdings, in View order.
type hashFocus struct {
	salt string
	ids  []string
}

func (f hashFocus) yes(parts ...string) bool {
	h := fnv.New32a()
	h.Write([]byte(f.salt))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(p))
	}
	return h.Sum32()%2 == 0
}

func (f hashFocus) Kind(OrderKind) bool          { return true }
func (f hashFocus) Item(k OrderKind, i int) bool { return f.yes(string(k), f.ids[i]) }
func (f hashFocus) ShareTo(i, t int) bool        { return f.yes("to", f.ids[i], string(rune('a'+t))) }

// pos is the position of held item id.
func (f hashFocus) pos(id string) int {
	for i, x := range f.ids {
		if x == id {
			return i
		}
	}
	panic("not held: " + id)
}

// wants is what eachLegalOf with the focus must keep of a Legal order.
func (f hashFocus) wants(st *State, o Order) bool {
	switch o.Kind {
	case Share:
		if !f.Item(Share, f.pos(o.Item)) {
			return false
		}
		for _, id := range o.To {
			if f.ShareTo(f.pos(o.Item), st.ix.team(id)) {
				return true
			}
		}
		return false
	case Sanitise, Verify, Translate, AskRelease:
		return f.Item(o.Kind, f.pos(o.Item))
	}
	return true
}

// TestEachLegalOfFocus checks that a Focus leaves out exactly the orders it
// rules out, in Legal's order, on random games of the shipped scenarios.
func TestEachLegalOfFocus(t *testing.T) {
	for _, name := range shippedNames {
		sc := shippedtest.Scenario(t, name)
		rng := rand.New(rand.NewPCG(3, 9))
		st := New(sc, 3)
		for rounds := 0; !st.Over() && rounds < 30; rounds++ {
			for _, tm := range sc.Teams {
				f := hashFocus{salt: tm.ID + string(rune('a'+rounds))}
				for _, it := range st.View(tm.ID).Items {
					f.ids = append(f.ids, it.ID)
				}
				var got []Order
				st.eachLegalOf(tm.ID, allKinds, f, func(o Order) { got = append(got, o) })
				var want []Order
				for _, o := range st.Legal(tm.ID, nil) {
					if f.wants(st, o) {
						want = append(want, o)
					}
				}
				require.Equal(t, want, got, "%s round %d %s", name, st.Round(), tm.ID)
				// Legal has now cached the list; a Focus still applies.
				got = got[:0]
				st.eachLegalOf(tm.ID, allKinds, f, func(o Order) { got = append(got, o) })
				require.Equal(t, want, got, "%s round %d %s, cached", name, st.Round(), tm.ID)
			}
			st, _ = Resolve(st, randomTurn(st, rng))
		}
	}
}

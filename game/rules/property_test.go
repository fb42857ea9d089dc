package rules

import (
	"testing"

	"pgregory.net/rapid"

	"liaison/game/internal/shippedtest"
	"liaison/game/scenario"
)

// TestPropertyRandomGames plays random games (random legal orders every
// round, through Legal) and checks the invariants after every round, that
// every order Legal offers validates and is accepted, that queues never
// overspend AP, and that Resolve leaves its input unchanged.
func TestPropertyRandomGames(t *testing.T) {
	scens := map[string]*scenario.Scenario{}
	for _, n := range []string{"tutorial.yaml", "harbour-watch.yaml"} {
		scens[n] = shippedtest.Scenario(t, n)
	}
	rapid.Check(t, func(rt *rapid.T) {
		name := rapid.SampledFrom([]string{"tutorial.yaml", "harbour-watch.yaml"}).Draw(rt, "scenario")
		seed := rapid.Uint64().Draw(rt, "seed")
		st := New(scens[name], seed)
		if err := checkInvariants(st); err != nil {
			rt.Fatalf("start: %v", err)
		}
		for !st.Over() {
			turn := Turn{Orders: map[string][]Order{}}
			for _, tm := range st.Scenario().Teams {
				var q []Order
				for k := 0; k < 6; k++ {
					legal := st.Legal(tm.ID, q)
					i := rapid.IntRange(0, len(legal)-1).Draw(rt, "order")
					o := legal[i]
					if err := st.Validate(q, o); err != nil {
						rt.Fatalf("round %d: Legal offered %+v but Validate says %v", st.Round(), o, err)
					}
					if o.Kind == Pass {
						break
					}
					q = append(q, o)
					if left := st.APLeft(tm.ID, q); left < 0 {
						rt.Fatalf("round %d: %s overspent: %d AP left", st.Round(), tm.ID, left)
					}
				}
				turn.Orders[tm.ID] = q
			}
			before := st.Hash()
			next, evs := Resolve(st, turn)
			if st.Hash() != before {
				rt.Fatalf("round %d: Resolve changed its input", st.Round())
			}
			for _, e := range evs {
				if e.Kind == EvRejected && e.Ref != string(Fuse) {
					rt.Fatalf("round %d: legal order rejected at resolution: %s %s: %s", st.Round(), e.Team, e.Ref, e.Text)
				}
			}
			if err := checkInvariants(next); err != nil {
				rt.Fatalf("after round %d: %v", st.Round(), err)
			}
			st = next
		}
	})
}

package rules

import (
	"math/rand/v2"
	"testing"
)

func TestSmoke(t *testing.T) {
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		s := shipped(t, name)
		for seed := uint64(1); seed <= 20; seed++ {
			st := New(s, seed)
			rng := rand.New(rand.NewPCG(seed, 9))
			for !st.Over() {
				turn := randomTurn(st, rng)
				ns, evs := Resolve(st, turn)
				for _, e := range evs {
					if e.Kind == EvRejected {
						t.Errorf("%s seed %d round %d: rejected %s %s: %s", name, seed, e.Round, e.Team, e.Ref, e.Text)
					}
				}
				st = ns
			}
			if seed == 1 {
				counts := map[EventKind]int{}
				for _, e := range st.Events() {
					counts[e.Kind]++
				}
				t.Logf("%s: %d events %v", name, len(st.Events()), counts)
			}
		}
	}
}

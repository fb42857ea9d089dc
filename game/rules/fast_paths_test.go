package rules

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
)

// nilEmpty sets the view's empty lists to nil, the one way viewPartsInto may
// differ from View.
func nilEmpty(v View) View {
	if len(v.Items) == 0 {
		v.Items = nil
	}
	if len(v.Channels) == 0 {
		v.Channels = nil
	}
	if len(v.Requests) == 0 {
		v.Requests = nil
	}
	if len(v.Threats) == 0 {
		v.Threats = nil
	}
	if len(v.Operations) == 0 {
		v.Operations = nil
	}
	if len(v.Messages) == 0 {
		v.Messages = nil
	}
	if len(v.Liaisons) == 0 {
		v.Liaisons = nil
	}
	if len(v.Releases) == 0 {
		v.Releases = nil
	}
	if len(v.Injects) == 0 {
		v.Injects = nil
	}
	if len(v.Log) == 0 {
		v.Log = nil
	}
	if len(v.Sent) == 0 {
		v.Sent = nil
	}
	return v
}

// TestFastPathsMatch plays random games on the shipped scenarios and checks
// the allocation-saving paths give what the plain API gives: eachLegalOf(all kinds) the
// orders of Legal(team, nil), in order; and
// eachLegalOf the same orders filtered by kind; ViewInto, reusing one View
// per team all game, the View; the indexed
// visible log the events visible picks.
func TestFastPathsMatch(t *testing.T) {
	for _, name := range shippedNames {
		sc := shippedtest.Scenario(t, name)
		for seed := uint64(1); seed <= 3; seed++ {
			rng := rand.New(rand.NewPCG(seed, 7))
			st := New(sc, seed)
			views := make([]View, len(sc.Teams))
			for rounds := 0; !st.Over() && rounds < 40; rounds++ {
				for i, tm := range sc.Teams {
					// eachLegalOf a subset, before Legal fills the cache.
					kinds := kindsOf(Share, Verify, Respond, Pass)
					if rng.IntN(2) == 0 {
						kinds = kindsOf(Request, Sanitise, Fuse, Propose, Message)
					}
					var some []Order
					st.eachLegalOf(tm.ID, kinds, nil, func(o Order) { some = append(some, o) })

					var got []Order
					st.eachLegalOf(tm.ID, allKinds, nil, func(o Order) { got = append(got, o) })
					want := st.Legal(tm.ID, nil)
					var wantSome []Order
					for _, o := range want {
						if kinds.Has(o.Kind) {
							wantSome = append(wantSome, o)
						}
					}
					require.Equal(t, wantSome, some, "%s seed %d round %d %s: eachLegalOf", name, seed, st.Round(), tm.ID)
					some = some[:0]
					st.eachLegalOf(tm.ID, kinds, nil, func(o Order) { some = append(some, o) })
					require.Equal(t, wantSome, some, "eachLegalOf from the cache")
					require.Equal(t, want, got, "%s seed %d round %d %s: eachLegalOf", name, seed, st.Round(), tm.ID)
					// eachLegalOf again, now from Legal's cache.
					got = got[:0]
					st.eachLegalOf(tm.ID, allKinds, nil, func(o Order) { got = append(got, o) })
					require.Equal(t, want, got)

					l := lister{st: st, t: i}
					for r := range sc.Teams {
						require.Equal(t, st.bestChannel(i, r, -1) >= 0, l.reaches(r), "reaches %d→%d", i, r)
					}

					var wantLog []Event
					for k := st.recentFrom(); k < len(st.log); k++ {
						if st.visible(&st.log[k], i) {
							wantLog = append(wantLog, st.log[k])
						}
					}
					require.Equal(t, wantLog, st.visibleLog(i, nil), "%s seed %d round %d %s: visible log", name, seed, st.Round(), tm.ID)

					st.viewPartsInto(tm.ID, &views[i], viewAll)
					require.Equal(t, nilEmpty(st.View(tm.ID)), nilEmpty(views[i]), "%s seed %d round %d %s: viewPartsInto", name, seed, st.Round(), tm.ID)
				}
				st, _ = Resolve(st, randomTurn(st, rng))
			}
		}
	}
	// Unknown teams and finished games.
	st := New(shippedtest.Scenario(t, "tutorial.yaml"), 1)
	var got []Order
	st.eachLegalOf("nobody", allKinds, nil, func(o Order) { got = append(got, o) })
	require.Equal(t, st.Legal("nobody", nil), got)
	v := st.View(st.Scenario().Teams[0].ID)
	st.viewPartsInto("nobody", &v, viewAll)
	require.Equal(t, st.View("nobody"), v)
}

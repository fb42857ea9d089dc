package netplay

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"liaison/game/rules"
)

// TestAllowedKeepsOnlyTheTeamsKnownOrders: another team's orders and
// orders naming an id the team does not know are dropped, wherever they
// stand in the list; the engine's list itself is never changed; a list
// with nothing to drop comes back as it is (no copy).
func TestAllowedKeepsOnlyTheTeamsKnownOrders(t *testing.T) {
	known := ids{items: map[string]bool{"i1": true}, channels: map[string]bool{"c1": true}, threats: map[string]bool{},
		facets: map[string]bool{}, requests: map[string]bool{}, ops: map[string]bool{}}
	share := rules.Order{Kind: rules.Share, Team: "a", Item: "i1", Channel: "c1"}
	pass := rules.Order{Kind: rules.Pass, Team: "a"}
	foreign := rules.Order{Kind: rules.Pass, Team: "b"}
	hidden := rules.Order{Kind: rules.Share, Team: "a", Item: "secret", Channel: "c1"}
	for _, tc := range []struct {
		name     string
		all      []rules.Order
		want     []rules.Order
		sameList bool
	}{
		{"nothing to drop", []rules.Order{share, pass}, []rules.Order{share, pass}, true},
		{"empty", []rules.Order{}, []rules.Order{}, true},
		{"first dropped", []rules.Order{foreign, share, pass}, []rules.Order{share, pass}, false},
		{"middle dropped", []rules.Order{share, hidden, pass}, []rules.Order{share, pass}, false},
		{"last dropped", []rules.Order{share, pass, hidden}, []rules.Order{share, pass}, false},
		{"all dropped", []rules.Order{foreign, hidden}, []rules.Order{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := slices.Clone(tc.all)
			got := allowed(tc.all, "a", known)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, before, tc.all, "the engine's list is left as it was")
			same := len(got) > 0 && &got[0] == &tc.all[0]
			assert.Equal(t, tc.sameList && len(tc.all) > 0, same, "a copy only when an order is dropped")
		})
	}
}

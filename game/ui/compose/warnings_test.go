package compose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/rules"
)

// Estrel (tutorial) is formal: a request to it outside a liaison link costs
// trust, and the action says so before it is queued.
func TestRequestToAFormalTeamWarnsOfTrust(t *testing.T) {
	s, v := start(t)
	as := Actions(&v, s, nil, Selection{Kind: Team, ID: "estrel-fpl"})
	req := find(as, "Request ")
	require.NotNil(t, req)
	assert.True(t, req.Risky)
	assert.Equal(t, s.InformalCost(), req.TrustCost)
	assert.Contains(t, req.Reason, "trust")
	assert.Contains(t, req.Reason, "Estrel")
	post := find(as, "Post a liaison officer")
	require.NotNil(t, post)
	assert.Zero(t, post.TrustCost)
}

func TestWarnings(t *testing.T) {
	s, v := start(t)
	tests := []struct {
		name  string
		queue func() []rules.Order
		want  []string
	}{
		{"idle AP", func() []rules.Order { return nil }, []string{"3 AP unused"}},
		{"trust", func() []rules.Order {
			as := Actions(&v, s, nil, Selection{Kind: Team, ID: "estrel-fpl"})
			return []rules.Order{find(as, "Request ").Order}
		}, []string{"Costs 2 of Estrel's trust", "2 AP unused"}},
		{"capacity", func() []rules.Order {
			as := Actions(&v, s, nil, Selection{Kind: Item, ID: "crew-list"})
			sh := find(as, "Share to Estrel over Harbour").Order
			as2 := Actions(&v, s, nil, Selection{Kind: Item, ID: "quayside-rumour"})
			sh2 := find(as2, "Share to Estrel over Harbour").Order
			return []rules.Order{sh, sh2}
		}, []string{"2 sends queued on Harbour", "carries 1 per round", "last 1 will be dropped", "1 AP unused"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.queue()
			got := Warnings(&v, s, q)
			joined := ""
			for _, w := range got {
				joined += w + "\n"
			}
			for _, w := range tc.want {
				assert.Contains(t, joined, w)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	assert.Equal(t, "1 order", Plural(1, "order", "orders"))
	assert.Equal(t, "0 orders", Plural(0, "order", "orders"))
	assert.Equal(t, "3 rounds", Plural(3, "round", "rounds"))
}

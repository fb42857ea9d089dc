package rules

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
	"liaison/scenarios"
)

// shipped loads an embedded scenario.
func shipped(t testing.TB, name string) *scenario.Scenario {
	t.Helper()
	data, err := scenarios.Read(name)
	require.NoError(t, err)
	s, diags := scenario.Parse(name, data)
	require.False(t, diags.HasErrors(), "%v", diags)
	require.NotNil(t, s)
	return s
}

// randomTurn picks random legal orders for every team until Pass or AP runs out.
func randomTurn(st *State, rng *rand.Rand) Turn {
	turn := Turn{Orders: map[string][]Order{}}
	for _, tm := range st.Scenario().Teams {
		var q []Order
		for range 10 {
			legal := st.Legal(tm.ID, q)
			o := legal[rng.IntN(len(legal))]
			if o.Kind == Pass {
				break
			}
			q = append(q, o)
		}
		turn.Orders[tm.ID] = q
	}
	return turn
}

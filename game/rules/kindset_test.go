package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
)

// TestKindIndexFollowsOrderKinds pins kindIndex and kindNames to OrderKinds.
func TestKindIndexFollowsOrderKinds(t *testing.T) {
	require.Len(t, kindNames, len(OrderKinds))
	for i, k := range OrderKinds {
		assert.Equal(t, i, kindIndex(k), "%s", k)
		assert.Equal(t, k, kindNames[i])
	}
	assert.Equal(t, -1, kindIndex("dance"))
	assert.Equal(t, allKinds, kindsOf(OrderKinds...))
}

func TestKindSet(t *testing.T) {
	s := kindsOf(Share, Fuse)
	assert.True(t, s.Has(Share))
	assert.True(t, s.Has(Fuse))
	assert.False(t, s.Has(Message))
	assert.False(t, kindsOf("dance").Has("dance"))
}

// TestCostsByTable checks the cost table matches the scenario's costs.
func TestCostsByTable(t *testing.T) {
	for _, name := range shippedNames {
		st := New(shippedtest.Scenario(t, name), 1)
		for _, k := range OrderKinds {
			assert.Equal(t, st.ix.sc.Costs.Cost(string(k)), st.Cost(k), "%s %s", name, k)
		}
		assert.Equal(t, st.ix.sc.Costs.Cost("dance"), st.Cost("dance"))
	}
}

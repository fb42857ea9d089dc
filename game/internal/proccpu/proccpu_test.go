//go:build unix

package proccpu

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUsedGrowsWithWork checks that spinning the CPU shows in Used.
func TestUsedGrowsWithWork(t *testing.T) {
	start, ok := Used()
	require.True(t, ok)
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	end, ok := Used()
	require.True(t, ok)
	assert.Greater(t, end, start, "spun %d", x)
}

package rules

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSetupNewMatchesNew checks that games started from one prepared
// Setup, concurrently, are the games New starts.
func TestSetupNewMatchesNew(t *testing.T) {
	for _, name := range shippedNames {
		sc := shipped(t, name)
		p := Prepare(sc)
		require.Same(t, sc, p.Scenario())
		hashes := make([]string, 8)
		var wg sync.WaitGroup
		for i := range hashes {
			wg.Go(func() {
				st := p.New(uint64(i + 1))
				for !st.Over() {
					st, _ = Resolve(st, Turn{})
				}
				hashes[i] = st.Hash()
			})
		}
		wg.Wait()
		for i, h := range hashes {
			st := New(sc, uint64(i+1))
			for !st.Over() {
				st, _ = Resolve(st, Turn{})
			}
			assert.Equal(t, st.Hash(), h, "%s seed %d", name, i+1)
		}
	}
}

package sim

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/replay"
)

// TestThousandSeedsAreDeterministic plays harbour-watch on 1,000 seeds twice
// and checks the records and final states are identical, and that each
// record replays to the same final state.
func TestThousandSeedsAreDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("long determinism check")
	}
	src := source(t, "harbour-watch.yaml")
	seats, err := Seats(src.Scenario, nil)
	require.NoError(t, err)
	for seed := uint64(1); seed <= 1000; seed++ {
		a, err := Play(src, seed, seats)
		require.NoError(t, err)
		b, err := Play(src, seed, seats)
		require.NoError(t, err)
		ra, err := replay.Encode(a.Record)
		require.NoError(t, err)
		rb, err := replay.Encode(b.Record)
		require.NoError(t, err)
		require.Equal(t, digest(ra), digest(rb), "seed %d: records differ", seed)
		require.Equal(t, a.Final.Hash(), b.Final.Hash(), "seed %d: final states differ", seed)
		st, err := replay.Replay(a.Record, src.Data)
		require.NoError(t, err, "seed %d", seed)
		require.Equal(t, a.Final.Hash(), st.Hash(), "seed %d: replay differs", seed)
	}
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

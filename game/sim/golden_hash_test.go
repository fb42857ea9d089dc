package sim

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateGolden = flag.Bool("update", false, "rewrite testdata/game_hashes.json from the current code")

// goldenGame is what TestGoldenGameHashes pins for one game: the record's
// final state hash, and SHA-256 digests of the JSON event log, the recorded
// turns and the score result.
type goldenGame struct {
	FinalHash string `json:"final_hash"`
	Events    string `json:"events_sha256"`
	Turns     string `json:"turns_sha256"`
	Score     string `json:"score_sha256"`
}

func jsonDigest(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// TestGoldenGameHashes plays every shipped scenario (and harbour-watch scaled
// 4×) on fixed seeds with each personality mix and checks each game is byte
// for byte the game committed in testdata/game_hashes.json. Optimisations
// must keep it green; regenerate only for an intended change of behaviour
// (go test ./game/sim -run GoldenGameHashes -update).
func TestGoldenGameHashes(t *testing.T) {
	mixes := []struct {
		name string
		mix  map[string]string
	}{
		{"default", nil},
		{"cooperative", map[string]string{"all": "cooperative"}},
		{"legalistic", map[string]string{"all": "legalistic"}},
		{"hoarder", map[string]string{"all": "hoarder"}},
		{"reckless", map[string]string{"all": "reckless"}},
	}
	type scen struct {
		name  string
		file  string
		scale int
		seeds int
	}
	scens := []scen{
		{"harbour-watch", "harbour-watch.yaml", 1, 30},
		{"tutorial", "tutorial.yaml", 1, 30},
		{"northern-corridor", "northern-corridor.yaml", 1, 10},
		{"harbour-watch-x4", "harbour-watch.yaml", 4, 3},
	}
	if testing.Short() {
		for i := range scens {
			scens[i].seeds = min(scens[i].seeds, 3)
		}
	}
	got := map[string]goldenGame{}
	for _, s := range scens {
		src := source(t, s.file)
		if s.scale != 1 {
			src.Scenario = Scale(src.Scenario, s.scale)
		}
		for _, m := range mixes {
			seats, err := Seats(src.Scenario, m.mix)
			require.NoError(t, err)
			for seed := uint64(1); seed <= uint64(s.seeds); seed++ {
				g, err := Play(src, seed, seats)
				require.NoError(t, err)
				key := fmt.Sprintf("%s/%s/%d", s.name, m.name, seed)
				got[key] = goldenGame{
					FinalHash: g.Record.FinalHash,
					Events:    jsonDigest(t, g.Final.Events()),
					Turns:     jsonDigest(t, g.Record.Turns),
					Score:     jsonDigest(t, g.Result),
				}
			}
		}
	}
	path := filepath.Join("testdata", "game_hashes.json")
	if *updateGolden {
		b, err := json.MarshalIndent(got, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
		return
	}
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var want map[string]goldenGame
	require.NoError(t, json.Unmarshal(b, &want))
	for key, g := range got {
		w, ok := want[key]
		require.True(t, ok, "no golden entry for %s (run with -update)", key)
		require.Equal(t, w, g, "game %s changed", key)
	}
	if !testing.Short() {
		require.Equal(t, len(want), len(got), "golden file has games the test no longer plays")
	}
}

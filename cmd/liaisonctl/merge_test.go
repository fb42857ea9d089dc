package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shardParts runs `sim … --shard k/n --json` for every k and writes each
// part into dir, returning their paths.
func shardParts(t *testing.T, dir string, n int, args ...string) []string {
	t.Helper()
	var parts []string
	for k := range n {
		code, out, stderr := runLiaisonctl(append(append([]string{"sim"}, args...), "--json", "--shard", fmt.Sprintf("%d/%d", k, n))...)
		require.Equal(t, 0, code, stderr)
		path := filepath.Join(dir, fmt.Sprintf("part-%d.json", k))
		require.NoError(t, os.WriteFile(path, []byte(out), 0o644))
		parts = append(parts, path)
	}
	return parts
}

// TestMergedShardsEqualOneRun is the promise of --shard: merging the N
// parts prints byte for byte what one unsharded run prints, with and
// without --balance, and whatever order the parts are given in.
func TestMergedShardsEqualOneRun(t *testing.T) {
	cases := []struct {
		name string
		args []string
		n    int
	}{
		{"tutorial 3 shards of 60 games", []string{"tutorial", "--games", "60", "--seed", "5"}, 3},
		{"tutorial balance 3 shards", []string{"tutorial", "--games", "60", "--seed", "5", "--balance"}, 3},
		{"harbour-watch balance 4 shards, uneven", []string{"harbour-watch", "--games", "10", "--balance", "--seats", "all=cooperative", "--seats", "all=reckless"}, 4},
		{"more shards than games", []string{"tutorial", "--games", "2", "--balance"}, 3},
		{"one shard", []string{"tutorial", "--games", "4", "--balance"}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, whole, stderr := runLiaisonctl(append(append([]string{"sim"}, tc.args...), "--json")...)
			require.Equal(t, 0, code, stderr)
			parts := shardParts(t, t.TempDir(), tc.n, tc.args...)
			code, merged, stderr := runLiaisonctl(append([]string{"merge"}, parts...)...)
			require.Equal(t, 0, code, stderr)
			assert.Equal(t, whole, merged)

			reversed := make([]string, len(parts))
			for i, p := range parts {
				reversed[len(parts)-1-i] = p
			}
			_, merged, _ = runLiaisonctl(append([]string{"merge"}, reversed...)...)
			assert.Equal(t, whole, merged, "the order of the parts does not matter")

			code, text, _ := runLiaisonctl(append([]string{"sim"}, tc.args...)...)
			require.Equal(t, 0, code)
			_, mergedText, _ := runLiaisonctl(append([]string{"merge", "--text"}, parts...)...)
			assert.Equal(t, text, mergedText)
		})
	}
}

func TestSimBalanceJSON(t *testing.T) {
	code, out, stderr := runLiaisonctl("sim", "tutorial", "--games", "20", "--balance", "--json")
	require.Equal(t, 0, code, stderr)
	var r struct {
		Warnings []string `json:"warnings"`
		Mixes    []struct {
			Seats   map[string]string `json:"seats"`
			Balance struct {
				Threats map[string]struct {
					Name           string  `json:"name"`
					DisruptionRate float64 `json:"disruption_rate"`
				} `json:"threats"`
			} `json:"balance"`
		} `json:"mixes"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Len(t, r.Mixes, 2, "without --seats, --balance plays cooperative then hoarder tables")
	assert.Equal(t, "cooperative", r.Mixes[0].Seats["estrel-fpl"])
	assert.Equal(t, "hoarder", r.Mixes[1].Seats["estrel-fpl"])
	assert.NotNil(t, r.Warnings, "warnings is a list, even when empty")
	lantern := r.Mixes[0].Balance.Threats["lantern"]
	assert.Equal(t, "The Lantern consignment", lantern.Name)
	assert.Greater(t, lantern.DisruptionRate, r.Mixes[1].Balance.Threats["lantern"].DisruptionRate)
}

func TestSimRejectsBadShard(t *testing.T) {
	for _, s := range []string{"3/3", "-1/2", "1", "a/b", "0/0", "1/2/3"} {
		code, _, stderr := runLiaisonctl("sim", "tutorial", "--games", "3", "--shard="+s)
		assert.Equal(t, 1, code, s)
		assert.Contains(t, stderr, "expected K/N", s)
	}
}

func TestMergeRefusesMismatchedParts(t *testing.T) {
	dir := t.TempDir()
	parts := shardParts(t, dir, 3, "tutorial", "--games", "6", "--balance")
	other := func(name string, args ...string) string {
		sub := filepath.Join(dir, name)
		require.NoError(t, os.Mkdir(sub, 0o755))
		return shardParts(t, sub, 3, args...)[1]
	}
	seed := other("seed", "tutorial", "--games", "6", "--balance", "--seed", "9")
	games := other("games", "tutorial", "--games", "7", "--balance")
	mix := other("mix", "tutorial", "--games", "6", "--balance", "--seats", "all=reckless")
	noBalance := other("nobal", "tutorial", "--games", "6")
	scenario := other("scen", "harbour-watch", "--games", "6", "--balance")
	code, whole, _ := runLiaisonctl("sim", "tutorial", "--games", "6", "--json")
	require.Equal(t, 0, code)
	wholePath := filepath.Join(dir, "whole.json")
	require.NoError(t, os.WriteFile(wholePath, []byte(whole), 0o644))
	cases := []struct {
		name  string
		parts []string
		want  string
	}{
		{"duplicate", []string{parts[0], parts[1], parts[1], parts[2]}, "shard 1/3 given twice"},
		{"missing", []string{parts[0], parts[2]}, "missing shard(s) 1/3"},
		{"seed", []string{parts[0], seed, parts[2]}, "seed 1 vs 9"},
		{"games", []string{parts[0], games, parts[2]}, "games 6 vs 7"},
		{"seat mix", []string{parts[0], mix, parts[2]}, "seat mixes"},
		{"balance", []string{parts[0], noBalance, parts[2]}, "--balance true vs false"},
		{"scenario", []string{parts[0], scenario, parts[2]}, "scenario tutorial"},
		{"not a part", []string{parts[0], wholePath}, "not a simulation part"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, stderr := runLiaisonctl(append([]string{"merge"}, tc.parts...)...)
			assert.Equal(t, 1, code)
			assert.Empty(t, out)
			assert.Contains(t, stderr, tc.want)
		})
	}
}

func TestValidateExplain(t *testing.T) {
	code, out, stderr := runLiaisonctl("validate", "--explain", tutorialYAML)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, `: ok: tutorial`)
	assert.Contains(t, out, `"Crew list of the MV Corran Bay" [crew-list] by round 6 — derived: its topic(s) smuggling are in the team's mandate`)
	assert.Contains(t, out, "tightest: Valmora Coastal Intelligence Office [valmora-cio] fuses in round 3")

	code, _, stderr = runLiaisonctl("validate", "--explain", "--json", tutorialYAML)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "leave out --json")

	code, out, _ = runLiaisonctl("validate", "--explain", manyErrors)
	assert.Equal(t, 1, code, "an invalid file is not explained")
	assert.NotContains(t, out, "explained")
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeScript writes an orders script into a temporary folder.
func writeScript(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "orders.yaml")
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

func TestPlayOrdersScriptDrivesItsTeams(t *testing.T) {
	p := writeScript(t, `rounds:
  1:
    - {kind: share, team: valmora-cio, item: quayside-rumour, to: [estrel-fpl], channel: strait-secure}
    - {kind: verify, team: valmora-cio, item: crew-list}
  2:
    - {kind: pass, team: valmora-cio}
`)
	code, out, errs := playCLI(t, "play", "tutorial", "--orders", p, "--narrate", "valmora-cio")
	require.Equal(t, 0, code, errs)
	r1, r2, ok := strings.Cut(out, "== Round 2 of")
	require.True(t, ok, out)
	assert.Contains(t, r1, "Your share of “Quayside rumour” went to Estrel Federal Police, Liaison Bureau over the Strait secure link")
	assert.Contains(t, r1, "You verified “Crew list of the MV Corran Bay”: it is true")
	assert.Contains(t, r2, "You passed.")
	assert.NotContains(t, out, "Your share of “Crew list", "only the script's orders are played for Valmora")

	// The same script gives the same game.
	_, again, _ := playCLI(t, "play", "tutorial", "--orders", p, "--narrate", "valmora-cio")
	assert.Equal(t, out, again)
}

func TestPlayOrdersScriptErrorsAreLocated(t *testing.T) {
	tests := []struct {
		name, script string
		want         []string
	}{
		{"illegal order", "rounds:\n  1:\n    - {kind: share, team: valmora-cio, item: berth-roster, to: [estrel-fpl]}\n",
			[]string{"orders.yaml:3:7: round 1, order 1 (share by valmora-cio) is illegal: you do not hold berth-roster"}},
		{"unknown key", "rounds:\n  1:\n    - {kind: share, team: valmora-cio, itme: crew-list}\n",
			[]string{"orders.yaml", "itme"}},
		{"round past the end", "rounds:\n  9:\n    - {kind: pass, team: valmora-cio}\n",
			[]string{"round 9: the scenario has only 7 rounds"}},
		{"unknown team", "rounds:\n  1:\n    - {kind: pass, team: nobody}\n",
			[]string{"orders.yaml:3:7: round 1, order 1: no team \"nobody\""}},
		{"no team", "rounds:\n  1:\n    - {kind: pass}\n", []string{"say which team gives it"}},
		{"no rounds", "teams: [valmora-cio]\n", []string{"no rounds"}},
		{"round zero", "rounds:\n  0: []\n", []string{"rounds are numbered from 1"}},
		{"not yaml", "rounds: [\n", []string{"orders.yaml"}},
		{"alias", "rounds: &a {1: *a}\n", []string{"orders.yaml:1:9: anchors, aliases and tags are not allowed"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := playCLI(t, "play", "tutorial", "--orders", writeScript(t, tc.script))
			assert.Equal(t, 1, code)
			for _, w := range tc.want {
				assert.Contains(t, errs, w)
			}
		})
	}
	code, _, errs := playCLI(t, "play", "tutorial", "--narrate", "nobody")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "--narrate nobody: no such team; the teams are valmora-cio, estrel-fpl")
}

func FuzzParseOrdersScript(f *testing.F) {
	f.Add([]byte("rounds:\n  1:\n    - {kind: share, team: valmora-cio, item: crew-list, to: [estrel-fpl], channel: strait-secure}\n"))
	f.Add([]byte("teams: [a]\nrounds: {1: [], 2: [{kind: pass, team: a}]}\n"))
	f.Add([]byte("rounds:\n  -1: [{kind: x}]\n"))
	f.Add([]byte("rounds: &a {1: *a}\n"))
	f.Add([]byte("rounds: !!map {1: [{at: 99999999999999999999}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := parseOrdersScript("f.yaml", data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		for _, r := range s.roundNumbers() {
			for _, o := range s.orders(r) {
				if o.at == "" || o.n < 1 {
					t.Fatalf("order without a position: %+v", o)
				}
			}
		}
	})
}

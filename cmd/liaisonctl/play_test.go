package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/sim"
	"liaison/scenarios"
)

// playCLI runs the command line in-process and returns its exit code and output.
func playCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

var finalHashRE = regexp.MustCompile(`final state hash: ([0-9a-f]{64})`)

// playHash returns the final state hash play printed.
func playHash(t *testing.T, out string) string {
	t.Helper()
	m := finalHashRE.FindStringSubmatch(out)
	require.NotNil(t, m, "no final hash in:\n%s", out)
	return m[1]
}

// writePartialSave writes a save of an all-bot game of an embedded scenario
// after the given number of rounds, as play would have.
func writePartialSave(t *testing.T, path, name string, rounds int) {
	t.Helper()
	data, err := scenarios.Read(name)
	require.NoError(t, err)
	sc, _ := scenario.Parse(name, data)
	require.NotNil(t, sc)
	seats, err := sim.Seats(sc, nil)
	require.NoError(t, err)
	players, err := sim.Players(sc, sc.Seed, seats)
	require.NoError(t, err)
	rec := &replay.Record{Format: replay.FormatVersion, Scenario: sc.ID, ScenarioFile: name, ScenarioHash: scenario.Hash(data), Seed: sc.Seed}
	for _, tm := range sc.Teams {
		rec.Seats = append(rec.Seats, replay.Seat{Team: tm.ID, Player: seats[tm.ID]})
	}
	st := rules.New(sc, sc.Seed)
	for range rounds {
		turn := sim.NextTurn(st, players)
		rec.Turns = append(rec.Turns, turn)
		st, _ = rules.Resolve(st, turn)
	}
	sv, err := save.New(rec, st, save.UI{Source: save.Source{Embedded: name}, Phase: save.PhaseRound})
	require.NoError(t, err)
	require.NoError(t, save.WriteFile(path, sv))
}

func TestPlaySavesAndResumes(t *testing.T) {
	code, out, errs := playCLI(t, "play", "tutorial")
	require.Equal(t, 0, code, errs)
	want := playHash(t, out)
	assert.Contains(t, out, "coalition:")

	dir := t.TempDir()
	full := filepath.Join(dir, "full.json")
	code, out, errs = playCLI(t, "play", "tutorial", "--save", full)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, want, playHash(t, out), "saving does not change the game")
	assert.Contains(t, out, "resolved; saved")
	sv, err := save.Load(full)
	require.NoError(t, err)
	assert.True(t, sv.Over())
	assert.Equal(t, want, sv.Record.FinalHash)

	part := filepath.Join(dir, "part.json")
	writePartialSave(t, part, "tutorial.yaml", 2)
	code, out, errs = playCLI(t, "play", "tutorial", "--save", part, "--resume")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "2 round(s) already resolved")
	assert.Equal(t, want, playHash(t, out), "the resumed game ends as the uninterrupted one")

	fresh := filepath.Join(dir, "fresh.json")
	code, out, errs = playCLI(t, "play", "tutorial", "--save", fresh, "--resume")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "starting a new game")
	assert.Equal(t, want, playHash(t, out))
}

func TestPlayFromScenarioFile(t *testing.T) {
	data, err := scenarios.Read("tutorial.yaml")
	require.NoError(t, err)
	dir := t.TempDir()
	scn := filepath.Join(dir, "my.yaml")
	require.NoError(t, os.WriteFile(scn, data, 0o600))
	path := filepath.Join(dir, "g.json")
	writePartialSave(t, path, "tutorial.yaml", 1) // made from the embedded bytes: same hash
	code, out, errs := playCLI(t, "play", scn, "--save", path, "--resume")
	require.Equal(t, 0, code, errs)
	playHash(t, out)

	// The scenario file changes after the save was made: explained, save untouched.
	writePartialSave(t, path, "tutorial.yaml", 1)
	before, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(scn, append(data, "\n# tweaked\n"...), 0o600))
	code, _, errs = playCLI(t, "play", scn, "--save", path, "--resume")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "scenario changed since the record was made")
	assert.Contains(t, errs, "restore that version")
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, before, after)
}

func TestPlayRefusals(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.json")
	writePartialSave(t, existing, "tutorial.yaml", 1)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"resume without save", []string{"play", "tutorial", "--resume"}, "give --save"},
		{"existing save without resume", []string{"play", "tutorial", "--save", existing}, "pass --resume"},
		{"other seed", []string{"play", "tutorial", "--save", existing, "--resume", "--seed", "5"}, "drop --seed"},
		{"other seats", []string{"play", "tutorial", "--save", existing, "--resume", "--seats", "all=reckless"}, "drop --seats"},
		{"bad seats", []string{"play", "tutorial", "--seats", "all"}, "expected team=personality"},
		{"unknown personality", []string{"play", "tutorial", "--bots", "all=sneaky"}, "unknown bot personality"},
		{"negative delay", []string{"play", "tutorial", "--delay-ms=-1"}, "--delay-ms"},
		{"unknown scenario", []string{"play", "nowhere"}, "no scenario file"},
		{"wrong scenario", []string{"play", "harbour-watch", "--save", existing, "--resume"}, `save is for another scenario: the save is for scenario "tutorial", not "harbour-watch"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, err := os.ReadFile(existing)
			require.NoError(t, err)
			code, _, errs := playCLI(t, c.args...)
			assert.Equal(t, 1, code)
			assert.Contains(t, errs, c.want)
			after, err := os.ReadFile(existing)
			require.NoError(t, err)
			assert.Equal(t, before, after, "the save is left as it was")
		})
	}
}

// TestPlayResumeBrokenSaves feeds play --resume the broken-save set: every
// file gives a clear message and exit code 1, never a crash, and is left as it was.
func TestPlayResumeBrokenSaves(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "game", "save", "testdata", "broken", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	dir := t.TempDir()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			path := filepath.Join(dir, filepath.Base(f))
			require.NoError(t, os.WriteFile(path, data, 0o600))
			code, out, errs := playCLI(t, "play", "harbour-watch", "--save", path, "--resume")
			assert.Equal(t, 1, code, "stdout:\n%s", out)
			assert.True(t, strings.HasPrefix(errs, "liaisonctl: "), errs)
			assert.NotContains(t, errs, "panic")
			assert.Contains(t, errs, path)
			after, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, data, after, "the broken save is left as it was")
		})
	}
}

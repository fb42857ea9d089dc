package scenario

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/scenarios"
)

// scenarioDir is the folder of shipped scenario files, from this package.
var scenarioDir = filepath.Join("..", "..", "scenarios")

func TestShippedScenariosParse(t *testing.T) {
	names := scenarios.Names()
	require.NotEmpty(t, names)
	assert.Equal(t, scenarios.Default, names[0], "the default scenario is listed first")
	ids := map[string]string{}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := scenarios.Read(name)
			require.NoError(t, err)
			s, diags := Parse(name, data)
			require.Empty(t, diags.Errors(), "%s has errors:\n%v", name, diags.Errors())
			require.NotNil(t, s)
			for _, w := range diags.Warnings() {
				t.Logf("%s", w)
			}
			assert.NotEmpty(t, s.Title)
			assert.GreaterOrEqual(t, len(s.Teams), 2)
			assert.NotEmpty(t, s.Items)
			assert.NotEmpty(t, s.Threats)
			if other, dup := ids[s.ID]; dup {
				t.Errorf("%s and %s share the scenario id %q", other, name, s.ID)
			}
			ids[s.ID] = name
			// Defaults are applied and stable.
			again := clone(t, s)
			ApplyDefaults(again)
			assert.Equal(t, s, again)

			firsts := firstRounds(s)
			for _, it := range s.Items {
				assert.Equal(t, FirstAvailable(s, it.ID), firsts[it.ID], it.ID)
			}

			// The same file on disk loads through Load with the same result.
			path := filepath.Join(scenarioDir, name)
			onDisk, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, Hash(data), Hash(onDisk), "embedded and on-disk copies differ")
			ls, ldiags, err := Load(path)
			require.NoError(t, err)
			assert.Equal(t, s, ls)
			assert.Len(t, ldiags, len(diags))
			for _, d := range ldiags {
				assert.Equal(t, path, d.File)
			}
		})
	}
}

func TestShippedScenariosStartWithSchemaComment(t *testing.T) {
	for _, name := range scenarios.Names() {
		data, err := scenarios.Read(name)
		require.NoError(t, err)
		first, _, _ := strings.Cut(string(data), "\n")
		assert.Equal(t, "# yaml-language-server: $schema=../docs/scenario.schema.json", strings.TrimRight(first, "\r"), name)
	}
}

func TestTutorialContents(t *testing.T) {
	data, err := scenarios.Read("tutorial.yaml")
	require.NoError(t, err)
	s, diags := Parse("tutorial.yaml", data)
	require.Empty(t, diags)
	require.NotNil(t, s)
	assert.Equal(t, "tutorial", s.ID)
	assert.Equal(t, 7, s.Rounds)
	assert.Equal(t, "6 hours", s.RoundLabel)
	assert.Equal(t, uint64(20261129), s.Seed)
	require.Len(t, s.Teams, 2)
	assert.Equal(t, "valmora-cio", s.Teams[0].ID)
	assert.Equal(t, "estrel-fpl", s.Teams[1].ID)
	assert.Equal(t, 60, s.TrustOf("valmora-cio", "estrel-fpl"))
	assert.Equal(t, 45, s.TrustOf("estrel-fpl", "valmora-cio"))
	assert.Len(t, s.Items, 4)
	assert.Len(t, s.Injects, 9)
	th, ok := s.Threat("lantern")
	require.True(t, ok)
	assert.Equal(t, 7, th.Deadline)
	assert.Equal(t, 2, th.Disrupt.MinTeams)
	tip, ok := s.Item("harbour-tip")
	require.True(t, ok)
	assert.Equal(t, 2, FirstAvailable(s, tip.ID))
	assert.Equal(t, "csv-legacy", tip.Format, "an item's format defaults to its originator's")
	rumour, ok := s.Item("quayside-rumour")
	require.True(t, ok)
	assert.False(t, rumour.IsTrue())
	assert.Equal(t, []Need{}, rumour.Need, "a red herring is needed by nobody")
	crew, ok := s.Item("crew-list")
	require.True(t, ok)
	assert.Equal(t, []Need{{Team: "estrel-fpl", By: 6}}, crew.Need)
	assert.Equal(t, "inject-5", s.Injects[4].ID)
	assert.Equal(t, 2, s.Injects[0].Expect.By, "lesson 1's outcome is due by the round its text names")
	assert.Equal(t, 0, s.Injects[0].Expect.Within, "by replaces the default window")
}

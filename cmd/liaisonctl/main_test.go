package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

var (
	tutorialYAML     = filepath.Join("..", "..", "scenarios", "tutorial.yaml")
	scenarioTestdata = filepath.Join("..", "..", "game", "scenario", "testdata")
	manyErrors       = filepath.Join(scenarioTestdata, "bad", "many-errors.yaml")
	oneWarning       = filepath.Join(scenarioTestdata, "warn", "secure-leak.yaml")
)

// runLiaisonctl runs liaisonctl with args and returns its exit code and output.
func runLiaisonctl(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// manyErrorsWant are the errors of many-errors.yaml, as the CLI prints them.
var manyErrorsWant = []string{
	`2:5: scenario id "Many Errors" must use lowercase letters, digits and hyphens`,
	`9:13: colour "blue" must be #rrggbb`,
	`18:14: a link joins exactly 2 teams (found 3); use kind: database for more`,
	`18:29: team "alpha" is listed twice in this channel`,
	`23:12: class "SECERT" is not one of: UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET`,
	`24:16: admiralty code "Z9" must be a reliability A-F and a credibility 1-6, e.g. B2`,
	`32:15: deadline 7 is after the last round (4)`,
	`37:23: unknown item "tipp"; did you mean "tip"?`,
}

func TestValidateGoodFile(t *testing.T) {
	code, stdout, stderr := runLiaisonctl("validate", tutorialYAML)
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr)
	assert.Equal(t, tutorialYAML+`: ok: tutorial "Tutorial: The Lantern Consignment": 2 teams, 7 rounds, 4 items, 1 threats, 9 injects`+"\n", stdout)
}

func TestValidateGoodFileWithWarning(t *testing.T) {
	code, stdout, stderr := runLiaisonctl("validate", oneWarning)
	assert.Equal(t, 0, code, "warnings do not fail validation")
	assert.Empty(t, stderr)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	require.Len(t, lines, 4, stdout)
	assert.Equal(t, oneWarning+`: ok: mini "Mini": 2 teams, 4 rounds, 1 items, 1 threats, 0 injects, 1 warning(s)`, lines[0])
	assert.Equal(t, oneWarning+`:19:11: warning: leak is ignored on a secure channel`, lines[1])
	assert.Equal(t, `   19 |     leak: 0.3`, lines[2])
	assert.Equal(t, `      |           ^`, lines[3])
}

func TestValidateBadFileReportsEveryError(t *testing.T) {
	code, stdout, stderr := runLiaisonctl("validate", manyErrors)
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	// Three lines per error (message, source, caret) and a summary.
	require.Len(t, lines, 3*len(manyErrorsWant)+1, stderr)
	for i, want := range manyErrorsWant {
		assert.Equal(t, manyErrors+":"+want, lines[3*i])
		assert.Contains(t, lines[3*i+1], " | ")
		assert.True(t, strings.HasSuffix(lines[3*i+2], "^"), lines[3*i+2])
	}
	assert.Equal(t, manyErrors+": 8 error(s), 0 warning(s)", lines[len(lines)-1])
	// The source line and caret of the first error.
	assert.Equal(t, "    2 | id: Many Errors", lines[1])
	assert.Equal(t, "      |     ^", lines[2])
}

func TestValidateSeveralFiles(t *testing.T) {
	code, stdout, stderr := runLiaisonctl("validate", tutorialYAML, manyErrors)
	assert.Equal(t, 1, code, "one bad file fails the run")
	assert.True(t, strings.HasPrefix(stdout, tutorialYAML+": ok: tutorial "), stdout)
	assert.Contains(t, stderr, manyErrors+": 8 error(s), 0 warning(s)")
}

func TestValidateMissingFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	code, stdout, stderr := runLiaisonctl("validate", missing)
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "load "+missing)
	assert.Contains(t, stderr, "no such file")
}

func TestValidateOversizedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	require.NoError(t, os.WriteFile(path, bytes.Repeat([]byte("# padding\n"), (4<<20)/10+1), 0o644))
	code, _, stderr := runLiaisonctl("validate", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, path+":1:1: the file is 4194310 bytes (4.00 MiB); scenario files are limited to 4194304 bytes (4.00 MiB)")
}

func TestValidateNeedsAFile(t *testing.T) {
	code, _, stderr := runLiaisonctl("validate")
	assert.NotEqual(t, 0, code)
	assert.Contains(t, stderr, "file")
}

// validateJSONReport mirrors fileReport for decoding --json output.
type validateJSONReport struct {
	File    string `json:"file"`
	Valid   bool   `json:"valid"`
	Error   string `json:"error"`
	Summary *struct {
		ID      string `json:"id"`
		Title   string `json:"title"`
		Teams   int    `json:"teams"`
		Rounds  int    `json:"rounds"`
		Items   int    `json:"items"`
		Threats int    `json:"threats"`
		Injects int    `json:"injects"`
	} `json:"summary"`
	Diagnostics []scenario.Diagnostic `json:"diagnostics"`
}

func TestValidateJSON(t *testing.T) {
	code, stdout, stderr := runLiaisonctl("validate", "--json", tutorialYAML, manyErrors, oneWarning)
	assert.Equal(t, 1, code)
	assert.Empty(t, stderr)
	var reports []validateJSONReport
	require.NoError(t, json.Unmarshal([]byte(stdout), &reports), stdout)
	require.Len(t, reports, 3)

	good := reports[0]
	assert.Equal(t, tutorialYAML, good.File)
	assert.True(t, good.Valid)
	require.NotNil(t, good.Summary)
	assert.Equal(t, "tutorial", good.Summary.ID)
	assert.Equal(t, "Tutorial: The Lantern Consignment", good.Summary.Title)
	assert.Equal(t, []int{2, 7, 4, 1, 9}, []int{good.Summary.Teams, good.Summary.Rounds, good.Summary.Items, good.Summary.Threats, good.Summary.Injects})
	assert.NotNil(t, good.Diagnostics)
	assert.Empty(t, good.Diagnostics)

	bad := reports[1]
	assert.Equal(t, manyErrors, bad.File)
	assert.False(t, bad.Valid)
	assert.Nil(t, bad.Summary)
	require.Len(t, bad.Diagnostics, len(manyErrorsWant))
	for i, want := range manyErrorsWant {
		d := bad.Diagnostics[i]
		assert.Equal(t, want, fmt.Sprintf("%d:%d: %s", d.Line, d.Col, d.Message))
		assert.Equal(t, manyErrors, d.File)
		assert.Equal(t, scenario.SevError, d.Severity)
		assert.NotEmpty(t, d.Source)
	}
	assert.Equal(t, "$.id", bad.Diagnostics[0].Path)
	assert.Equal(t, "id: Many Errors", bad.Diagnostics[0].Source)

	warn := reports[2]
	assert.True(t, warn.Valid)
	require.Len(t, warn.Diagnostics, 1)
	w := warn.Diagnostics[0]
	assert.Equal(t, scenario.SevWarning, w.Severity)
	assert.Equal(t, 19, w.Line)
	assert.Equal(t, 11, w.Col)
	assert.Equal(t, "$.channels[0].leak", w.Path)
}

func TestValidateJSONMissingFile(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.yaml")
	code, stdout, _ := runLiaisonctl("validate", "--json", missing)
	assert.Equal(t, 1, code)
	var reports []validateJSONReport
	require.NoError(t, json.Unmarshal([]byte(stdout), &reports), stdout)
	require.Len(t, reports, 1)
	assert.False(t, reports[0].Valid)
	assert.Contains(t, reports[0].Error, "no such file")
	assert.NotNil(t, reports[0].Diagnostics)
	assert.Empty(t, reports[0].Diagnostics)
}

func TestSchemaPrintsTheSchema(t *testing.T) {
	want, err := scenario.Schema()
	require.NoError(t, err)
	code, stdout, stderr := runLiaisonctl("schema")
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr)
	assert.True(t, json.Valid([]byte(stdout)))
	assert.Equal(t, string(want), stdout)
	var doc map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &doc))
	assert.Equal(t, scenario.SchemaID, doc["$id"])
}

func TestSchemaWritesFile(t *testing.T) {
	want, err := scenario.Schema()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "scenario.schema.json")
	code, stdout, stderr := runLiaisonctl("schema", "-o", path)
	assert.Equal(t, 0, code)
	assert.Empty(t, stdout)
	assert.Empty(t, stderr)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

func TestSchemaUnwritableFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "schema.json")
	code, _, stderr := runLiaisonctl("schema", "-o", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "write schema")
}

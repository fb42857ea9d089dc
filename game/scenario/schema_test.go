package scenario

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/scenarios"
)

// schemaFile is the committed schema editors point at.
var schemaFile = filepath.Join("..", "..", "docs", "scenario.schema.json")

func TestSchemaFileIsUpToDate(t *testing.T) {
	want, err := Schema()
	require.NoError(t, err)
	got, err := os.ReadFile(schemaFile)
	require.NoError(t, err, "docs/scenario.schema.json is missing; generate it from the repository root with:\n\tgo run ./cmd/liaisonctl schema -o docs/scenario.schema.json")
	require.Equal(t, string(want), string(got),
		"docs/scenario.schema.json is stale: the scenario types changed. Regenerate it from the repository root with:\n\tgo run ./cmd/liaisonctl schema -o docs/scenario.schema.json")
}

func TestSchemaShape(t *testing.T) {
	b, err := Schema()
	require.NoError(t, err)
	require.True(t, bytes.HasSuffix(b, []byte("}\n")))
	var doc map[string]any
	require.NoError(t, json.Unmarshal(b, &doc))
	assert.Equal(t, SchemaID, doc["$id"])
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", doc["$schema"])
	assert.Equal(t, "Liaison scenario", doc["title"])
	assert.Equal(t, false, doc["additionalProperties"])
	assert.ElementsMatch(t, []any{"id", "title", "rounds", "teams", "items", "threats"}, doc["required"])
	props := doc["properties"].(map[string]any)
	for _, k := range []string{"id", "title", "briefing", "rounds", "round_label", "seed", "seats", "teams", "trust", "channels", "items", "threats", "injects", "costs", "rules", "scoring"} {
		assert.Contains(t, props, k)
	}
	assert.Len(t, props, 16)
}

// compileSchema compiles Schema() with santhosh-tekuri/jsonschema.
func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	b, err := Schema()
	require.NoError(t, err)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource(SchemaID, doc))
	sch, err := c.Compile(SchemaID)
	require.NoError(t, err)
	return sch
}

// yamlToJSON decodes YAML with goccy/go-yaml and converts it to the values
// the JSON Schema validator expects (as if the document had been JSON).
func yamlToJSON(t helperT, data []byte) any {
	t.Helper()
	var v any
	require.NoError(t, yaml.Unmarshal(data, &v))
	b, err := json.Marshal(jsonCompatible(v))
	require.NoError(t, err)
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	return out
}

// jsonCompatible turns map[any]any (YAML allows non-string keys) into
// map[string]any, recursively.
func jsonCompatible(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = jsonCompatible(e)
		}
		return m
	case map[any]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[fmt.Sprint(k)] = jsonCompatible(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = jsonCompatible(e)
		}
		return s
	default:
		return x
	}
}

func TestShippedScenariosMatchSchema(t *testing.T) {
	sch := compileSchema(t)
	names := scenarios.Names()
	require.NotEmpty(t, names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := scenarios.Read(name)
			require.NoError(t, err)
			assert.NoError(t, sch.Validate(yamlToJSON(t, data)))
		})
	}
}

func TestTestdataGoodFilesMatchSchema(t *testing.T) {
	sch := compileSchema(t)
	files := []string{filepath.Join("testdata", "mini.yaml")}
	warn, err := filepath.Glob(filepath.Join("testdata", "warn", "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, warn)
	for _, f := range append(files, warn...) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.NoError(t, sch.Validate(yamlToJSON(t, data)), f)
	}
}

func TestSchemaRejectsBadFiles(t *testing.T) {
	sch := compileSchema(t)
	cases := []struct {
		file string
		// want is a fragment of the validator's message naming the problem.
		want string
	}{
		{"unknown-key", "additional properties 'profil' not allowed"},
		{"unknown-key-list", "additional properties 'colour' not allowed"},
		{"missing-title", "missing property 'title'"},
		{"type-rounds", "got string, want integer"},
		{"type-teams-mapping", "got object, want array"},
		{"one-team", "minItems: got 1, want 2"},
		{"bad-tlp", "at '/items/0/caveats/tlp': value must be one of 'CLEAR'"},
		{"bad-classification", "at '/items/0/class': value must be one of"},
		{"bad-clearance", "at '/teams/0/clearance': value must be one of"},
		{"bad-admiralty", "'G7' does not match pattern"},
		{"bad-colour", "'red' does not match pattern"},
		{"bad-id", "'Mini_1' does not match pattern"},
		{"team-ap-range", "maximum: got 25, want 20"},
		{"channel-latency-range", "maximum: got 11, want 10"},
		{"channel-bad-kind", "at '/channels/0/kind': value must be one of 'link', 'database'"},
		{"channel-leak-range", "maximum: got 1.5, want 1"},
		{"no-items", "minItems: got 0, want 1"},
		{"deadline-zero", "minimum: got 0, want 1"},
		{"bad-tempo", "at '/teams/0/culture/tempo': value must be one of 'fast', 'normal', 'slow'"},
		{"inject-round-zero", "minimum: got 0, want 1"},
		{"ranges-rules", "at '/costs/share': minimum: got -1, want 0"},
		{"ranges-threat", "at '/threats/0/lead_rounds': minimum: got -1, want 0"},
		{"ranges-inject", "at '/injects/0/expect/within': maximum: got 60, want 50"},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			_, data := readTestdata(t, "bad", tc.file+".yaml")
			err := sch.Validate(yamlToJSON(t, data))
			require.Error(t, err)
			assert.Contains(t, strings.ReplaceAll(err.Error(), "\n", " "), tc.want)
		})
	}
}

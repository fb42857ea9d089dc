package scenario

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/scenarios"
)

// quickAgrees checks the quick path against the positioned one on data:
// if quickParse accepts it, parseSlow must load it with no finding at all
// and to the same scenario. It reports whether the quick path accepted it.
func quickAgrees(t helperT, name string, data []byte) bool {
	t.Helper()
	data = normaliseBreaks(data)
	quick, ok := quickLoad(data, DefaultLimits)
	if !ok {
		assert.Nil(t, quick, "a refused file yields no scenario")
		return false
	}
	slow, diags := parseSlow(name, data, DefaultLimits)
	require.Empty(t, diags, "the quick path accepted %s, but the positioned path has findings", name)
	require.NotNil(t, slow)
	require.Equal(t, slow, quick, "the two paths read %s differently", name)
	// reflect.DeepEqual holds -0 equal to 0; their JSON tells them apart.
	require.True(t, equalJSON(t, slow, quick), "the two paths read %s differently", name)
	return true
}

// quickCorpus is every scenario source the tests know: the shipped files,
// every file under testdata (bad and warning files included), the YAML
// blocks of docs/authoring.md and the files of its worked example.
func quickCorpus(t *testing.T) map[string][]byte {
	t.Helper()
	corpus := map[string][]byte{}
	for _, name := range scenarios.Names() {
		data, err := scenarios.Read(name)
		require.NoError(t, err)
		corpus["scenarios/"+name] = data
	}
	require.NoError(t, filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return err
		}
		data, err := os.ReadFile(path)
		corpus[path] = data
		return err
	}))
	doc, steps := workedExample(t)
	for i, b := range yamlBlocks(doc) {
		corpus[fmt.Sprintf("authoring.md block %d", i+1)] = []byte(b)
	}
	for i, src := range steps {
		corpus[fmt.Sprintf("authoring.md worked example step %d", i)] = []byte(src)
	}
	return corpus
}

func TestQuickAgreesWithPositioned(t *testing.T) {
	accepted := 0
	for name, data := range quickCorpus(t) {
		t.Run(name, func(t *testing.T) {
			if quickAgrees(t, name, data) {
				accepted++
			}
		})
	}
	// The shipped files, mini.yaml, the first-file example and step 3 of
	// the worked example at least.
	assert.GreaterOrEqual(t, accepted, 6)
}

func TestQuickAcceptsShippedScenarios(t *testing.T) {
	// The benchmarks measure the quick path on these.
	for _, name := range scenarios.Names() {
		data, err := scenarios.Read(name)
		require.NoError(t, err)
		s, ok := quickParse(data, DefaultLimits)
		require.True(t, ok, "%s does not load by the quick path", name)
		want, diags := Parse(name, data)
		require.Empty(t, diags)
		assert.Equal(t, want, s)
	}
	_, data := readTestdata(t, "mini.yaml")
	_, ok := quickParse(data, DefaultLimits)
	assert.True(t, ok, "mini.yaml")
}

func TestQuickRefusesBadAndWarningFiles(t *testing.T) {
	for _, dir := range []string{"bad", "warn"} {
		files, err := filepath.Glob(filepath.Join("testdata", dir, "*.yaml"))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		for _, path := range files {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			s, ok := quickParse(normaliseBreaks(data), DefaultLimits)
			assert.False(t, ok, "%s is accepted by the quick path", path)
			assert.Nil(t, s, path)
		}
	}
}

// miniWith returns testdata/mini.yaml with old replaced by new, once.
func miniWith(t testing.TB, old, new string) []byte {
	t.Helper()
	_, data := readTestdata(t, "mini.yaml")
	src := strings.Replace(string(data), old, new, 1)
	require.NotEqual(t, string(data), src, "mini.yaml has no %q", old)
	return []byte(src)
}

// quickRefused lists what the quick path refuses, each as a change to
// testdata/mini.yaml (the alias case also adds the anchor it names).
var quickRefused = []struct {
	name     string
	old, new string
	want     []string // the findings of Parse, as "line:col: message"; nil for none
}{
	{"anchor", "    name: Alpha\n", "    name: &n Alpha\n", nil},
	{"alias", "    name: Bravo\n", "    name: *n\n", nil},
	{"tag", "title: Mini\n", "title: !!str Mini\n", []string{`3:8: YAML tag "!!str" is not supported in scenario files; remove it (quote the value if it must be text)`}},
	{"non-specific tag", "title: Mini\n", "title: ! Mini\n", []string{`3:8: YAML tag "!" is not supported in scenario files; remove it (quote the value if it must be text)`}},
	{"tag on a collection", "    disrupt: {", "    disrupt: !!map {", []string{`31:14: YAML tag "!!map" is not supported in scenario files; remove it (quote the value if it must be text)`}},
	{"merge key", "    name: Alpha\n", "    name: Alpha\n    <<: {profile: Spies}\n", []string{`8:5: unknown key "<<"; did you mean "ap"?`}},
	{"unknown key", "    name: Alpha\n", "    name: Alpha\n    profil: A small office.\n", []string{`8:5: unknown key "profil"; did you mean "profile"?`}},
	{"duplicate key", "title: Mini\n", "title: Mini\ntitle: Maxi\n", []string{`4:1: mapping key "title" already defined at [3:1]`}},
	{"null", "title: Mini\n", "title: ~\n", []string{`2:1: missing title`}},
	{"null word", "title: Mini\n", "title: null\n", []string{`2:1: missing title`}},
	{"empty value", "title: Mini\n", "title:\n", []string{`2:1: missing title`}},
	{"null in a list", "    mandate: [sea]\n", "    mandate: [sea, ~]\n", nil},
	{"hexadecimal", "rounds: 4\n", "rounds: 0x4\n", nil},
	{"octal", "rounds: 4\n", "rounds: 04\n", nil},
	{"underscore", "rounds: 4\n", "rounds: 1_0\n", nil},
	{"plus sign", "rounds: 4\n", "rounds: +4\n", nil},
	{"float for a whole number", "rounds: 4\n", "rounds: 4.0\n", nil},
	{"number for text", "title: Mini\n", "title: 2024\n", nil},
	{"yes for a bool", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    secure: yes\n", []string{`18:13: "secure" must be true or false, not "yes"`}},
	{"True for a bool", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    secure: True\n", nil},
	{"exponent for a number", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    leak: 1e-1\n", nil},
	{"second document", "    text: A storm is coming.\n", "    text: A storm is coming.\n---\nid: other\n", []string{`35:1: a scenario file holds one YAML document; remove the second '---' document`}},
	{"trailing document marker", "    text: A storm is coming.\n", "    text: A storm is coming.\n---\n", []string{`35:1: a scenario file holds one YAML document; remove the second '---' document`}},
	{"tab", "title: Mini\n", "title:\tMini\n", nil},
	{"explicit key", "title: Mini\n", "? title\n: Mini\n", []string{`3:1: unknown key "?"; did you mean "id"?`}},
	{"explicit key on its own line", "title: Mini\n", "?\n  title\n: Mini\n", []string{`3:1: unexpected key name`}},
	{"non-specific tag on a block list", "teams:\n", "teams: !\n", []string{`5:8: YAML tag "!" is not supported in scenario files; remove it (quote the value if it must be text)`}},
	{"non-specific tag on a list entry", "  - id: alpha\n", "  - !\n    id: alpha\n", []string{`6:5: YAML tag "!" is not supported in scenario files; remove it (quote the value if it must be text)`}},
	{"pair in a flow sequence", "    mandate: [sea]\n", "    mandate: [sea: x]\n", []string{`15:18: wrong type: map[string]interface {} into Scenario.Teams of type string`}},
	{"multi-line plain text", "title: Mini\n", "title: Mini\n  scenario\n", nil},
	{"multi-line quoted text", "title: Mini\n", "title: \"Mini\n  scenario\"\n", nil},
	{"escape", "title: Mini\n", "title: \"Mini\\x21\"\n", nil},
	{"block scalar keeping breaks", "    text: A storm is coming.\n", "    text: |+\n      A storm is coming.\n\n", nil},
	{"block scalar indentation indicator", "    text: A storm is coming.\n", "    text: >2\n      A storm is coming.\n", nil},
	{"more-indented block line", "    text: A storm is coming.\n", "    text: >\n      A storm\n        is coming.\n", nil},
	{"blank line before block text", "    text: A storm is coming.\n", "    text: |\n\n      A storm is coming.\n", nil},
	{"trailing space in block text", "    text: A storm is coming.\n", "    text: |\n      A storm \n      is coming.\n", nil},
	{"directive", "# A small", "%YAML 1.2\n---\n# A small", []string{`2:1: a scenario file holds one YAML document; remove the second '---' document`}},
	{"byte order mark", "# A small", "\ufeff# A small", []string{`1:1: unexpected key name`}},
	{"line separator", "title: Mini\n", "title: Mini\u2028x\n", nil},
	{"list for a mapping", "    disrupt: {capabilities: [watch, arrest]}\n", "    disrupt: [watch, arrest]\n", []string{`31:14: "disrupt" must be a mapping, not a list`}},
	{"mapping for a list", "    mandate: [sea]\n", "    mandate: {sea: 1}\n", []string{`15:14: "mandate" must be a list, not a mapping`}},
	{"text go-yaml reads as a number", "title: Mini\n", "title: .0_\n", nil},
	{"text go-yaml reads as a signed number", "title: Mini\n", "title: +-1\n", nil},
	{"document end marker", "    text: A storm is coming.\n", "    text: A storm is coming.\n...\n", nil},
	{"marker inside a flow list", "    mandate: [sea]\n", "    mandate: [sea,\n...]\n", []string{`15:14: sequence end token ']' not found`}},
	{"validator error", "    deadline: 4\n", "    deadline: 5\n", []string{`30:15: deadline 5 is after the last round (4)`}},
	{"validator warning", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    secure: true\n    leak: 0.5\n", []string{`19:11: leak is ignored on a secure channel`}},
}

// refusedSource builds the file of a quickRefused case.
func refusedSource(t testing.TB, name, old, new string) []byte {
	data := miniWith(t, old, new)
	if name == "alias" {
		data = bytes.Replace(data, []byte("    name: Alpha\n"), []byte("    name: &n Alpha\n"), 1)
	}
	return data
}

// TestQuickRefuses checks that each case of quickRefused is refused, and
// that Parse still gives the positioned path's findings (none where the
// file is valid, as with an anchor).
func TestQuickRefuses(t *testing.T) {
	for _, tc := range quickRefused {
		t.Run(tc.name, func(t *testing.T) {
			data := refusedSource(t, tc.name, tc.old, tc.new)
			s, ok := quickParse(normaliseBreaks(data), DefaultLimits)
			assert.False(t, ok)
			assert.Nil(t, s)
			ps, diags := Parse("mini.yaml", data)
			if tc.want == nil {
				assert.Empty(t, diags, "the positioned path loads it")
			} else {
				assert.Equal(t, tc.want, located(diags))
			}
			if diags.HasErrors() {
				assert.Nil(t, ps)
			} else {
				assert.NotNil(t, ps)
			}
			for _, d := range diags {
				assert.GreaterOrEqual(t, d.Line, 1, "a finding of Parse is positioned")
				assert.GreaterOrEqual(t, d.Col, 1, "a finding of Parse is positioned")
				assert.NotEmpty(t, d.Source, "a finding of Parse quotes its line")
			}
		})
	}
}

// quickAccepted lists plainly written forms the quick path accepts, each as
// a change to testdata/mini.yaml.
var quickAccepted = []struct {
	name     string
	old, new string
}{
	{"document markers", "id: mini\n", "---\nid: mini\n"},
	{"quoted keys", "title: Mini\n", "\"title\": Mini\n"},
	{"single-quoted text", "title: Mini\n", "title: 'Mini''s'\n"},
	{"double-quoted text", "title: Mini\n", "title: \"Mini \\\"one\\\" \\\\ two\"\n"},
	{"comments", "title: Mini\n", "title: Mini # the title\n# a comment\n"},
	{"literal block", "    text: A storm is coming.\n", "    text: |\n      A storm\n\n      is coming.\n"},
	{"literal block, stripped", "    text: A storm is coming.\n", "    text: |-\n      A storm\n      is coming.\n"},
	{"folded block", "    text: A storm is coming.\n", "    text: >\n      A storm\n      is coming.\n\n\n      Take cover.\n"},
	{"folded block with a comment", "    text: A storm is coming.\n", "    text: >- # the text\n      A storm\n      is coming.\n"},
	{"block flow mapping", "    disrupt: {capabilities: [watch, arrest]}\n", "    disrupt:\n      capabilities:\n        - watch\n        - arrest\n"},
	{"number for a number", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    leak: 0.25\n"},
	{"whole number for a number", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    leak: 1\n"},
	{"bool", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    secure: false\n"},
	{"negative number", "    text: A storm is coming.\n", "    text: A storm is coming.\n    effect: {trust: [{from: alpha, to: bravo, delta: -5}]}\n"},
	{"empty list", "    held_by: [alpha]\n", "    held_by: [alpha]\n    need: []\n"},
	{"unicode text", "title: Mini\n", "title: Mïni – “the small one”\n"},
	{"flow mapping over lines", "    disrupt: {capabilities: [watch, arrest]}\n", "    disrupt: {\n      capabilities: [watch,\n        arrest],\n    }\n"},
	{"value on the next line", "title: Mini\n", "title: # the title\n  Mini\n"},
	{"empty mappings", "rounds: 4\n", "rounds: 4\nseats: {}\ntrust: {}\ncosts: {}\n"},
	{"empty struct values", "    mandate: [sea]\n", "    mandate: [sea]\n    legal: {}\n    culture: {}\n"},
	{"pointer to a struct", "    text: A storm is coming.\n", "    text: A storm is coming.\n    expect: {text: Shelter}\n"},
	{"pointer to a number", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    latency: 0\n"},
	{"trust matrix", "rounds: 4\n", "rounds: 4\ntrust:\n  alpha: {bravo: 70}\n  bravo: {}\n"},
	{"largest seed", "rounds: 4\n", "rounds: 4\nseed: 18446744073709551615\n"},
}

// TestQuickAccepts checks that each case of quickAccepted is accepted and
// that the two paths agree on it.
func TestQuickAccepts(t *testing.T) {
	for _, tc := range quickAccepted {
		t.Run(tc.name, func(t *testing.T) {
			data := miniWith(t, tc.old, tc.new)
			assert.True(t, quickAgrees(t, "mini.yaml", data), "refused by the quick path:\n%s", data)
		})
	}
}

// TestQuickAgreesOnShortValues writes every text of one or two characters
// from an alphabet of YAML indicators, and a few longer ones the fuzzer or
// a wider search once found the paths disagreeing on, as each value of
// quickSplices: the two paths must agree wherever the quick one accepts.
func TestQuickAgreesOnShortValues(t *testing.T) {
	alphabet := []string{"a", "n", " ", ":", "#", "-", "?", "'", "\"", "\\", "0", "1", ".", "e", "+", "_", "x", "\n",
		"[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "~", "é"}
	values := []string{".0_", "._1", "+-0", "+-1", "\n...", "-0", "-0.0", "-0.5", `"a\nb"`, `"\n\"\\"`, `"a\n\n b\n"`, `'a\n''b'`, `"a\tb"`}
	for _, a := range alphabet {
		values = append(values, a)
		for _, b := range alphabet {
			values = append(values, a+b)
		}
	}
	_, mini := readTestdata(t, "mini.yaml")
	accepted := 0
	for _, v := range values {
		for _, sp := range quickSplices {
			src := bytes.Replace(mini, []byte(sp.old), []byte(sp.before+v+sp.after), 1)
			if quickAgrees(t, fmt.Sprintf("%q as %q", v, sp.before), src) {
				accepted++
			}
		}
	}
	t.Logf("%d of %d files accepted by the quick path", accepted, len(values)*len(quickSplices))
	assert.Greater(t, accepted, 500)
}

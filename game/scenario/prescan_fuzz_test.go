package scenario

import (
	"testing"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// treeShape measures what the pre-scan estimates, on go-yaml's tree:
// the deepest nesting of collections and the most keys in one mapping.
func treeShape(n ast.Node, depth int, depthOut, keysOut *int) {
	if n == nil || depth > 4*DefaultLimits.MaxDepth {
		return
	}
	switch v := n.(type) {
	case *ast.AnchorNode:
		treeShape(v.Value, depth, depthOut, keysOut)
	case *ast.TagNode:
		treeShape(v.Value, depth, depthOut, keysOut)
	case *ast.MappingNode:
		*depthOut = max(*depthOut, depth+1)
		*keysOut = max(*keysOut, len(v.Values))
		for _, mv := range v.Values {
			treeShape(mv.Key, depth+1, depthOut, keysOut)
			treeShape(mv.Value, depth+1, depthOut, keysOut)
		}
	case *ast.MappingValueNode:
		*depthOut = max(*depthOut, depth+1)
		*keysOut = max(*keysOut, 1)
		treeShape(v.Key, depth+1, depthOut, keysOut)
		treeShape(v.Value, depth+1, depthOut, keysOut)
	case *ast.MappingKeyNode:
		treeShape(v.Value, depth, depthOut, keysOut)
	case *ast.SequenceNode:
		*depthOut = max(*depthOut, depth+1)
		for _, e := range v.Values {
			treeShape(e, depth+1, depthOut, keysOut)
		}
	}
}

// FuzzPrescanBounds holds the pre-scan to its promise (known to fail today,
// so it is not in make fuzz: go-yaml cuts more tokens than the pre-scan
// counts on malformed lines such as "0: %[0,00 0,0" and "{\n,000:"; see
// issue 12's closing note): whatever it lets
// through, go-yaml makes no more tokens of, and (where go-yaml parses it)
// nests no deeper and puts no more keys in one mapping than the pre-scan
// estimated. Seeded with the shipped scenarios, the test files and small
// versions of every hostile shape.
func FuzzPrescanBounds(f *testing.F) {
	addSeeds(f, maxFuzzInput)
	for _, sh := range hostileShapes {
		f.Add(hostile(sh.gen, 600))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip("input larger than maxFuzzInput")
		}
		data = normaliseBreaks(data)
		st, perr := prescan(data, DefaultLimits)
		if perr != nil {
			if perr.Line < 1 || perr.Col < 1 || perr.Message == "" {
				t.Fatalf("malformed refusal %+v", perr)
			}
			return
		}
		if n := goccyTokens(data); n > st.Tokens {
			t.Fatalf("go-yaml makes %d tokens; the pre-scan estimated %d", n, st.Tokens)
		}
		file, err := parser.ParseBytes(data, 0)
		if err != nil {
			return
		}
		for _, doc := range file.Docs {
			depth, keys := 0, 0
			treeShape(doc.Body, 0, &depth, &keys)
			if depth > st.Depth {
				t.Fatalf("go-yaml nests %d deep; the pre-scan estimated %d", depth, st.Depth)
			}
			if keys > st.MaxKeys {
				t.Fatalf("go-yaml puts %d keys in a mapping; the pre-scan estimated %d", keys, st.MaxKeys)
			}
		}
	})
}

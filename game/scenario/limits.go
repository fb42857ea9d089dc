package scenario

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
)

// Limits bound everything a scenario file may ask of the game, so a hostile
// or mistaken file is refused with a clear message instead of exhausting
// memory. They are documented in docs/authoring.md.
//
// The first group is checked on the bytes, before the YAML library parses
// them (prescan.go): the library's cost grows faster than the file on some
// shapes, and these keep its worst case under a second and 256 MB at the
// size limit (BenchmarkHostile). They sit well above what any scenario
// needs: the largest shipped one has 6 nesting levels, 13 keys in its
// largest mapping and 23,000 tokens as the pre-scan counts them (a bound
// that counts each word of text, prescan_tokens.go); a valid scenario at
// every count limit below 190,000 (BenchmarkLoadCountLimits).
type Limits struct {
	MaxBytes       int // file size
	MaxLine        int // bytes in one line
	MaxScalar      int // bytes in one quoted or block (| >) scalar
	MaxDepth       int // nesting of mappings and lists
	MaxTokens      int // YAML tokens as the pre-scan bounds them: keys, values, brackets, commas, comments, words of text
	MaxKeys        int // mapping keys in the whole file
	MaxMappingKeys int // keys in one mapping
	MaxAliases     int // aliases (*name)
	MaxPath        int // characters in the path of a key ($.teams[0].legal.agreements)
	MaxNodes       int // YAML nodes after expanding aliases

	MaxTeams    int
	MaxRounds   int
	MaxItems    int
	MaxThreats  int
	MaxInjects  int
	MaxChannels int
	MaxList     int // entries in any one list inside an item/threat/team
	MaxText     int // characters in any one string
}

// DefaultLimits are the limits used by Load and Parse.
var DefaultLimits = Limits{
	MaxBytes:       4 << 20,
	MaxLine:        64 << 10,
	MaxScalar:      64 << 10,
	MaxDepth:       32,
	MaxTokens:      250_000,
	MaxKeys:        100_000,
	MaxMappingKeys: 100,
	MaxAliases:     10_000,
	MaxPath:        256,
	MaxNodes:       500_000,

	MaxTeams:    16,
	MaxRounds:   200,
	MaxItems:    5000,
	MaxThreats:  200,
	MaxInjects:  2000,
	MaxChannels: 500,
	MaxList:     256,
	MaxText:     8192,
}

// expandedSize counts the nodes of the tree with every alias expanded,
// memoising anchors so that a "billion laughs" file is measured, not built.
// It stops early once the count passes limit.
func expandedSize(root ast.Node, limit, maxDepth int) (int, error) {
	anchors := map[string]int{}
	var walk func(n ast.Node, depth int) (int, error)
	// sum counts a collection node and its children, stopping past the limit.
	sum := func(children []ast.Node, depth int) (int, error) {
		total := 1
		for _, c := range children {
			n, err := walk(c, depth+1)
			if err != nil {
				return 0, err
			}
			total += n
			if total > limit {
				break
			}
		}
		return total, nil
	}
	walk = func(n ast.Node, depth int) (int, error) {
		if n == nil {
			return 0, nil
		}
		if depth > maxDepth {
			return 0, fmt.Errorf("nesting deeper than %d levels", maxDepth)
		}
		switch v := n.(type) {
		case *ast.AnchorNode:
			c, err := walk(v.Value, depth)
			if err != nil {
				return 0, err
			}
			if v.Name != nil {
				anchors[v.Name.String()] = c
			}
			return c, nil
		case *ast.AliasNode:
			if v.Value != nil {
				return anchors[v.Value.String()], nil
			}
			return 1, nil
		case *ast.TagNode:
			return walk(v.Value, depth)
		case *ast.MappingNode:
			children := make([]ast.Node, len(v.Values))
			for i, mv := range v.Values {
				children[i] = mv
			}
			return sum(children, depth)
		case *ast.MappingValueNode:
			c, err := walk(v.Value, depth+1)
			return c + 1, err
		case *ast.SequenceNode:
			return sum(v.Values, depth)
		default:
			return 1, nil
		}
	}
	return walk(root, 0)
}

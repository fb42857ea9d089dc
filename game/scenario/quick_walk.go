package scenario

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// quickWalk checks a yaml.v3 node tree against the Go type it decodes into,
// refusing everything but the plainest YAML. It counts nodes and depth the
// way expandedSize does on go-yaml's tree (a mapping, each key/value pair
// and each value are nodes; a pair's value is two levels below its mapping),
// so it refuses every file the positioned path would refuse for its limits.
type quickWalk struct {
	lines [][]byte // the file's lines, without their '\n'
	lim   Limits
	nodes int // nodes counted so far
}

// walk reports whether node n, at the given depth, is plainly written and
// unambiguous for v, and stores it in v (a settable value). What it stores
// is exactly the text it checked: there is no second decoding to agree
// with.
func (w *quickWalk) walk(n *yaml.Node, v reflect.Value, depth int) bool {
	if n == nil || depth > w.lim.MaxDepth {
		return false
	}
	if w.nodes++; w.nodes > w.lim.MaxNodes {
		return false
	}
	if n.Kind == yaml.AliasNode || n.Anchor != "" || n.Style&yaml.TaggedStyle != 0 {
		return false
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		return w.mapping(n, v, depth)
	case reflect.Map:
		return v.Type().Key().Kind() == reflect.String && w.mapping(n, v, depth)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode || !w.opens(n) {
			return false
		}
		list := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			if !w.walk(c, list.Index(i), depth+1) {
				return false
			}
		}
		v.Set(list)
		return true
	case reflect.String:
		if n.Tag != "!!str" || !w.scalar(n) {
			return false
		}
		v.SetString(n.Value)
		return true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n.Tag != "!!int" || !quickNumber(n.Value, true, false) || !w.scalar(n) {
			return false
		}
		x, err := strconv.ParseInt(n.Value, 10, 64)
		if err != nil || v.OverflowInt(x) {
			return false
		}
		v.SetInt(x)
		return true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.Tag != "!!int" || !quickNumber(n.Value, false, false) || !w.scalar(n) {
			return false
		}
		x, err := strconv.ParseUint(n.Value, 10, 64)
		if err != nil || v.OverflowUint(x) {
			return false
		}
		v.SetUint(x)
		return true
	case reflect.Float32, reflect.Float64:
		if (n.Tag != "!!int" && n.Tag != "!!float") || !quickNumber(n.Value, true, true) || !w.scalar(n) {
			return false
		}
		var x float64
		if strings.IndexByte(n.Value, '.') < 0 {
			// A whole number, as go-yaml reads it: -0 is 0, not negative zero.
			i, err := strconv.ParseInt(n.Value, 10, 64)
			if err != nil {
				return false
			}
			x = float64(i)
		} else {
			var err error
			if x, err = strconv.ParseFloat(n.Value, 64); err != nil {
				return false
			}
		}
		if v.OverflowFloat(x) {
			return false
		}
		v.SetFloat(x)
		return true
	case reflect.Bool:
		if n.Tag != "!!bool" || (n.Value != "true" && n.Value != "false") || !w.scalar(n) {
			return false
		}
		v.SetBool(n.Value == "true")
		return true
	}
	return false
}

// mapping checks a mapping node into a struct or a map with string keys:
// every key a plainly written text, none twice, no merge key, every key a
// field of the struct, and every value plainly written for its type.
func (w *quickWalk) mapping(n *yaml.Node, v reflect.Value, depth int) bool {
	if n.Kind != yaml.MappingNode || len(n.Content)%2 != 0 || !w.opens(n) {
		return false
	}
	var fields map[string]int
	if v.Kind() == reflect.Struct {
		fields = fieldIndexes(v.Type())
	} else if v.IsNil() {
		v.Set(reflect.MakeMapWithSize(v.Type(), len(n.Content)/2))
	}
	var seen map[string]bool // for large mappings; small ones are searched
	if len(n.Content) > 32 {
		seen = make(map[string]bool, len(n.Content)/2)
	}
	for i := 0; i < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Anchor != "" || k.Style&yaml.TaggedStyle != 0 || k.Value == "<<" || !w.key(k) {
			return false
		}
		if seen != nil {
			if seen[k.Value] {
				return false
			}
			seen[k.Value] = true
		} else {
			for j := 0; j < i; j += 2 {
				if n.Content[j].Value == k.Value {
					return false
				}
			}
		}
		if w.nodes++; w.nodes > w.lim.MaxNodes {
			return false
		}
		if fields != nil {
			f, ok := fields[k.Value]
			if !ok || !w.walk(val, v.Field(f), depth+2) {
				return false
			}
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		if !w.walk(val, elem, depth+2) {
			return false
		}
		v.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	}
	return true
}

// indexCache memoises fieldIndexes per struct type.
var indexCache sync.Map // reflect.Type → map[string]int

// fieldIndexes maps the YAML keys of a struct type to their field indexes
// (the keys are those of yamlFields, which checkKeys uses).
func fieldIndexes(t reflect.Type) map[string]int {
	if m, ok := indexCache.Load(t); ok {
		return m.(map[string]int)
	}
	m := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		name := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
		if name != "" && name != "-" {
			m[name] = i
		}
	}
	indexCache.Store(t, m)
	return m
}

// at returns the rest of the source line from a node's position (yaml.v3
// counts columns in characters), or nil if the position is outside the file.
func (w *quickWalk) at(n *yaml.Node) []byte {
	if n.Line < 1 || n.Line > len(w.lines) || n.Column < 1 {
		return nil
	}
	line := w.lines[n.Line-1]
	i := 0
	for c := 1; c < n.Column; c++ {
		if i >= len(line) {
			return nil
		}
		_, size := utf8.DecodeRune(line[i:])
		i += size
	}
	return line[i:]
}

// opens reports whether a collection starts the way its style says, with
// no property (a tag such as the non-specific "!", which yaml.v3 does not
// record) in front of it: '{' or '[' for flow style, '-' for a block
// sequence, its first key for a block mapping. A flow mapping written as a
// single pair inside a flow sequence ("[a: b]") is refused.
func (w *quickWalk) opens(n *yaml.Node) bool {
	rest := w.at(n)
	if len(rest) == 0 {
		return false
	}
	switch {
	case n.Style&yaml.FlowStyle != 0 && n.Kind == yaml.MappingNode:
		return rest[0] == '{'
	case n.Style&yaml.FlowStyle != 0:
		return rest[0] == '['
	case n.Kind == yaml.SequenceNode:
		return rest[0] == '-'
	default:
		// A block mapping starts at its first key, which scalar checks.
		return len(n.Content) > 0 && n.Content[0].Line == n.Line && n.Content[0].Column == n.Column
	}
}

// key reports whether k is a plainly written key: a text scalar (see
// scalar) on one line, with its ':' after it on that line (an implicit key,
// as YAML requires of a key not written after the explicit key indicator
// "? ", which is refused too).
func (w *quickWalk) key(k *yaml.Node) bool {
	if k.Kind != yaml.ScalarNode || k.Tag != "!!str" || k.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return false
	}
	rest := w.at(k)
	if len(rest) == 0 {
		return false
	}
	line := w.lines[k.Line-1]
	before := bytes.TrimRight(line[:len(line)-len(rest)], " ")
	if len(before) > 0 && before[len(before)-1] == '?' {
		return false
	}
	n := span(k, rest)
	if n < 0 {
		return false
	}
	after := bytes.TrimLeft(rest[n:], " ")
	return len(after) > 0 && after[0] == ':'
}

package scenario

import (
	"fmt"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// locator maps a field path ($.teams[2].id) to a line and column of the
// source, using the parsed YAML tree. A path that does not exist in the file
// (a default, a missing field) resolves to its deepest existing ancestor.
type locator struct {
	root  ast.Node
	lines []string
}

func newLocator(f *ast.File, src []byte) *locator {
	l := &locator{lines: splitLines(string(src))}
	if f != nil && len(f.Docs) > 0 {
		l.root = f.Docs[0].Body
	}
	return l
}

// splitLines splits source into lines the way go-yaml counts them: a line
// ends at "\r\n", "\n" or a lone "\r".
func splitLines(src string) []string {
	return strings.Split(strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n"), "\n")
}

// step is one element of a path: a string key or an int index.
type step = any

// node returns the node at the path, or the deepest ancestor found and false.
func (l *locator) node(path []step) (ast.Node, bool) {
	if l == nil {
		return nil, false
	}
	cur := unwrap(l.root)
	if cur == nil {
		return nil, false
	}
	for _, s := range path {
		next := child(cur, s)
		if next == nil {
			return cur, false
		}
		cur = next
	}
	return cur, true
}

// keyNode returns the key node of the last step of a path, if it is a map key.
func (l *locator) keyNode(path []step) ast.Node {
	if len(path) == 0 {
		return nil
	}
	parent, ok := l.node(path[:len(path)-1])
	if !ok {
		return nil
	}
	key, isKey := path[len(path)-1].(string)
	if !isKey {
		return nil
	}
	if mv := mappingValue(parent, key); mv != nil {
		return mv.Key
	}
	return nil
}

// pos returns line and column (1-based) for a node. A block mapping and a
// key/value pair are placed at their (first) key, not at the ':' token that
// go-yaml records for them.
func pos(n ast.Node) (int, int) {
	if n == nil {
		return 1, 1
	}
	switch v := n.(type) {
	case *ast.MappingNode:
		if v != nil && !v.IsFlowStyle && len(v.Values) > 0 && v.Values[0] != nil && v.Values[0].Key != nil {
			return pos(v.Values[0].Key)
		}
	case *ast.MappingValueNode:
		if v != nil && v.Key != nil {
			return pos(v.Key)
		}
	}
	tk := n.GetToken()
	if tk == nil || tk.Position == nil {
		return 1, 1
	}
	return tk.Position.Line, tk.Position.Column
}

// diag builds a located diagnostic for a path. onKey points at the key
// instead of the value (for unknown or duplicate keys). A nil locator gives
// a finding with no position and no source line.
func (l *locator) diag(file, sev string, path []step, onKey bool, format string, args ...any) Diagnostic {
	if l == nil {
		return Diagnostic{File: file, Severity: sev, Message: fmt.Sprintf(format, args...), Path: pathString(path)}
	}
	var n ast.Node
	if onKey {
		n = l.keyNode(path)
	}
	if n == nil {
		n, _ = l.node(path)
	}
	line, col := pos(n)
	d := Diagnostic{File: file, Line: line, Col: col, Severity: sev, Message: fmt.Sprintf(format, args...), Path: pathString(path)}
	if line >= 1 && line <= len(l.lines) {
		d.Source = strings.TrimRight(l.lines[line-1], "\r")
	}
	return d
}

func pathString(path []step) string {
	var b strings.Builder
	b.WriteString("$")
	for _, s := range path {
		switch v := s.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", v)
		default:
			fmt.Fprintf(&b, ".%v", v)
		}
	}
	return b.String()
}

// unwrap skips anchors, tags and resolves nothing else.
func unwrap(n ast.Node) ast.Node {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			n = v.Value
		default:
			return n
		}
	}
}

func child(n ast.Node, s step) ast.Node {
	switch key := s.(type) {
	case string:
		if mv := mappingValue(n, key); mv != nil {
			return unwrap(mv.Value)
		}
	case int:
		if seq, ok := n.(*ast.SequenceNode); ok && key >= 0 && key < len(seq.Values) {
			return unwrap(seq.Values[key])
		}
	}
	return nil
}

func mappingValue(n ast.Node, key string) *ast.MappingValueNode {
	switch m := n.(type) {
	case *ast.MappingNode:
		for _, mv := range m.Values {
			if keyText(mv.Key) == key {
				return mv
			}
		}
	case *ast.MappingValueNode:
		if keyText(m.Key) == key {
			return m
		}
	}
	return nil
}

func keyText(k ast.MapKeyNode) string {
	if k == nil {
		return ""
	}
	if tk := k.GetToken(); tk != nil {
		return tk.Value
	}
	return k.String()
}

// mappingValues lists the key/value pairs of a mapping node.
func mappingValues(n ast.Node) []*ast.MappingValueNode {
	switch m := n.(type) {
	case *ast.MappingNode:
		return m.Values
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{m}
	}
	return nil
}

// keyAt returns the mapping key whose value (or an element of it) starts at
// line:col, or "" if none does. It names the key in go-yaml's type errors.
func (l *locator) keyAt(line, col int) string {
	var find func(n ast.Node, key string, depth int) (string, bool)
	find = func(n ast.Node, key string, depth int) (string, bool) {
		n = unwrap(n)
		if n == nil || depth > 256 {
			return "", false
		}
		if mv, ok := n.(*ast.MappingValueNode); ok {
			return find(mv.Value, keyText(mv.Key), depth+1)
		}
		if tk := n.GetToken(); tk != nil && tk.Position != nil && tk.Position.Line == line && tk.Position.Column == col {
			return key, true
		}
		switch v := n.(type) {
		case *ast.MappingNode:
			for _, mv := range v.Values {
				if k, ok := find(mv, key, depth+1); ok {
					return k, true
				}
			}
		case *ast.SequenceNode:
			for _, e := range v.Values {
				if k, ok := find(e, key, depth+1); ok {
					return k, true
				}
			}
		}
		return "", false
	}
	k, _ := find(l.root, "", 0)
	return k
}

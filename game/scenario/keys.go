package scenario

import (
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/goccy/go-yaml/ast"
)

// checkKeys walks the YAML tree against the Go type and reports every key the
// type does not know (with the keys it does know), every duplicate key and
// every scalar the decoder would coerce (checkScalar), so an instructor sees
// all of them at once rather than the first. The paths of the scalars it
// refuses go into refused (see refused.go).
func checkKeys(l *locator, file string, n ast.Node, t reflect.Type, path []step, out *Diagnostics, dropped *int, refused refusedFields) {
	checkKeysAs(l, file, n, t, "$", path, out, dropped, refused)
}

// checkKeysAs is checkKeys for a node that the findings call subject.
func checkKeysAs(l *locator, file string, n ast.Node, t reflect.Type, subject string, path []step, out *Diagnostics, dropped *int, refused refusedFields) {
	n = unwrap(n)
	if n == nil {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		var fields map[string]reflect.Type
		if t.Kind() == reflect.Struct {
			fields = yamlFields(t)
		}
		seen := map[string]bool{}
		for _, mv := range mappingValues(n) {
			k := keyText(mv.Key)
			p := extend(path, k)
			if seen[k] {
				if capped(out, dropped) {
					*out = append(*out, l.diagAt(file, mv.Key, p, "duplicate key %q", k))
				}
				continue
			}
			seen[k] = true
			var ft reflect.Type
			known := true
			if fields != nil {
				ft, known = fields[k]
			} else {
				ft = t.Elem() // a map's keys are free; its values share one type
			}
			if !known {
				if capped(out, dropped) {
					*out = append(*out, l.diagAt(file, mv.Key, p, "unknown key %q%s", k, suggest(k, fields)))
				}
				continue
			}
			sub := strconv.Quote(k)
			if fields == nil {
				sub = pathString(p) // a map's key is data, not a name
			}
			checkKeysAs(l, file, mv.Value, ft, sub, p, out, dropped, refused)
		}
	case reflect.Slice:
		if seq, ok := n.(*ast.SequenceNode); ok {
			for i, v := range seq.Values {
				p := extend(path, i)
				checkKeysAs(l, file, v, t.Elem(), pathString(p), p, out, dropped, refused)
			}
		}
	default:
		if checkScalar(l, file, n, t, subject, path, out, dropped) {
			refused.add(path)
		}
	}
}

// capped reports whether another finding fits under maxFindings, and
// counts it in dropped if not.
func capped(out *Diagnostics, dropped *int) bool {
	if len(*out) < maxFindings {
		return true
	}
	*dropped++
	return false
}

// diagAt locates a diagnostic at an explicit node.
func (l *locator) diagAt(file string, n ast.Node, path []step, format string, args ...any) Diagnostic {
	d := l.diag(file, SevError, path, true, format, args...)
	line, col := pos(n)
	if line != d.Line || col != d.Col {
		d.Line, d.Col = line, col
		if line >= 1 && line <= len(l.lines) {
			d.Source = strings.TrimRight(l.lines[line-1], "\r")
		}
	}
	return d
}

// fieldCache memoises yamlFields per struct type: checkKeys asks for the
// fields of the same few types once per list element.
var fieldCache sync.Map // reflect.Type → map[string]reflect.Type

// yamlFields maps the YAML keys of a struct type to their field types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := yamlKey(f)
		if name == "" || name == "-" {
			continue
		}
		m[name] = f.Type
	}
	fieldCache.Store(t, m)
	return m
}

// yamlKey is the YAML key of a struct field ("" or "-" for none).
func yamlKey(f reflect.StructField) string {
	return strings.Split(f.Tag.Get("yaml"), ",")[0]
}

// suggest names the closest known key, or lists the known keys.
func suggest(k string, fields map[string]reflect.Type) string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(k, n); d < bestD {
			best, bestD = n, d
		}
	}
	if best != "" {
		return "; did you mean \"" + best + "\"?"
	}
	return "; expected one of: " + strings.Join(names, ", ")
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// checkTags reports every YAML tag (!foo, !!str, ...). Scenario files never
// need them, and go-yaml can panic decoding a tagged node of the wrong kind
// (e.g. "teams: !!seq" with nothing after it), so a file with tags is
// refused before it is decoded.
func checkTags(l *locator, file string, n ast.Node, depth int, out *Diagnostics) {
	if n == nil || depth > 2*DefaultLimits.MaxDepth {
		return
	}
	switch v := n.(type) {
	case *ast.TagNode:
		if v == nil {
			return
		}
		name := ""
		line, col := 1, 1
		if v.Start != nil {
			name = v.Start.Value
			if v.Start.Position != nil {
				line, col = v.Start.Position.Line, v.Start.Position.Column
			}
		}
		*out = append(*out, l.fixed(file, line, col, "YAML tag %q is not supported in scenario files; remove it (quote the value if it must be text)", name))
		checkTags(l, file, v.Value, depth+1, out)
	case *ast.AnchorNode:
		if v != nil {
			checkTags(l, file, v.Value, depth+1, out)
		}
	case *ast.MappingNode:
		if v != nil {
			for _, mv := range v.Values {
				checkTags(l, file, mv, depth+1, out)
			}
		}
	case *ast.MappingValueNode:
		if v != nil {
			checkTags(l, file, v.Key, depth+1, out)
			checkTags(l, file, v.Value, depth+1, out)
		}
	case *ast.SequenceNode:
		if v != nil {
			for _, e := range v.Values {
				checkTags(l, file, e, depth+1, out)
			}
		}
	}
}

package scenario

import (
	"bytes"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/goccy/go-yaml/token"
	"go.yaml.in/yaml/v3"
)

// The quick path.
//
// Loading has two paths. The positioned path (parseSlow) reads the file with
// goccy/go-yaml in strict mode and places every finding at file:line:col
// with the source line and a caret; it is the reference. Its YAML parser is
// most of the cost of loading a large scenario, so parse first tries
// quickParse, which reads the file with go.yaml.in/yaml/v3 (about three
// times faster in all) and succeeds only for a plainly written file that is entirely
// clean: no YAML feature on which the two libraries might read the text
// differently, nothing goccy's strict mode would refuse, and no finding of
// the validator, not even a warning. Any other file, and any file the quick
// path is unsure of, goes through the positioned path, so an instructor
// always sees positioned findings and never learns that the quick path
// exists. FuzzQuickAgrees and TestQuickAgreesWithPositioned check that
// whenever the quick path succeeds the positioned path gives the same
// scenario and no finding.

// quickParse reads a scenario with go.yaml.in/yaml/v3 into a node tree,
// fills the Scenario from it while checking that every node is plainly
// written (quickWalk), and validates it without positions. ok is true only
// when the file is plainly written and loads with no finding at all; the
// scenario then has its defaults applied and equals what parseSlow returns.
// data must already have its line breaks normalised to LF. quickParse never
// panics: a panic in the decoder or the validator makes it return false.
func quickParse(data []byte, lim Limits) (s *Scenario, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = nil, false
		}
	}()
	return quickLoad(data, lim)
}

// quickLoad is quickParse without its recover, so that the fuzz test sees
// a panic.
func quickLoad(data []byte, lim Limits) (*Scenario, bool) {
	lines, ok := quickLines(data)
	if !ok {
		return nil, false
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, false
	}
	var second yaml.Node
	if err := dec.Decode(&second); err != io.EOF {
		return nil, false
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Anchor != "" || doc.Style&yaml.TaggedStyle != 0 {
		return nil, false
	}
	var sc Scenario
	w := quickWalk{lines: lines, lim: lim}
	if !w.walk(doc.Content[0], reflect.ValueOf(&sc).Elem(), 0) {
		return nil, false
	}
	got, diags := check("", nil, &sc, lim, nil, 0)
	if got == nil || len(diags) > 0 {
		return nil, false
	}
	return got, true
}

// quickLines splits the file into lines (without their '\n'; the last one
// is empty when the file ends with a line break) and refuses, before
// parsing, text the two YAML libraries may not read alike: tabs (YAML
// allows them in some places of a line and not in others), the Unicode
// line breaks NEL, LS and PS (yaml.v3 breaks lines on them, go-yaml does
// not), a byte order mark, '%' directives, the document end marker "..."
// and any "---" but one alone on its line before the content (go-yaml ends
// a document at such a line even inside a flow collection, where yaml.v3
// reads on).
func quickLines(data []byte) ([][]byte, bool) {
	if bytes.IndexByte(data, '\t') >= 0 || bytes.Contains(data, []byte("\u0085")) ||
		bytes.Contains(data, []byte("\u2028")) || bytes.Contains(data, []byte("\u2029")) ||
		bytes.Contains(data, []byte("\ufeff")) {
		return nil, false
	}
	lines := make([][]byte, 0, bytes.Count(data, []byte{'\n'})+1)
	content := false // whether a line other than a comment or a blank came before
	for rest, more := data, true; more; {
		var line []byte
		line, rest, more = bytes.Cut(rest, []byte{'\n'})
		lines = append(lines, line)
		switch {
		case len(line) == 0:
		case line[0] == '%' || bytes.HasPrefix(line, []byte("...")):
			return nil, false
		case bytes.HasPrefix(line, []byte("---")):
			if content || len(line) > 3 {
				return nil, false
			}
			content = true
		case !content:
			if t := bytes.TrimLeft(line, " "); len(t) > 0 && t[0] != '#' {
				content = true
			}
		}
	}
	return lines, true
}

// quickNumber reports whether s is a whole number written plainly: digits
// with no leading zero, no '+', no '_', no base prefix, and a '-' only if
// signed. With fraction, one '.' and at least one digit may follow.
func quickNumber(s string, signed, fraction bool) bool {
	if signed && len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || (s[0] == '0' && i > 1) {
		return false
	}
	if i == len(s) {
		return true
	}
	if !fraction || s[i] != '.' || i+1 == len(s) {
		return false
	}
	for _, c := range []byte(s[i+1:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

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

// scalar reports whether n is a scalar written plainly: on one line (see
// span) or as a simple block scalar (see block). The caller checks the tag
// yaml.v3 resolved it to and its value.
func (w *quickWalk) scalar(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && w.scalarAt(n, w.at(n))
}

// scalarAt is scalar for a node whose source line, from its position, is
// rest.
func (w *quickWalk) scalarAt(n *yaml.Node, rest []byte) bool {
	if len(rest) == 0 {
		return false
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return w.block(n, rest)
	}
	return span(n, rest) >= 0
}

// span returns how many bytes at the start of rest the one-line scalar n
// takes, or -1 if it is not written plainly there: as plain text (that
// go-yaml does not read as a number when it is text), in single quotes, or
// in double quotes with no escape but \", \\ and \n.
func span(n *yaml.Node, rest []byte) int {
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		return doubleQuoted(rest, n.Value)
	case n.Style&yaml.SingleQuotedStyle != 0:
		return singleQuoted(rest, n.Value)
	case n.Style&^yaml.FlowStyle != 0:
		return -1
	case n.Value != "" && len(rest) >= len(n.Value) && string(rest[:len(n.Value)]) == n.Value &&
		(n.Tag != "!!str" || !goccyNumber(n.Value)):
		return len(n.Value)
	}
	return -1
}

// goccyNumber reports whether go-yaml reads a plain scalar as a number.
// It reads more text as numbers than YAML 1.2 and yaml.v3 do (".0_", "+-1",
// "0_1"), and decoded into a string such a number becomes its value ("0",
// "1", "1"), not the text. Only text starting with a digit, a sign or a '.'
// can be such a number (token.ToNumber parses what is left after one sign
// and every '_' with strconv), so other text skips the parse.
func goccyNumber(v string) bool {
	if c := v[0]; (c < '0' || c > '9') && c != '+' && c != '-' && c != '.' {
		return false
	}
	return token.ToNumber(v) != nil
}

// singleQuoted returns the length of value in single quotes (a quote
// inside it written twice) at the start of rest, or -1 if it is not there.
func singleQuoted(rest []byte, value string) int {
	if len(rest) == 0 || rest[0] != '\'' {
		return -1
	}
	j := 0 // bytes of value matched
	for i := 1; i < len(rest); i++ {
		c := rest[i]
		if c == '\'' {
			if i+1 >= len(rest) || rest[i+1] != '\'' {
				if j != len(value) {
					return -1
				}
				return i + 1
			}
			i++
		}
		if j >= len(value) || value[j] != c {
			return -1
		}
		j++
	}
	return -1 // no closing quote on this line
}

// doubleQuoted returns the length of value in double quotes, escaping
// nothing but '"', '\\' and a line break (\n), at the start of rest, or -1
// if it is not there.
func doubleQuoted(rest []byte, value string) int {
	if len(rest) == 0 || rest[0] != '"' {
		return -1
	}
	j := 0 // bytes of value matched
	for i := 1; i < len(rest); i++ {
		c := rest[i]
		switch c {
		case '"':
			if j != len(value) {
				return -1
			}
			return i + 1
		case '\\':
			if i+1 >= len(rest) {
				return -1
			}
			i++
			switch c = rest[i]; c {
			case '"', '\\':
			case 'n':
				c = '\n'
			default:
				return -1
			}
		}
		if j >= len(value) || value[j] != c {
			return -1
		}
		j++
	}
	return -1 // no closing quote on this line
}

// block reports whether a literal (|) or folded (>) block scalar, whose
// header is rest, is written in the simplest form and yaml.v3 read it as
// YAML says: a header of "|", "|-", ">" or ">-" (no indentation indicator,
// no keep chomping) with at most a comment after it, then content lines all
// at one indentation, without trailing spaces, with no blank line before the
// first one, and only empty lines between them. Its value is then rebuilt
// from the source and must be the one yaml.v3 gives.
func (w *quickWalk) block(n *yaml.Node, rest []byte) bool {
	folded := rest[0] == '>'
	strip := len(rest) > 1 && rest[1] == '-'
	header := rest[1:]
	if strip {
		header = header[1:]
	}
	if after := bytes.TrimLeft(header, " "); len(after) > 0 && (after[0] != '#' || len(after) == len(header)) {
		return false
	}
	var content [][]byte // content lines without indentation; nil for an empty line
	indent := -1
	for l := n.Line; l < len(w.lines); l++ {
		line := w.lines[l]
		if l == len(w.lines)-1 && len(line) > 0 {
			return false // the file ends inside the scalar, without a line break
		}
		if len(line) == 0 {
			if indent < 0 {
				return false // a blank line before the first content line
			}
			content = append(content, nil)
			continue
		}
		sp := len(line) - len(bytes.TrimLeft(line, " "))
		switch {
		case sp == len(line) || line[len(line)-1] == ' ':
			return false // a line of spaces, or trailing spaces
		case indent < 0:
			if sp < 1 {
				return false
			}
			indent = sp
		case sp < indent:
			l = len(w.lines) // the scalar ends
			continue
		case sp > indent:
			return false // a more-indented line
		}
		content = append(content, line[indent:])
	}
	for len(content) > 0 && content[len(content)-1] == nil {
		content = content[:len(content)-1]
	}
	if len(content) == 0 {
		return false
	}
	// Match the value yaml.v3 gives against the lines, piece by piece.
	v := n.Value
	take := func(piece []byte) bool {
		if len(v) < len(piece) || v[:len(piece)] != string(piece) {
			return false
		}
		v = v[len(piece):]
		return true
	}
	space, newline := []byte{' '}, []byte{'\n'}
	if !take(content[0]) {
		return false
	}
	breaks := 0
	for _, c := range content[1:] {
		if c == nil {
			breaks++
			continue
		}
		sep := breaks
		switch {
		case !folded:
			sep = breaks + 1
		case breaks == 0:
			if !take(space) {
				return false
			}
		}
		for ; sep > 0; sep-- {
			if !take(newline) {
				return false
			}
		}
		breaks = 0
		if !take(c) {
			return false
		}
	}
	if !strip {
		return v == "\n"
	}
	return v == ""
}

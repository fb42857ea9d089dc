package scenario

import (
	"bytes"
	"io"
	"reflect"

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

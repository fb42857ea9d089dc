package scenario

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"sync/atomic"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"liaison/game/internal/safefile"
)

// Load reads, parses and validates a scenario file. It returns the scenario
// with defaults applied and every finding (warnings included). err is non-nil
// when the file cannot be read or has errors; it then wraps the Diagnostics.
func Load(path string) (*Scenario, Diagnostics, error) {
	// One bounded reader for every file named by untrusted input: regular
	// files only (never /dev/zero or a FIFO), at most the size limit.
	data, err := safefile.Read(path, int64(DefaultLimits.MaxBytes))
	var refused *safefile.Error
	if errors.As(err, &refused) && errors.Is(refused, safefile.ErrTooLarge) {
		d := Diagnostics{tooBig(path, int(refused.Size), DefaultLimits.MaxBytes)}
		return nil, d, fmt.Errorf("load %s: %w", path, d)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", path, err)
	}
	s, diags := Parse(path, data)
	if diags.HasErrors() {
		return nil, diags, fmt.Errorf("load %s: %d error(s):\n%w", path, len(diags.Errors()), diags.Errors())
	}
	return s, diags, nil
}

// Hash returns the hex SHA-256 of a scenario file's bytes; records and saves
// use it to refuse a scenario that changed since they were made.
func Hash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func tooBig(name string, size, limit int) Diagnostic {
	return Diagnostic{File: name, Line: 1, Col: 1, Severity: SevError,
		Message: fmt.Sprintf("the file is %d bytes (%.2f MiB); scenario files are limited to %d bytes (%.2f MiB)", size, float64(size)/(1<<20), limit, float64(limit)/(1<<20))}
}

// Parse decodes and validates scenario source. name labels diagnostics. The
// scenario is nil whenever the diagnostics hold an error; otherwise it has
// its defaults applied. Parse never panics on any input.
func Parse(name string, data []byte) (s *Scenario, diags Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			s = nil
			diags = append(diags, Diagnostic{File: name, Line: 1, Col: 1, Severity: SevError,
				Message: fmt.Sprintf("the file could not be read as a scenario (internal error: %v)", r)})
		}
	}()
	return parse(name, data, DefaultLimits)
}

// parse checks the size, skips a byte order mark, normalises line breaks,
// pre-scans the bytes against the limits the YAML library needs (prescan)
// and then reads the file with goccy/go-yaml in strict mode, placing every
// finding at file:line:col with its source line.
func parse(name string, data []byte, lim Limits) (*Scenario, Diagnostics) {
	if len(data) > lim.MaxBytes {
		return nil, Diagnostics{tooBig(name, len(data), lim.MaxBytes)}
	}
	// Editors on Windows may start a UTF-8 file with a byte order mark;
	// YAML allows one there, and go-yaml would read it as part of a key.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = normaliseBreaks(data)
	if _, perr := prescan(data, lim); perr != nil {
		return nil, Diagnostics{prescanDiag(name, data, perr)}
	}
	return parsePositioned(name, data, lim)
}

// prescanDiag places a pre-scan refusal with its source line, cut to a
// readable length (the line may be the one that is too long).
func prescanDiag(name string, data []byte, e *prescanError) Diagnostic {
	d := Diagnostic{File: name, Line: e.Line, Col: e.Col, Severity: SevError, Message: e.Message}
	line := data
	for i := 1; i < e.Line; i++ {
		j := bytes.IndexByte(line, '\n')
		if j < 0 {
			return d
		}
		line = line[j+1:]
	}
	if j := bytes.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	if len(line) <= maxSourceShown {
		d.Source = string(line)
	}
	return d
}

// yamlParses counts the files handed to go-yaml, so that tests can check
// that the pre-scan refuses a hostile file before go-yaml sees it.
var yamlParses atomic.Int64

// maxSourceShown is the longest source line a diagnostic quotes.
const maxSourceShown = 1000

// normaliseBreaks turns every CR LF and lone CR into LF. go-yaml counts a
// CR LF inside a quoted scalar as two lines, so every position after it
// would be off; YAML treats CR LF and a lone CR as a line break anyway.
func normaliseBreaks(data []byte) []byte {
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	return bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
}

// parsePositioned reads data (line breaks normalised, pre-scanned) with
// goccy/go-yaml in strict mode and places every finding at file:line:col
// with its source line.
func parsePositioned(name string, data []byte, lim Limits) (*Scenario, Diagnostics) {
	yamlParses.Add(1)
	file, err := parser.ParseBytes(data, 0)
	loc := newLocator(file, data)
	if err != nil {
		return nil, Diagnostics{yamlErrorDiag(name, loc, err)}
	}
	if len(file.Docs) > 1 {
		line, col := docPos(file.Docs[1])
		return nil, Diagnostics{loc.fixed(name, line, col, "a scenario file holds one YAML document; remove the second '---' document")}
	}
	if len(file.Docs) == 0 || file.Docs[0] == nil || file.Docs[0].Body == nil {
		return nil, Diagnostics{loc.fixed(name, 1, 1, "the file is empty; a scenario needs at least id, title, rounds, teams, items and threats")}
	}
	// The pre-scan bounded the tree as written; aliases can still expand it.
	// (A mapping counts two levels here: the mapping and its key's value.)
	size, err := expandedSize(file.Docs[0].Body, lim.MaxNodes, 2*lim.MaxDepth+1)
	if err != nil {
		return nil, Diagnostics{loc.fixed(name, 1, 1, "the file is too deeply nested: %v", err)}
	}
	if size > lim.MaxNodes {
		return nil, Diagnostics{loc.fixed(name, 1, 1, "the file expands to more than %d YAML nodes (check anchors and aliases)", lim.MaxNodes)}
	}
	var diags Diagnostics
	checkTags(loc, name, file.Docs[0].Body, 0, &diags)
	if len(diags) > 0 {
		return nil, diags.Sorted()
	}
	dropped := 0
	refused := refusedFields{}
	checkKeys(loc, name, file.Docs[0].Body, reflect.TypeOf(Scenario{}), nil, &diags, &dropped, refused)
	opts := []yaml.DecodeOption{yaml.Strict()}
	if len(diags) > 0 {
		// Unknown keys were all reported above; decode the rest leniently so
		// the semantic checks below can report their findings too.
		opts = []yaml.DecodeOption{yaml.AllowDuplicateMapKey()}
	}
	var sc Scenario
	// Decode the tree parsed above rather than the bytes: parsing is most of
	// the cost of loading a large scenario, so it is done once.
	if err := yaml.NodeToValue(file.Docs[0].Body, &sc, opts...); err != nil {
		d := yamlErrorDiag(name, loc, err)
		for _, f := range diags {
			if f.Line == d.Line && f.Col == d.Col {
				// The decoder trips on a value already reported, in
				// clearer words (a negative seed, a fraction of a round).
				return nil, diags.Sorted()
			}
		}
		return nil, append(diags, d)
	}
	refused.zero(&sc)
	return check(name, loc, &sc, lim, diags, dropped, refused)
}

// check runs the semantic validation on a decoded scenario: the checks on the file as written, then (if none found an error)
// the defaults and the checks that need them. found and dropped carry the
// findings of the key checks before it, refused the fields they refused. The scenario is nil whenever the findings
// hold an error.
func check(name string, loc *locator, sc *Scenario, lim Limits, found Diagnostics, dropped int, refused refusedFields) (*Scenario, Diagnostics) {
	v := &validator{file: name, loc: loc, s: sc, lim: lim, dropped: dropped, diags: found, refused: refused}
	v.run()
	if v.diags.HasErrors() {
		return nil, v.withDropped(v.diags.Sorted())
	}
	ApplyDefaults(sc)
	v.runDerived()
	diags := v.withDropped(v.diags.Sorted())
	if diags.HasErrors() {
		return nil, diags
	}
	return sc, diags
}

// withDropped appends, after the sorted findings, a note of how many more
// were left out under maxFindings.
func (v *validator) withDropped(diags Diagnostics) Diagnostics {
	if v.dropped == 0 {
		return diags
	}
	sev := SevWarning
	if diags.HasErrors() {
		sev = SevError
	}
	d := v.loc.fixed(v.file, 1, 1, "%d more problems were not listed (the first %d are above); fix those and validate again", v.dropped, maxFindings)
	d.Severity = sev
	return append(diags, d)
}

// docPos places a document at its '---' header, or at its body without one.
// (ast.DocumentNode.GetToken panics on a document with no body.)
func docPos(d *ast.DocumentNode) (int, int) {
	if d == nil {
		return 1, 1
	}
	if d.Start != nil && d.Start.Position != nil {
		return d.Start.Position.Line, d.Start.Position.Column
	}
	if d.Body != nil {
		return pos(d.Body)
	}
	return 1, 1
}

// fixed builds an error diagnostic at an explicit position. A nil locator
// gives it no source line.
func (l *locator) fixed(file string, line, col int, format string, args ...any) Diagnostic {
	d := Diagnostic{File: file, Line: line, Col: col, Severity: SevError, Message: fmt.Sprintf(format, args...)}
	if l != nil && line >= 1 && line <= len(l.lines) {
		d.Source = strings.TrimRight(l.lines[line-1], "\r")
	}
	return d
}

// yamlErrorDiag turns a go-yaml error into a located diagnostic.
func yamlErrorDiag(name string, loc *locator, err error) Diagnostic {
	var ye yaml.Error
	if errors.As(err, &ye) {
		line, col := 1, 1
		value := ""
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			line, col, value = tk.Position.Line, tk.Position.Column, tk.Value
		}
		subject := "this value"
		if key := loc.keyAt(line, col); key != "" {
			subject = fmt.Sprintf("%q", key)
		} else if rl, rc := pos(loc.root); loc.root != nil && rl == line && rc == col {
			subject = "the scenario"
		}
		return loc.fixed(name, line, col, "%s", friendlyYAML(ye.GetMessage(), subject, value))
	}
	return loc.fixed(name, 1, 1, "%s", friendlyYAML(err.Error(), "this value", ""))
}

var (
	// typeErrPattern matches go-yaml's type mismatch messages.
	typeErrPattern = regexp.MustCompile(`^cannot unmarshal (\S+) into Go (?:struct field \S+|value) of type (\S+)( \( overflow \))?$`)
	// kindErrPattern matches go-yaml's "mapping was used where sequence is expected".
	kindErrPattern = regexp.MustCompile(`^(\w+) was used where (\w+) is expected$`)
)

// friendlyYAML rewords go-yaml's messages, which speak of Go types and
// struct fields, in terms of the YAML key the instructor wrote.
func friendlyYAML(msg, subject, value string) string {
	if m := typeErrPattern.FindStringSubmatch(msg); m != nil {
		if m[3] != "" {
			return fmt.Sprintf("%s: %s is too large for %s", subject, value, yamlKind(m[2]))
		}
		got := m[1]
		if value != "" && (got == "string" || strings.HasPrefix(got, "uint") || strings.HasPrefix(got, "int") || strings.HasPrefix(got, "float") || got == "bool") {
			got = fmt.Sprintf("%q", value)
		}
		return fmt.Sprintf("%s must be %s, not %s", subject, yamlKind(m[2]), got)
	}
	if m := kindErrPattern.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s must be %s, not %s", subject, yamlNodeName(m[2]), yamlNodeName(m[1]))
	}
	r := strings.NewReplacer(
		"cannot unmarshal", "wrong type:",
		"Go struct field ", "",
		"Go value of type ", "",
		"scenario.", "",
	)
	return r.Replace(msg)
}

// yamlKind names a Go type the way an instructor thinks of YAML values.
func yamlKind(goType string) string {
	t := strings.TrimLeft(goType, "*")
	switch {
	case strings.HasPrefix(t, "int") || strings.HasPrefix(t, "uint"):
		return "a whole number"
	case strings.HasPrefix(t, "float"):
		return "a number"
	case t == "bool":
		return "true or false"
	case t == "string":
		return "text"
	case strings.HasPrefix(t, "[]"):
		return "a list"
	default:
		return "a mapping"
	}
}

// yamlNodeName renames go-yaml's node kinds in an instructor's words,
// with an article.
func yamlNodeName(kind string) string {
	switch kind {
	case "sequence":
		return "a list"
	case "int", "float", "inf", "nan":
		return "a number"
	case "boolean":
		return "true or false"
	case "null":
		return "empty (null)"
	case "mapping":
		return "a mapping"
	case "string":
		return "text"
	}
	return "a " + kind
}

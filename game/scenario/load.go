package scenario

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
)

// Load reads, parses and validates a scenario file. It returns the scenario
// with defaults applied and every finding (warnings included). err is non-nil
// when the file cannot be read or has errors; it then wraps the Diagnostics.
func Load(path string) (*Scenario, Diagnostics, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %w", path, err)
	}
	if st.Size() > int64(DefaultLimits.MaxBytes) {
		d := Diagnostics{tooBig(path, int(st.Size()), DefaultLimits.MaxBytes)}
		return nil, d, fmt.Errorf("load %s: %w", path, d)
	}
	data, err := os.ReadFile(path)
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
		Message: fmt.Sprintf("file is %.1f MiB; scenario files are limited to %d MiB", float64(size)/(1<<20), limit>>20)}
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

func parse(name string, data []byte, lim Limits) (*Scenario, Diagnostics) {
	if len(data) > lim.MaxBytes {
		return nil, Diagnostics{tooBig(name, len(data), lim.MaxBytes)}
	}
	file, err := parser.ParseBytes(data, 0)
	loc := newLocator(file, data)
	if err != nil {
		return nil, Diagnostics{yamlErrorDiag(name, loc, err)}
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return nil, Diagnostics{{File: name, Line: 1, Col: 1, Severity: SevError, Message: "the file is empty; a scenario needs at least id, title, rounds, teams, items and threats"}}
	}
	if len(file.Docs) > 1 {
		line, col := pos(file.Docs[1])
		return nil, Diagnostics{loc.fixed(name, line, col, "a scenario file holds one YAML document; remove the second '---' document")}
	}
	size, err := expandedSize(file.Docs[0].Body, lim.MaxNodes, lim.MaxDepth)
	if err != nil {
		return nil, Diagnostics{loc.fixed(name, 1, 1, "the file is too deeply nested: %v", err)}
	}
	if size > lim.MaxNodes {
		return nil, Diagnostics{loc.fixed(name, 1, 1, "the file expands to more than %d YAML nodes (check anchors and aliases)", lim.MaxNodes)}
	}
	var diags Diagnostics
	checkKeys(loc, name, file.Docs[0].Body, reflect.TypeOf(Scenario{}), nil, &diags)
	opts := []yaml.DecodeOption{yaml.Strict()}
	if len(diags) > 0 {
		// Unknown keys were all reported above; decode the rest leniently so
		// the semantic checks below can report their findings too.
		opts = []yaml.DecodeOption{yaml.AllowDuplicateMapKey()}
	}
	var sc Scenario
	if err := yaml.UnmarshalWithOptions(data, &sc, opts...); err != nil {
		return nil, append(diags, yamlErrorDiag(name, loc, err))
	}
	v := &validator{file: name, loc: loc, s: &sc, lim: lim}
	v.run()
	diags = append(diags, v.diags...)
	if diags.HasErrors() {
		return nil, diags.Sorted()
	}
	ApplyDefaults(&sc)
	v.diags = nil
	v.runDerived()
	diags = append(diags, v.diags...).Sorted()
	if diags.HasErrors() {
		return nil, diags
	}
	return &sc, diags
}

// fixed builds an error diagnostic at an explicit position.
func (l *locator) fixed(file string, line, col int, format string, args ...any) Diagnostic {
	d := Diagnostic{File: file, Line: line, Col: col, Severity: SevError, Message: fmt.Sprintf(format, args...)}
	if line >= 1 && line <= len(l.lines) {
		d.Source = strings.TrimRight(l.lines[line-1], "\r")
	}
	return d
}

// yamlErrorDiag turns a go-yaml error into a located diagnostic.
func yamlErrorDiag(name string, loc *locator, err error) Diagnostic {
	var ye yaml.Error
	if errors.As(err, &ye) {
		line, col := 1, 1
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			line, col = tk.Position.Line, tk.Position.Column
		}
		return loc.fixed(name, line, col, "%s", friendlyYAML(ye.GetMessage()))
	}
	return loc.fixed(name, 1, 1, "%s", friendlyYAML(err.Error()))
}

// friendlyYAML rewords go-yaml's messages where they speak of Go types.
func friendlyYAML(msg string) string {
	r := strings.NewReplacer(
		"cannot unmarshal string into Go struct field", "expected a different type for",
		"cannot unmarshal", "wrong type:",
		"Go struct field ", "",
		"Go value of type ", "",
		"scenario.", "",
	)
	return r.Replace(msg)
}

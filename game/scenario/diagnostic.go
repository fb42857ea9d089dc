package scenario

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"liaison/game/termsafe"
)

// Severity levels of a diagnostic.
const (
	SevError   = "error"
	SevWarning = "warning"
)

// Diagnostic is one validation finding, located in the source file.
type Diagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Path     string `json:"path,omitempty"`
	Source   string `json:"source,omitempty"`
}

// String renders the diagnostic as "file:line:col: [warning: ]message"
// followed by the offending source line with a caret under the column.
func (d Diagnostic) String() string {
	var b strings.Builder
	prefix := ""
	if d.Severity == SevWarning {
		prefix = "warning: "
	}
	// File names, messages and source lines may carry a hostile file's
	// bytes: control characters reach the terminal as visible escapes.
	fmt.Fprintf(&b, "%s:%d:%d: %s%s", termsafe.Line(d.File), d.Line, d.Col, prefix, termsafe.Text(d.Message))
	if d.Source != "" {
		gutter := fmt.Sprintf("%5d | ", d.Line)
		fmt.Fprintf(&b, "\n%s%s\n%s|%s^", gutter, termsafe.Text(d.Source), strings.Repeat(" ", len(gutter)-2), caretPad(d.Source, d.Col))
	}
	return b.String()
}

// caretPad returns the whitespace that puts a caret under column col
// (1-based, counted in runes) of src as printed, keeping tabs so the caret
// lines up and widening for runes printed as escapes.
func caretPad(src string, col int) string {
	var b strings.Builder
	b.WriteByte(' ')
	i := 1
	for _, r := range src {
		if i >= col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(termsafe.Text(string(r)))))
		}
		i++
	}
	for ; i < col; i++ {
		b.WriteByte(' ')
	}
	return b.String()
}

// Diagnostics is a list of findings; as an error it renders all of them.
type Diagnostics []Diagnostic

// Errors returns only the error-severity findings.
func (ds Diagnostics) Errors() Diagnostics { return ds.bySeverity(SevError) }

// Warnings returns only the warning-severity findings.
func (ds Diagnostics) Warnings() Diagnostics { return ds.bySeverity(SevWarning) }

func (ds Diagnostics) bySeverity(sev string) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == sev {
			out = append(out, d)
		}
	}
	return out
}

// Sorted returns the findings ordered by line and column (stable otherwise).
func (ds Diagnostics) Sorted() Diagnostics {
	out := append(Diagnostics(nil), ds...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Col < out[j].Col
	})
	return out
}

// HasErrors reports whether any finding is an error.
func (ds Diagnostics) HasErrors() bool { return len(ds.Errors()) > 0 }

// Error renders every finding, one block each.
func (ds Diagnostics) Error() string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.String()
	}
	return strings.Join(parts, "\n")
}

package scenario

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A hostile file's bytes reach the terminal as visible escapes: a source
// line that retitles the window prints as \x1b…\a, and the caret still
// stands under the column it names.
func TestDiagnosticStringEscapesControlCharacters(t *testing.T) {
	d := Diagnostic{File: "x\x1b.yaml", Line: 2, Col: 9, Severity: SevError,
		Message: "unknown key \x1b]0;owned\x07", Source: "a: \x1b]0;b: 1"}
	got := d.String()
	assert.NotContains(t, got, "\x1b")
	assert.NotContains(t, got, "\x07")
	assert.Contains(t, got, `x\x1b.yaml:2:9: unknown key \x1b]0;owned\a`)
	assert.Contains(t, got, "    2 | a: \\x1b]0;b: 1\n      |            ^")
}

package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTyped: characters typed with Ctrl (a shortcut) are not text; with
// AltGr (Ctrl and Alt) or no modifier they are.
func TestTyped(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		ctrl, alt bool
		want      string
	}{
		{"plain", "k7qm", false, false, "k7qm"},
		{"Ctrl+V", "v", true, false, ""},
		{"AltGr", "@", true, true, "@"},
		{"Alt alone", "x", false, true, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(typed([]rune(tt.in), tt.ctrl, tt.alt)))
		})
	}
}

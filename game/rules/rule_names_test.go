package rules

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestNameRulesNamesEveryBreachRule(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a breached personal_data on crew-list", "a breached the personal-data rules on crew-list"},
		{"a breached orcon on x", "a breached ORCON on x"},
		{"a breached tlp on x", "a breached TLP on x"},
		{"a breached insecure_link on x", "a breached the channel's classification limit on x"},
		{"a breached rel_to on x", "a breached REL TO on x"},
		{"orcon and tlp as words", "orcon and tlp as words"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, NameRules(tt.in))
	}
}

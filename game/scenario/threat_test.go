package scenario

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLeakShiftZeroMeansNoShift: a written leak_shift: 0 stays 0 through
// the defaults (it used to become 1); an absent one is the default 1.
func TestLeakShiftZeroMeansNoShift(t *testing.T) {
	_, data := readTestdata(t, "mini.yaml")
	for _, tc := range []struct {
		name, line string
		want       int
	}{
		{"absent", "", DefaultLeakShift},
		{"zero", "    leak_shift: 0\n", 0},
		{"three", "    leak_shift: 3\n", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := strings.Replace(string(data), "    disrupt: {capabilities: [watch, arrest]}\n",
				"    disrupt: {capabilities: [watch, arrest]}\n"+tc.line, 1)
			s, diags := Parse("mini.yaml", []byte(src))
			require.NotNil(t, s, "%v", diags)
			require.NotNil(t, s.Threats[0].LeakShift)
			assert.Equal(t, tc.want, *s.Threats[0].LeakShift)
			assert.Equal(t, tc.want, s.Threats[0].Shift())
		})
	}
	assert.Equal(t, DefaultLeakShift, (&Threat{}).Shift(), "before defaults")
}

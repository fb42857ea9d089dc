package scenario

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Lines where go-yaml opens a flow collection the pre-scan used to read as
// plain text: an alias, tag or directive whose "name" runs into a flow
// indicator. At 3.6 MB they cost go-yaml 2.5–3.4 s and 0.9–1.2 GB before
// any error; now the pre-scan refuses the first such name, where it stands.
func TestPrescanRefusesFlowIndicatorsInNames(t *testing.T) {
	cases := []struct {
		name, line string
		col        int
		want       string
	}{
		{"directive then flow", "k: %[0" + strings.Repeat(",0 0", 2000), 5, `cannot contain "["`},
		{"alias running into a flow", "k: *0,0 " + strings.Repeat("[0,", 2000), 6, `cannot contain ","`},
		{"tag with a brace", "k: !a{b: 1}", 6, `cannot contain "{"`},
		{"anchor before a key", "&a]b k: 1", 3, `cannot contain "]"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte("id: t\n" + tc.line + "\n")
			_, err := prescan(data, DefaultLimits)
			require.NotNil(t, err)
			assert.Equal(t, 2, err.Line)
			assert.Equal(t, tc.col, err.Col)
			assert.Contains(t, err.Message, tc.want)
		})
	}
	// Names as scenario files write them still pass, and flow indicators
	// inside a flow end a name as before.
	for _, ok := range []string{"a: &x 1\nb: *x\n", "a: [*x, *y]\n", "a: {k: *x}\n", "a: !!str 1\n"} {
		_, err := prescan([]byte(ok), DefaultLimits)
		assert.Nil(t, err, ok)
	}
}

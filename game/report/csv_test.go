package report

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCSVCellsNeverStartAFormula(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Agency orders share", "Agency orders share"},
		{"=cmd|' /C calc'!A0 orders share", "'=cmd|' /C calc'!A0 orders share"},
		{"+1 trust", "'+1 trust"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"  =1", "'  =1"},
		{"\n=HYPERLINK(\"http://evil.example\")", "'\n=HYPERLINK(\"http://evil.example\")"},
		{"a = b", "a = b"},
		{"", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, cellSafe(c.in), "cellSafe(%q)", c.in)
	}
	// Through WriteCSV: the free-text columns of the hostile game's timeline.
	a := &AAR{Timeline: []Entry{{Seq: 1, Round: 1, Kind: "note", What: "=cmd", Why: "@x"}}}
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, a))
	rows, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	for i, v := range rows[1] {
		if v != "" {
			assert.NotContains(t, "=+-@\t\r", v[:1], "column %s starts a formula: %q", CSVHeader[i], v)
		}
	}
}

package scenario

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRefusedFieldHasNoDerivedFindings checks that a value refused as
// written is reported once, at itself, and that no later check runs on the
// decoder's guess for it (rounds: 6.5 read as 6 would make "deadline 7 is
// after the last round (6)").
func TestRefusedFieldHasNoDerivedFindings(t *testing.T) {
	tutorial := string(readShipped(t, "tutorial.yaml"))
	cases := []struct {
		name, from, to string
		line, col      int
		msg            string
	}{
		{"rounds above a deadline", "\nrounds: 7\n", "\nrounds: 6.5\n", 11, 9, `"rounds" must be a whole number, not 6.5`},
		{"rounds below injects", "\nrounds: 7\n", "\nrounds: 4.5\n", 11, 9, `"rounds" must be a whole number, not 4.5`},
		{"rounds below 1", "\nrounds: 7\n", "\nrounds: 0.5\n", 11, 9, `"rounds" must be a whole number, not 0.5`},
		{"required text", "\ntitle: \"Tutorial: The Lantern Consignment\"\n", "\ntitle: 12345\n", 9, 8, `"title" must be text, not the number 12345`},
		{"trust in a map", "{estrel-fpl: 60}", "{estrel-fpl: 60.5}", 46, 29, `must be a whole number, not 60.5`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, tutorial, tc.from)
			src := strings.Replace(tutorial, tc.from, tc.to, 1)
			s, diags := Parse("tutorial.yaml", []byte(src))
			assert.Nil(t, s)
			require.Len(t, diags, 1, "%v", diags)
			assert.Contains(t, diags[0].Message, tc.msg)
			assert.Equal(t, [2]int{tc.line, tc.col}, [2]int{diags[0].Line, diags[0].Col})
		})
	}
}

// TestZeroAtFollowsPaths checks that zeroAt reaches fields through
// structs, lists and maps, and leaves a path that leads nowhere alone.
func TestZeroAtFollowsPaths(t *testing.T) {
	sc := &Scenario{
		Rounds: 6,
		Teams:  []Team{{ID: "a", AP: 3}},
		Trust:  map[string]map[string]int{"a": {"b": 50}},
		Seats:  map[string]string{"a": "human"},
	}
	refused := refusedFields{}
	for _, path := range [][]step{{"rounds"}, {"teams", 0, "ap"}, {"trust", "a", "b"}, {"seats", "a"}, {"teams", 5, "ap"}, {"nope"}, {"seats", "zz"}} {
		refused.add(path)
	}
	refused.zero(sc)
	assert.Zero(t, sc.Rounds)
	assert.Zero(t, sc.Teams[0].AP)
	assert.Equal(t, "a", sc.Teams[0].ID)
	assert.Equal(t, map[string]map[string]int{"a": {"b": 0}}, sc.Trust)
	assert.Equal(t, map[string]string{"a": ""}, sc.Seats)
	assert.True(t, refused.has([]step{"teams", 0, "ap"}))
	assert.False(t, refused.has([]step{"teams", 0}))
}

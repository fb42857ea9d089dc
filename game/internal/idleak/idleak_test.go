package idleak

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/rules"
	"liaison/game/scenario"
)

func TestFindMatchesWholeWordsOnly(t *testing.T) {
	ids := Set{"crew-list": true, "lantern:who": true, "lantern": true, "req-3": true}
	tests := []struct {
		line string
		want []string
	}{
		{"you shared crew-list.", []string{"crew-list"}},
		{"facet lantern:who: held", []string{"lantern:who", "lantern"}},
		{"(req-3)", []string{"req-3"}},
		{"“req-3”", []string{"req-3"}},
		{"crew-lists and the Lantern consignment", nil},
		{"req-30 and xreq-3", nil},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, ids.Find(tt.line), tt.line)
	}
}

func TestIDsLeaveOutWordsOfTheScenarioProse(t *testing.T) {
	sc := &scenario.Scenario{
		Title:   "The harbour watch",
		Teams:   []scenario.Team{{ID: "alpha-team", Name: "Alpha"}, {ID: "harbour", Name: "Port"}},
		Threats: []scenario.Threat{{ID: "plot", Name: "The Plot", Facets: []string{"plot:who"}}},
	}
	ids := IDs(sc, []rules.Event{{Kind: rules.EvRequest, Ref: "req-1"}, {Kind: rules.EvPropose, Ref: "op-plot-1"}})
	for _, id := range []string{"alpha-team", "plot", "plot:who", "req-1", "op-plot-1"} {
		require.True(t, ids[id], id)
	}
	require.False(t, ids["harbour"], "a word of the title is prose")
}

package explain

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/scenario"
	"liaison/scenarios"
)

func TestTutorialExplained(t *testing.T) {
	sc, data := shippedtest.Load(t, "tutorial.yaml")
	e := Explain(sc, ExplicitNeeds(data))
	require.Len(t, e.Teams, 2)
	estrel := e.Teams[1]
	require.Len(t, estrel.Needs, 1)
	n := estrel.Needs[0]
	assert.Equal(t, "crew-list", n.Item)
	assert.False(t, n.Explicit, "the tutorial leaves its needs to the defaults")
	assert.Equal(t, []string{"smuggling"}, n.Topics, "maritime is not in Estrel's mandate")
	assert.Equal(t, "the round before lantern's deadline in round 7", n.ByWhy)

	require.Len(t, e.Threats, 1)
	th := e.Threats[0]
	assert.Equal(t, []FacetInfo{
		{Facet: "lantern:who", First: 1, Holders: []string{"valmora-cio"}, Items: []string{"crew-list"}},
		{Facet: "lantern:where", First: 1, Holders: []string{"estrel-fpl"}, Items: []string{"berth-roster"}},
		{Facet: "lantern:when", First: 2, Holders: []string{"estrel-fpl"}, Items: []string{"harbour-tip"}, False: []string{"quayside-rumour"}},
	}, th.Facets)
	// The lessons' own timing: the crew list crosses the instant secure
	// link in round 1, the tip arrives in round 2, a fuse in round 3, a
	// proposal in 4, both commit in 5: two rounds before the deadline.
	require.NotNil(t, th.Best)
	assert.Equal(t, 3, th.Best.FuseRound)
	assert.Equal(t, 5, th.Best.Commit)
	assert.Equal(t, 2, th.Best.Lead)
	assert.Empty(t, th.Why)

	require.Len(t, e.Links, 2)
	p := e.Links[0].Partners[0]
	assert.Equal(t, "estrel-fpl", p.Team)
	require.Len(t, p.Channels, 2)
	assert.Equal(t, "strait-secure", p.Channels[0].ID)
	assert.Equal(t, 0, p.Channels[0].Latency)
	assert.True(t, p.Channels[0].Secure)
}

func TestExplicitNeeds(t *testing.T) {
	got := ExplicitNeeds([]byte("items:\n  - id: a\n    need: []\n  - id: b\n  - id: c\n    need: [{team: x, by: 2}]\n"))
	assert.Equal(t, map[string]bool{"a": true, "c": true}, got)
	assert.Empty(t, ExplicitNeeds([]byte("items: [")), "a file that does not parse names none")
}

// TestTimingFollowsTheNetwork: slowing the only channels down, or taking
// away the liaison slots, pushes the tightest operation later; with no way
// to reach the other team at all, no team can fuse.
func TestTimingFollowsTheNetwork(t *testing.T) {
	base, _ := shippedtest.Load(t, "tutorial.yaml")
	commit := func(sc *scenario.Scenario) int {
		th := Explain(sc, nil).Threats[0]
		if th.Best == nil {
			return 0
		}
		return th.Best.Commit
	}
	zero := 0
	noSlots := func(sc *scenario.Scenario) {
		sc.Teams = append([]scenario.Team(nil), sc.Teams...)
		for i := range sc.Teams {
			sc.Teams[i].LiaisonSlots = &zero
		}
	}
	slow := func(sc *scenario.Scenario) {
		sc.Channels = append([]scenario.Channel(nil), sc.Channels...)
		for i := range sc.Channels {
			l := 3
			sc.Channels[i].Latency = &l
		}
	}
	cases := []struct {
		name   string
		change func(*scenario.Scenario)
		want   int
	}{
		{"as shipped", func(*scenario.Scenario) {}, 5},
		{"no liaison slots", noSlots, 6},
		{"no slots, slow channels", func(sc *scenario.Scenario) { noSlots(sc); slow(sc) }, 9},
		{"no slots, no channels", func(sc *scenario.Scenario) { noSlots(sc); sc.Channels = nil }, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sc := *base
			tc.change(&sc)
			assert.Equal(t, tc.want, commit(&sc))
		})
	}
}

func TestWriteTextUsesNamesAndIDs(t *testing.T) {
	sc, data := shippedtest.Load(t, "harbour-watch.yaml")
	var b bytes.Buffer
	require.NoError(t, WriteText(&b, sc, Explain(sc, ExplicitNeeds(data))))
	out := b.String()
	for _, want := range []string{
		"Need-to-know pairs per team",
		"Nordvik Security Service [nordvik-sss]",
		"The Grey Tide consignment [harbour], deadline round 9",
		"tightest: ",
		"Channels: how each team reaches each partner",
	} {
		assert.Contains(t, out, want)
	}
}

func TestExplainEveryShippedScenario(t *testing.T) {
	for _, name := range scenarios.Names() {
		sc, data := shippedtest.Load(t, name)
		e := Explain(sc, ExplicitNeeds(data))
		assert.Len(t, e.Threats, len(sc.Threats), name)
		var b bytes.Buffer
		require.NoError(t, WriteText(&b, sc, e))
	}
}

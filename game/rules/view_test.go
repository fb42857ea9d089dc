package rules

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

func TestViewShowsOnlyWhatTheTeamKnows(t *testing.T) {
	s := mini(func(s *scenario.Scenario) {
		s.Threats = append(s.Threats, scenario.Threat{ID: "other", Name: "Other", Facets: []string{"other:x"}, Deadline: 8,
			Disrupt: scenario.Disrupt{Capabilities: []string{"watch"}}})
		s.Items = append(s.Items, scenario.Item{ID: "x", Title: "X", Origin: "c", Facets: []string{"other:x"}})
		s.Injects = []scenario.Inject{
			{ID: "to-a", At: 1, Text: "for a", To: []string{"a"}, Effect: scenario.Effect{Note: "facilitator only"}},
		}
	})
	st := New(s, 1)
	st, _ = play(t, st, share("a", "who", "ab", "b"), Order{Kind: Request, Team: "c", To: []string{"b"}, Threat: "plot", Channel: "bc-gw"})
	v := st.View("a")
	assert.Equal(t, "mini", v.Scenario)
	assert.Equal(t, 2, v.Round)
	assert.Equal(t, 8, v.Rounds)
	assert.Equal(t, 3, v.AP)
	assert.Len(t, v.Teams, 3, "every team's public profile")
	for _, it := range v.Items {
		assert.True(t, st.Holds("a", it.ID))
	}
	_, seesWhere := itemView(v, "where")
	assert.False(t, seesWhere, "b's item")
	require.Len(t, v.Threats, 1, "only threats a has a facet of")
	assert.Equal(t, "plot", v.Threats[0].ID)
	assert.Equal(t, "unknown plot", v.Threats[0].Name)
	assert.Zero(t, v.Threats[0].Deadline)
	assert.Empty(t, v.Threats[0].Needs)
	assert.Equal(t, []string{"plot:who", "plot:where"}, v.Threats[0].Facets)
	assert.Equal(t, []string{"plot:who"}, v.Threats[0].Held)
	assert.Empty(t, v.Requests, "c's request to b is not a's business")
	for _, c := range v.Channels {
		assert.Contains(t, c.Members, "a")
	}
	for _, e := range v.Log {
		assert.NotEqual(t, EvNote, e.Kind)
		if e.Kind == EvOrder || e.Kind == EvSend || e.Kind == EvIdle {
			assert.Equal(t, "a", e.Team)
		}
	}
	assert.Len(t, of(v.Log, EvOrder), 1)
	assert.Len(t, of(v.Log, EvSend), 1)
	assert.Empty(t, of(v.Log, EvRequest), "c's request")
	assert.Len(t, st.View("b").Requests, 1, "arrived over the latency-0 gateway")
	assert.Len(t, st.View("c").Injects, 0)
	assert.Len(t, st.View("a").Injects, 1)
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), "need")
	assert.NotContains(t, string(raw), "facilitator only")
	assert.NotContains(t, string(raw), "truth", "no item verified yet")
	unknown := st.View("zz")
	assert.Empty(t, unknown.Items)
	assert.Equal(t, "zz", unknown.Team)
}

func TestViewChannelState(t *testing.T) {
	st := New(mini(), 1)
	st, _ = play(t, st, share("a", "who", "ab", "b"), share("a", "rel", "ab", "b"))
	var ab ChannelView
	for _, c := range st.View("a").Channels {
		if c.ID == "ab" {
			ab = c
		}
	}
	assert.Equal(t, ChannelView{ID: "ab", Name: "ab", Kind: "link", Members: []string{"a", "b"}, Latency: 1, Capacity: 2, Used: 2,
		Secure: true, MaxClass: "SECRET", Up: true, InFlight: 2}, ab)
	for _, c := range st.View("b").Channels {
		if c.ID == "ab" {
			assert.Zero(t, c.InFlight, "b's own traffic only")
		}
	}
}

func TestFacilitatorSeesEverything(t *testing.T) {
	st := New(mini(withInjects(scenario.Inject{ID: "later", At: 5, Text: "t",
		When: nil, Expect: &scenario.Expectation{Text: "something"}})), 1)
	st, _ = play(t, st, share("a", "who", "ab", "b"))
	fv := st.Facilitator()
	assert.Equal(t, []string{"a", "b", "c"}, fv.TeamIDs)
	require.Len(t, fv.Teams, 3)
	assert.Equal(t, st.View("b"), fv.Teams[1])
	assert.Equal(t, [][]int{{100, 60, 60}, {60, 100, 60}, {60, 60, 100}}, fv.Trust)
	require.Len(t, fv.InFlight, 1)
	assert.Equal(t, InFlightView{Kind: "item", From: "a", To: "b", Channel: "ab", Item: "who", Sent: 1, Arrive: 2}, fv.InFlight[0])
	require.Len(t, fv.Threats, 1)
	assert.Equal(t, 6, fv.Threats[0].Deadline)
	assert.Empty(t, fv.Threats[0].Assessed)
	require.Len(t, fv.Injects, 1)
	assert.Equal(t, 0, fv.Injects[0].Fired, "pending")
	assert.Equal(t, "something", fv.Injects[0].Expect)
	assert.Len(t, fv.Channels, 5)
	assert.NotEmpty(t, of(fv.Log, EvIdle))
}

func TestInvariantCheckerCatchesLeaks(t *testing.T) {
	st := New(mini(), 1)
	evs := st.Events()
	v := st.View("b")
	require.NoError(t, checkView(st, v, evs))
	bad := v
	bad.Items = append(append([]ItemView(nil), v.Items...), ItemView{ID: "who", Readable: true})
	assert.Error(t, checkView(st, bad, evs), "an item never received")
	bad = v
	bad.Items = append([]ItemView(nil), v.Items...)
	bad.Items[0].Readable = false
	assert.Error(t, checkView(st, bad, evs), "garbled item with content")
	bad = v
	bad.Messages = []MessageView{{From: "a"}}
	assert.Error(t, checkView(st, bad, evs), "a message never received")
	bad = v
	bad.Threats = []ThreatView{{ID: "plot", Name: "The Plot"}}
	assert.Error(t, checkView(st, bad, evs), "hidden threat details")
}

// TestViewCarriesShortNames: the scenario's short names reach the view (for
// the map and action labels), and are absent when the scenario gives none.
func TestViewCarriesShortNames(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) {
		s.Teams[1].Short = "Bee"
		s.Channels[1].Short = "Radio"
	}), 1)
	v := st.View("a")
	assert.Equal(t, []string{"", "Bee", ""}, []string{v.Teams[0].Short, v.Teams[1].Short, v.Teams[2].Short})
	shorts := map[string]string{}
	for _, c := range v.Channels {
		shorts[c.ID] = c.Short
	}
	assert.Equal(t, "Radio", shorts["ab-radio"])
	assert.Equal(t, "", shorts["ab"])
	assert.Equal(t, "Radio", st.Facilitator().Channels[1].Short)
}

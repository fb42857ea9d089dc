package scenario

import (
	"fmt"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// pick draws a non-empty subset of xs, in xs order.
func pick(t *rapid.T, label string, xs []string) []string {
	var out []string
	for _, x := range xs {
		if rapid.Bool().Draw(t, label+" "+x) {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		out = []string{rapid.SampledFrom(xs).Draw(t, label)}
	}
	return out
}

// maybe returns "" or one of xs.
func maybe(t *rapid.T, label string, xs ...string) string {
	return rapid.SampledFrom(append([]string{""}, xs...)).Draw(t, label)
}

func intPtr(v int) *int { return &v }

// text draws a short display string, including characters YAML must quote.
var text = rapid.StringMatching(`[A-Z][a-z]{2,8}( [a-z]{1,8}){0,3}([:#'"!&*]? [A-Za-z]{1,5})?`)

// genScenario builds a small valid scenario: 2-4 teams joined in a chain of
// links (so every need can be met), one threat whose every facet some true
// item reveals, items held at the start or delivered by an inject.
func genScenario(t *rapid.T) *Scenario {
	nTeams := rapid.IntRange(2, 4).Draw(t, "teams")
	rounds := rapid.IntRange(4, 12).Draw(t, "rounds")
	s := &Scenario{
		ID:         rapid.StringMatching(`[a-z][a-z0-9-]{0,15}`).Draw(t, "id"),
		Title:      text.Draw(t, "title"),
		Rounds:     rounds,
		RoundLabel: maybe(t, "round_label", "6 hours", "1 day"),
		Seed:       rapid.Uint64().Draw(t, "seed"),
		Briefing:   maybe(t, "briefing", "Line one.\nLine two: with a colon.\n"),
	}
	caps := []string{"watch", "arrest", "finance", "cyber", "border"}
	topics := []string{"sea", "port", "money", "net"}
	formats := []string{"json-stix", "xml-case", "csv-legacy"}
	var ids []string
	for i := 0; i < nTeams; i++ {
		id := fmt.Sprintf("team-%c", 'a'+i)
		ids = append(ids, id)
		tm := Team{
			ID:           id,
			Name:         text.Draw(t, "name"),
			Country:      text.Draw(t, "country"),
			Capabilities: pick(t, "caps", caps),
			Mandate:      pick(t, "mandate", topics),
			AP:           rapid.IntRange(0, 20).Draw(t, "ap"),
			Format:       maybe(t, "format", formats...),
			Clearance:    maybe(t, "clearance", Classifications...),
			Colour:       maybe(t, "colour", "#123abc", "#FFAA00"),
			Legal:        Legal{PersonalData: maybe(t, "personal_data", PersonalDataAllowed, PersonalDataForbidden)},
			Culture:      Culture{Tempo: maybe(t, "tempo", "fast", "normal", "slow"), Formality: rapid.Bool().Draw(t, "formality")},
		}
		if rapid.Bool().Draw(t, "slots") {
			tm.LiaisonSlots = intPtr(rapid.IntRange(0, 8).Draw(t, "liaison_slots"))
		}
		s.Teams = append(s.Teams, tm)
	}
	for i := 0; i+1 < nTeams; i++ {
		c := Channel{
			Between:  []string{ids[i], ids[i+1]},
			Capacity: rapid.IntRange(0, 100).Draw(t, "capacity"),
			Secure:   rapid.Bool().Draw(t, "secure"),
			MaxClass: maybe(t, "max_class", Classifications...),
		}
		if rapid.Bool().Draw(t, "has latency") {
			c.Latency = intPtr(rapid.IntRange(0, 10).Draw(t, "latency"))
		}
		if rapid.Bool().Draw(t, "has outage") {
			c.Outages = []Window{{From: rapid.IntRange(1, rounds).Draw(t, "from"), Rounds: rapid.IntRange(1, 3).Draw(t, "outage rounds")}}
		}
		s.Channels = append(s.Channels, c)
	}
	if nTeams > 2 && rapid.Bool().Draw(t, "database") {
		s.Channels = append(s.Channels, Channel{ID: "platform", Kind: ChannelDatabase, Between: append([]string{}, ids...), Format: FormatAuto})
	}
	s.Trust = map[string]map[string]int{}
	for _, a := range ids {
		for _, b := range ids {
			if a != b && rapid.Bool().Draw(t, "trust pair") {
				if s.Trust[a] == nil {
					s.Trust[a] = map[string]int{}
				}
				s.Trust[a][b] = rapid.IntRange(0, 100).Draw(t, "trust")
			}
		}
	}
	if len(s.Trust) == 0 {
		s.Trust = nil
	}
	var teamCaps []string
	for _, c := range caps {
		for _, tm := range s.Teams {
			if tm.HasCapability(c) {
				teamCaps = append(teamCaps, c)
				break
			}
		}
	}
	facets := pick(t, "facets", []string{"plot:who", "plot:where", "plot:when"})
	s.Threats = []Threat{{
		ID:       "plot",
		Name:     text.Draw(t, "threat name"),
		Facets:   facets,
		Deadline: rapid.IntRange(1, rounds).Draw(t, "deadline"),
		Disrupt:  Disrupt{Capabilities: pick(t, "disrupt", teamCaps), MinTeams: rapid.IntRange(0, nTeams).Draw(t, "min_teams")},
	}}
	nItems := rapid.IntRange(len(facets), len(facets)+3).Draw(t, "items")
	for i := 0; i < nItems; i++ {
		origin := rapid.SampledFrom(ids).Draw(t, "origin")
		it := Item{
			ID:        fmt.Sprintf("item-%d", i),
			Title:     text.Draw(t, "item title"),
			Origin:    origin,
			Class:     maybe(t, "class", Classifications...),
			Admiralty: maybe(t, "admiralty", "A1", "B2", "C3", "F6"),
			Topics:    pick(t, "topics", topics),
			Caveats: Caveats{
				TLP:          maybe(t, "tlp", TLPs...),
				ORCON:        rapid.Bool().Draw(t, "orcon"),
				PersonalData: rapid.Bool().Draw(t, "personal data"),
			},
		}
		// The holder (the originator) must be cleared for the item's class.
		if tm, ok := s.Team(origin); ok && it.Class != "" {
			clear := tm.Clearance
			if clear == "" {
				clear = "SECRET"
			}
			if ClassRank(it.Class) > ClassRank(clear) {
				it.Class = clear
			}
		}
		if i < len(facets) {
			it.Facets = []string{facets[i]} // every facet has a true item
		} else {
			if rapid.Bool().Draw(t, "has facets") {
				it.Facets = pick(t, "item facets", facets)
			}
			if rapid.Bool().Draw(t, "red herring") {
				it.Truth = new(bool)
			}
		}
		if rapid.Bool().Draw(t, "rel_to") {
			it.Caveats.RelTo = pick(t, "rel_to", ids)
		}
		if rapid.Bool().Draw(t, "held") {
			it.HeldBy = []string{origin}
		} else {
			s.Injects = append(s.Injects, Inject{
				At:     rapid.IntRange(1, rounds).Draw(t, "deliver at"),
				Effect: Effect{Deliver: &Delivery{Item: it.ID, To: []string{origin}}},
			})
		}
		s.Items = append(s.Items, it)
	}
	for n := rapid.IntRange(0, 2).Draw(t, "text injects"); n > 0; n-- {
		s.Injects = append(s.Injects, Inject{
			At:     rapid.IntRange(1, rounds).Draw(t, "at"),
			Text:   text.Draw(t, "inject text"),
			To:     pick(t, "to", ids),
			Expect: &Expectation{Text: text.Draw(t, "expect"), Check: &Condition{ThreatDisrupted: &ThreatTeam{Threat: "plot"}}},
		})
	}
	if rapid.Bool().Draw(t, "rules") {
		s.Rules.DefaultTrust = rapid.IntRange(0, 100).Draw(t, "default_trust")
		s.Rules.JointTrust = rapid.IntRange(0, 100).Draw(t, "joint_trust")
		s.Rules.TrustMoves.Liaison = rapid.IntRange(0, 50).Draw(t, "liaison move")
	}
	return s
}

func TestPropertyGeneratedScenariosLoad(t *testing.T) {
	sch := compileSchema(t)
	rapid.Check(t, func(rt *rapid.T) {
		gen := genScenario(rt)
		src, err := yaml.Marshal(gen)
		require.NoError(rt, err)

		s, diags := Parse("gen.yaml", src)
		require.Empty(rt, diags.Errors(), "errors in a generated valid scenario:\n%s", src)
		require.NotNil(rt, s)

		// What was written is what was read, plus the defaults.
		want := clone(rt, gen)
		ApplyDefaults(want)
		assert.Equal(rt, want, s)

		// Defaults are idempotent: applying them again changes nothing.
		again := clone(rt, s)
		ApplyDefaults(again)
		assert.Equal(rt, s, again)

		// The one-pass first-round table agrees with FirstAvailable.
		firsts := firstRounds(s)
		for _, it := range s.Items {
			assert.Equal(rt, FirstAvailable(s, it.ID), firsts[it.ID], it.ID)
		}

		// The schema agrees that the file is valid.
		assert.NoError(rt, sch.Validate(yamlToJSON(rt, src)), "%s", src)
	})
}

func TestApplyDefaultsIdempotentOnMinimal(t *testing.T) {
	s := &Scenario{
		ID: "x", Title: "X", Rounds: 3,
		Teams:    []Team{{ID: "a", Name: "A", Country: "A", Mandate: []string{"m"}}, {ID: "b", Name: "B", Country: "B", Mandate: []string{"m"}}},
		Channels: []Channel{{Between: []string{"a", "b"}}},
		Items:    []Item{{ID: "i", Title: "I", Origin: "a", Facets: []string{"t:x"}, Topics: []string{"m"}, HeldBy: []string{"a"}}},
		Threats:  []Threat{{ID: "t", Name: "T", Facets: []string{"t:x"}, Deadline: 3, Disrupt: Disrupt{Capabilities: []string{"c"}}}},
		Injects:  []Inject{{At: 1, Text: "go", Expect: &Expectation{Text: "e"}, Effect: Effect{AP: &APChange{Team: "a", Delta: 1}}}},
	}
	ApplyDefaults(s)
	once := clone(t, s)
	ApplyDefaults(s)
	assert.Equal(t, once, s)
	// Spot-check the documented defaults.
	assert.Equal(t, "1 round", s.RoundLabel)
	assert.Equal(t, uint64(1), s.Seed)
	assert.Equal(t, 50, s.Rules.DefaultTrust)
	assert.Equal(t, 40, s.Rules.ConfirmTrust)
	assert.Equal(t, 30, s.Rules.JointTrust)
	assert.Equal(t, 40, s.Rules.ReleaseTrust)
	assert.Equal(t, 2, s.Rules.RequestExpiry)
	assert.InDelta(t, 0.2, *s.Rules.LeakChance, 1e-12)
	assert.Equal(t, TrustMoves{UsefulShare: 4, FalseShared: 8, Breach: 15, Unanswered: 5, Liaison: 2, Informal: 2, JointSuccess: 6, Stood: 6}, s.Rules.TrustMoves)
	assert.Equal(t, Severity{TLPRed: 25, PersonalData: 20, InsecureLink: 20, ORCON: 15, RelTo: 15}, s.Scoring.Severity)
	a := s.Teams[0]
	assert.Equal(t, 3, a.AP)
	assert.Equal(t, DefaultFormat, a.Format)
	assert.Equal(t, "SECRET", a.Clearance)
	assert.Equal(t, PersonalDataAllowed, a.Legal.PersonalData)
	assert.Equal(t, 1, *a.LiaisonSlots)
	assert.Equal(t, "normal", a.Culture.Tempo)
	assert.Equal(t, Palette[0], a.Colour)
	assert.Equal(t, Palette[1], s.Teams[1].Colour)
	c := s.Channels[0]
	assert.Equal(t, ChannelLink, c.Kind)
	assert.Equal(t, "a~b", c.ID)
	assert.Equal(t, 1, *c.Latency)
	assert.Equal(t, 2, c.Capacity)
	assert.Equal(t, "RESTRICTED", c.MaxClass)
	assert.InDelta(t, 0.2, *c.Leak, 1e-12)
	it := s.Items[0]
	assert.Equal(t, "RESTRICTED", it.Class)
	assert.Equal(t, "GREEN", it.Caveats.TLP)
	assert.Equal(t, "C3", it.Admiralty)
	assert.True(t, *it.Truth)
	assert.Equal(t, DefaultFormat, it.Format)
	assert.Equal(t, []Need{{Team: "b", By: 2}}, it.Need)
	th := s.Threats[0]
	assert.Equal(t, 3, th.LeadRounds)
	assert.Equal(t, 1, *th.LeakShift)
	assert.Equal(t, 2, th.Disrupt.MinTeams)
	in := s.Injects[0]
	assert.Equal(t, "inject-1", in.ID)
	assert.Equal(t, 2, in.Expect.Within)
	assert.Equal(t, 1, in.Effect.AP.Rounds)
	assert.Equal(t, map[string]string{"a": "human", "b": "cooperative"}, s.Seats)
}

package narrative

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/idleak"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
)

const (
	me      = "valmora-cio"
	partner = "estrel-fpl"
)

// tutorialView is Valmora's view in the tutorial with its starting cards.
func tutorialView(assessed bool) rules.View {
	v := rules.View{Team: me, Round: 3, Rounds: 7,
		Items: []rules.ItemView{
			{ID: "crew-list", Root: "crew-list", Title: "Crew list of the MV Corran Bay", Format: "json-stix", Readable: true, Confirmed: true, Received: 1, Admiralty: "B2"},
		},
		Channels: []rules.ChannelView{{ID: "strait-secure", Name: "Strait secure link", Up: true},
			{ID: "liaison:valmora-cio>estrel-fpl", Name: "Liaison officer of valmora-cio at estrel-fpl", Format: "auto", Up: true}},
		Requests: []rules.RequestView{{ID: "req-1", From: me, To: partner, Facet: "lantern:where", Round: 1, Answered: true}},
		Threats:  []rules.ThreatView{{ID: "lantern", Name: "unknown plot", Assessed: assessed, Deadline: 6, Needs: []string{"watch", "arrest"}}},
	}
	if assessed {
		v.Threats[0].Name = "The Lantern consignment"
	}
	return v
}

func TestBuildTellsEachKindOfOutcome(t *testing.T) {
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	share := rules.Order{Kind: rules.Share, Team: me, Item: "crew-list", To: []string{partner}, Channel: "strait-secure"}
	accepted := rules.Event{Round: 2, Kind: rules.EvOrder, Team: me, Ref: "share", Item: "crew-list", To: []string{partner}}
	tests := []struct {
		name     string
		assessed bool
		orders   []rules.Order
		events   []rules.Event
		items    []rules.ItemView
		section  Kind
		tone     Tone
		want     []string // every one appears in one line of the section (text or hint)
		not      []string // none appears anywhere
	}{
		{name: "share arrives garbled", orders: []rules.Order{share},
			events:  []rules.Event{accepted, {Round: 2, Kind: rules.EvSend, Team: me, To: []string{partner}, Item: "crew-list", Channel: "strait-secure", Value: 3}},
			section: Orders, tone: Action,
			want: []string{"Your share of “Crew list of the MV Corran Bay” went to Estrel Federal Police", "Strait secure link", "round 3", "garbled", "csv-legacy", "translate"}},
		{name: "share over a liaison officer arrives readable", orders: []rules.Order{{Kind: rules.Share, Team: me, Item: "crew-list", To: []string{partner}}},
			events:  []rules.Event{accepted, {Round: 2, Kind: rules.EvSend, Team: me, To: []string{partner}, Item: "crew-list", Channel: "liaison:valmora-cio>estrel-fpl", Value: 2}},
			section: Orders, tone: Good,
			want: []string{"your liaison officer at Estrel Federal Police", "this round, readable"}, not: []string{"garbled"}},
		{name: "dropped by capacity", orders: []rules.Order{share},
			events:  []rules.Event{accepted, {Round: 2, Kind: rules.EvDrop, Team: me, To: []string{partner}, Item: "crew-list", Channel: "strait-secure"}},
			section: Orders, tone: Bad, want: []string{"was dropped", "Strait secure link was full", "next round"}},
		{name: "refused with the engine's reason in names", orders: []rules.Order{share},
			events: []rules.Event{{Round: 2, Kind: rules.EvRejected, Team: me, Ref: "share", Item: "crew-list",
				Text: "estrel-fpl is not cleared for crew-list: sanitise first"}},
			section: Orders, tone: Bad,
			want: []string{"was refused: Estrel Federal Police, Liaison Bureau is not cleared for “Crew list of the MV Corran Bay”: sanitise first", "Sanitise the item"}},
		{name: "leaked on an insecure link", orders: []rules.Order{share},
			events: []rules.Event{accepted, {Round: 2, Kind: rules.EvSend, Team: me, To: []string{partner}, Item: "crew-list", Channel: "harbour-phone", Value: 2},
				{Round: 2, Kind: rules.EvLeak, Team: me, Item: "crew-list", Channel: "harbour-phone", Threat: "lantern"}},
			section: Orders, tone: Bad, want: []string{"leaked on the insecure Harbour master's phone line", "secure links"}},
		{name: "breach of a caveat", orders: []rules.Order{share},
			events: []rules.Event{accepted, {Round: 2, Kind: rules.EvSend, Team: me, To: []string{partner}, Item: "crew-list", Channel: "harbour-phone", Value: 2},
				{Round: 2, Kind: rules.EvBreach, Team: me, From: me, To: []string{partner}, Item: "crew-list", Rule: "insecure_link",
					Text: "valmora-cio sent CONFIDENTIAL item crew-list over harbour-phone, which may carry only RESTRICTED"}},
			section: Orders, tone: Bad, want: []string{"broke a handling rule: you sent CONFIDENTIAL item “Crew list of the MV Corran Bay” over the Harbour master's phone line"}},
		{name: "partner's item arrives garbled", events: []rules.Event{{Round: 2, Kind: rules.EvDeliver, Team: me, From: partner, Item: "berth-roster", Channel: "strait-secure", Confirmed: true}},
			section: Partners, tone: Action, want: []string{"Estrel Federal Police, Liaison Bureau sent you “Calder berth roster, week 12”", "garbled", "Translate it (Translate, 1 AP)"}},
		{name: "partner declines with its reason", events: []rules.Event{{Round: 2, Kind: rules.EvRespond, Team: partner, To: []string{me}, Ref: "req-1",
			Note: "Declined: we answer only over a liaison link"}},
			section: Partners, tone: Bad, want: []string{"declined your request for the “where” of an unknown plot", "Their reason: “Declined: we answer only over a liaison link”"}},
		{name: "a plot stays unknown until assessed", events: []rules.Event{{Round: 2, Kind: rules.EvPropose, Team: partner, To: []string{partner, me}, Ref: "op-lantern-1", Threat: "lantern", Value: 5}},
			section: Partners, tone: Action, want: []string{"proposes a joint operation on an unknown plot for round 5 with you", "Commit to it in round 5"}, not: []string{"Lantern consignment"}},
		{name: "an assessed plot has its name", assessed: true, events: []rules.Event{{Round: 2, Kind: rules.EvPropose, Team: partner, To: []string{partner, me}, Ref: "op-lantern-1", Threat: "lantern", Value: 5}},
			section: Partners, want: []string{"a joint operation on the Lantern consignment"}, not: []string{"unknown plot"}},
		{name: "trust moves summed per partner", events: []rules.Event{
			{Round: 2, Kind: rules.EvTrust, Team: partner, From: me, Delta: 2, Value: 47, Rule: rules.TrustLiaison, Text: "liaison officer of valmora-cio at estrel-fpl"},
			{Round: 2, Kind: rules.EvTrust, Team: partner, From: me, Delta: 2, Value: 49, Rule: rules.TrustLiaison, Text: "liaison officer of estrel-fpl at valmora-cio"}},
			section: Trust, tone: Good, want: []string{"Estrel Federal Police, Liaison Bureau's trust in you: 45 → 49 (+4): liaison officers at work."}},
		{name: "a formal partner's trust falls", events: []rules.Event{{Round: 2, Kind: rules.EvTrust, Team: partner, From: me, Delta: -2, Value: 43, Rule: rules.TrustInformal,
			Text: "estrel-fpl expects requests through a liaison officer"}},
			section: Trust, tone: Bad, want: []string{"45 → 43 (-2): Estrel Federal Police, Liaison Bureau expects requests", "liaison officer (Post liaison)"}},
		{name: "held by an outage", events: []rules.Event{{Round: 2, Kind: rules.EvDelay, Team: partner, From: me, Item: "crew-list", Channel: "strait-secure"}},
			section: Orders, tone: Bad, want: []string{"held by the outage of the Strait secure link"}},
		{name: "idle action points cost points", events: []rules.Event{{Round: 2, Kind: rules.EvIdle, Team: me, Value: 2}},
			section: Score, tone: Bad, want: []string{"2 action points (AP) unused"}},
		{name: "disruption is news and points", assessed: true, events: []rules.Event{{Round: 2, Kind: rules.EvDisrupted, Threat: "lantern", To: []string{me, partner}, Value: 2}},
			section: News, tone: Good, want: []string{"The Lantern consignment was disrupted 2 rounds before its deadline"}},
		{name: "next round's inject is news", events: []rules.Event{{Round: 3, Kind: rules.EvInject, Ref: "inject-5", To: []string{me}, Text: "Estrel's berth roster reached you in csv-legacy."}},
			section: News, want: []string{"Lesson 3: translate and verify: Estrel's berth roster"}},
		{name: "request to the team asks for an answer", events: []rules.Event{{Round: 2, Kind: rules.EvReceive, Team: me, From: partner, Ref: "req-2", Facet: "lantern:who", Channel: "strait-secure"}},
			section: Partners, tone: Action, want: []string{"asks you for the “who” of an unknown plot", "Respond"}},
		{name: "a new card is marked", items: []rules.ItemView{{ID: "harbour-tip", Title: "Tip from a Calder pilot", Readable: true, Confirmed: true, Received: 3, Admiralty: "C3"}},
			section: Cards, want: []string{"“Tip from a Calder pilot” (readable; source and information rated C3)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := tutorialView(tc.assessed)
			v.Items = append(v.Items, tc.items...)
			n := Build(Input{Scenario: sc, Team: me, Round: 2, View: v, Events: tc.events, Orders: tc.orders})
			sec := n.Section(tc.section)
			require.NotEmpty(t, sec.Lines, "section %s empty in:\n%s", tc.section, n.Text())
			for _, w := range tc.want {
				found := false
				for _, l := range sec.Lines {
					if strings.Contains(l.Text, w) || strings.Contains(l.Hint, w) {
						found = true
						if tc.tone != "" && !l.New {
							assert.Equal(t, tc.tone, l.Tone, "tone of %q", l.Text)
						}
					}
				}
				assert.True(t, found, "no line with %q in:\n%s", w, n.Text())
			}
			for _, w := range tc.not {
				assert.NotContains(t, n.Text(), w)
			}
			if tc.section == Cards {
				assert.True(t, sec.Lines[0].New)
			}
			assertNoIDs(t, idleak.IDs(sc, []rules.Event{{Ref: "req-1"}, {Ref: "req-2"}, {Ref: "op-lantern-1"}, {Channel: "liaison:valmora-cio>estrel-fpl"}}), n)
		})
	}
}

func TestTextRendersSectionsInOrder(t *testing.T) {
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	n := Build(Input{Scenario: sc, Team: me, Round: 2, View: tutorialView(false), Events: []rules.Event{
		{Round: 2, Kind: rules.EvIdle, Team: me, Value: 1},
		{Round: 2, Kind: rules.EvDeliver, Team: me, From: partner, Item: "berth-roster", Channel: "strait-secure", Confirmed: true},
	}})
	text := n.Text()
	assert.True(t, strings.HasPrefix(text, "== Round 2 of 7: Valmora Coastal Intelligence Office ==\n"), text)
	assert.Less(t, strings.Index(text, "Your partners"), strings.Index(text, "Score"))
	assert.Contains(t, text, "      what to do: Translate it")
	empty := Build(Input{Scenario: sc, Team: me, Round: 2, View: tutorialView(false), Events: []rules.Event{}})
	assert.Contains(t, empty.Text(), "Nothing happened that concerns you.")
}

func TestBuildNeverPanicsOnOddInput(t *testing.T) {
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	assert.Empty(t, Build(Input{}).Sections)
	assert.Empty(t, Build(Input{Scenario: sc, Team: "nobody"}).Sections)
	n := Build(Input{Scenario: sc, Team: me, Round: 2, Events: []rules.Event{
		{Round: 2, Kind: rules.EvSend, Team: me},
		{Round: 2, Kind: rules.EvOrder, Team: me, Ref: "share"},
		{Round: 2, Kind: rules.EvTrust, Team: me, From: "ghost", Delta: 1, Value: 3},
		{Round: 2, Kind: "made-up", Team: me, Text: "strange"},
	}, Orders: []rules.Order{{Kind: rules.Share, Team: me}, {Kind: rules.Commit, Team: me, Ref: "op-x"}}})
	assertNoIDs(t, idleak.IDs(sc, []rules.Event{{Ref: "req-1"}, {Ref: "req-2"}, {Ref: "op-lantern-1"}, {Channel: "liaison:valmora-cio>estrel-fpl"}}), n)
}

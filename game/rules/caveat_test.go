package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

// received puts items into b's inbox: a shares them to b over the database.
func received(t *testing.T, s *scenario.Scenario, items ...string) *State {
	t.Helper()
	st := New(s, 1)
	var orders []Order
	for _, it := range items {
		orders = append(orders, share("a", it, "ab", "b"))
	}
	st, evs := play(t, st, orders...)
	require.Empty(t, of(evs, EvBreach), "the originator sharing its own item breaks nothing here")
	st, _ = play(t, st)
	for _, it := range items {
		require.True(t, st.Holds("b", it))
	}
	return st
}

func TestBreaches(t *testing.T) {
	tests := []struct {
		name     string
		mod      func(*scenario.Scenario)
		setup    []string // items a gives b first
		order    Order
		rules    []string
		severity []int
		trustAB  int // a's trust in b afterwards
	}{
		{"ORCON re-shared without release", nil, []string{"orcon"}, share("b", "orcon", "bc-gw", "c"),
			[]string{RuleORCON}, []int{15}, 45},
		{"TLP RED re-shared", nil, []string{"red"}, share("b", "red", "bc-gw", "c"),
			[]string{RuleTLP}, []int{25}, 45},
		{"TLP AMBER+STRICT re-shared", func(s *scenario.Scenario) { item(s, "red").Caveats.TLP = "AMBER+STRICT" }, []string{"red"},
			share("b", "red", "bc-gw", "c"), []string{RuleTLP}, []int{25}, 45},
		{"personal data to a team whose law forbids it", func(s *scenario.Scenario) {
			team(s, "c").Legal = scenario.Legal{PersonalData: scenario.PersonalDataForbidden}
		}, []string{"pd"}, share("b", "pd", "bc-gw", "c"), []string{RulePersonalData}, []int{20}, 45},
		{"personal data without an agreement", func(s *scenario.Scenario) {
			team(s, "c").Legal = scenario.Legal{PersonalData: scenario.PersonalDataNeedsAgreement, Agreements: []string{"a"}}
		}, []string{"pd"}, share("b", "pd", "bc-gw", "c"), []string{RulePersonalData}, []int{20}, 45},
		{"personal data with an agreement is fine", func(s *scenario.Scenario) {
			team(s, "c").Legal = scenario.Legal{PersonalData: scenario.PersonalDataNeedsAgreement, Agreements: []string{"b"}}
		}, []string{"pd"}, share("b", "pd", "bc-gw", "c"), nil, nil, 60},
		{"CONFIDENTIAL over an insecure link", func(s *scenario.Scenario) {
			item(s, "who").Class = "CONFIDENTIAL"
			s.Channels = append(s.Channels, scenario.Channel{ID: "bc-radio", Between: []string{"b", "c"}, Latency: ip(0), Leak: fp(0)})
		}, []string{"who"}, share("b", "who", "bc-radio", "c"), []string{RuleInsecureLink}, []int{20}, 45},
		{"SECRET above the channel's max class", func(s *scenario.Scenario) {
			s.Channels[3].MaxClass = "CONFIDENTIAL"
		}, []string{"secret"}, share("b", "secret", "bc-gw", "c"), []string{RuleInsecureLink}, []int{20}, 45},
		{"several rules at once: one breach each", func(s *scenario.Scenario) {
			it := item(s, "orcon")
			it.Caveats = scenario.Caveats{ORCON: true, TLP: "RED", PersonalData: true}
			it.Class = "SECRET"
			team(s, "c").Legal = scenario.Legal{PersonalData: scenario.PersonalDataForbidden}
			s.Channels[3].MaxClass = "CONFIDENTIAL"
		}, []string{"orcon"}, share("b", "orcon", "bc-gw", "c"),
			[]string{RuleORCON, RuleTLP, RulePersonalData, RuleInsecureLink}, []int{15, 25, 20, 20}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var mods []func(*scenario.Scenario)
			if tc.mod != nil {
				mods = append(mods, tc.mod)
			}
			st := received(t, mini(mods...), tc.setup...)
			require.NoError(t, st.Validate(nil, tc.order), "wrong but possible: goes through")
			st, evs := play(t, st, tc.order)
			require.Len(t, of(evs, EvSend), 1)
			br := of(evs, EvBreach)
			require.Len(t, br, len(tc.rules))
			for i, b := range br {
				assert.Equal(t, tc.rules[i], b.Rule)
				assert.Equal(t, tc.severity[i], b.Value)
				assert.Equal(t, "b", b.Team)
				assert.Equal(t, "a", b.From)
				assert.Equal(t, []string{"c"}, b.To)
			}
			assert.Len(t, rule(evs, EvTrust, TrustBreach), len(tc.rules))
			assert.Equal(t, tc.trustAB, st.Trust("a", "b"))
		})
	}
}

func TestOriginatorMayShareItsOwnRestrictedItems(t *testing.T) {
	st := New(mini(), 1)
	_, evs := play(t, st, share("a", "orcon", "ab", "b"), share("a", "red", "ab", "b"))
	assert.Empty(t, of(evs, EvBreach))
}

func TestOriginatorOverInsecureLinkBreachesWithoutTrustLoss(t *testing.T) {
	st := New(mini(), 1)
	st, evs := play(t, st, share("a", "secret", "ab-radio", "b"))
	br := of(evs, EvBreach)
	require.Len(t, br, 1)
	assert.Equal(t, RuleInsecureLink, br[0].Rule)
	assert.Empty(t, of(evs, EvTrust), "nobody to lose trust in: a is the originator")
	assert.Equal(t, 1, st.Facilitator().Breaches[0])
}

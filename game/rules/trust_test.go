package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

func withTrust(from, to string, v int) func(*scenario.Scenario) {
	return func(s *scenario.Scenario) { s.Trust[from][to] = v }
}

func TestUnconfirmedBelowThreshold(t *testing.T) {
	st := New(mini(withTrust("a", "b", 39)), 1)
	st, evs := play(t, st, share("b", "where", "ab-radio", "a"))
	del := of(evs, EvDeliver)
	require.Len(t, del, 1)
	assert.True(t, del[0].Readable)
	assert.False(t, del[0].Confirmed, "a trusts b 39 < 40")
	tv := st.View("a").Threats
	require.Len(t, tv, 1)
	assert.Equal(t, []string{"plot:who"}, tv[0].Held, "unconfirmed facets are not held")
	requireReason(t, st, nil, Order{Kind: Fuse, Team: "a", Threat: "plot"}, "no readable, confirmed item reveals plot:where")
	st, _ = play(t, st, Order{Kind: Verify, Team: "a", Item: "where"})
	require.NoError(t, st.Validate(nil, Order{Kind: Fuse, Team: "a", Threat: "plot"}))

	st = New(mini(withTrust("a", "b", 40)), 1)
	_, evs = play(t, st, share("b", "where", "ab-radio", "a"))
	assert.True(t, of(evs, EvDeliver)[0].Confirmed, "at the threshold: confirmed")
}

func TestInformalRequestCostsTrust(t *testing.T) {
	formal := func(s *scenario.Scenario) { team(s, "b").Culture.Formality = true }
	tests := []struct {
		name  string
		mods  []func(*scenario.Scenario)
		delta int
	}{
		{"formal team, plain link", []func(*scenario.Scenario){formal}, -2},
		{"formal team, liaison link", []func(*scenario.Scenario){formal, func(s *scenario.Scenario) { team(s, "a").Liaisons = []string{"b"} }}, 0},
		{"informal team", nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := New(mini(tc.mods...), 1)
			_, evs := play(t, st, Order{Kind: Request, Team: "a", To: []string{"b"}, Threat: "plot"})
			inf := rule(evs, EvTrust, TrustInformal)
			if tc.delta == 0 {
				assert.Empty(t, inf)
				return
			}
			require.Len(t, inf, 1)
			assert.Equal(t, "b", inf[0].Team)
			assert.Equal(t, "a", inf[0].From)
			assert.Equal(t, tc.delta, inf[0].Delta)
		})
	}
}

func TestRequestExpiry(t *testing.T) {
	st := New(mini(), 1)
	st, _ = play(t, st, Order{Kind: Request, Team: "a", To: []string{"b"}, Threat: "plot", Channel: "ab-radio"}) // arrives in round 1
	st, evs := play(t, st)
	assert.Empty(t, of(evs, EvExpire), "round 2: one chance used")
	st, evs = play(t, st)
	exp := of(evs, EvExpire)
	require.Len(t, exp, 1, "round 3 = arrival 1 + expiry 2")
	assert.Equal(t, "b", exp[0].Team)
	assert.Equal(t, []string{"a"}, exp[0].To)
	assert.Equal(t, "req-1", exp[0].Ref)
	un := rule(evs, EvTrust, TrustUnanswered)
	require.Len(t, un, 1)
	assert.Equal(t, 55, st.Trust("a", "b"))
	assert.True(t, st.View("a").Requests[0].Expired)
	st, evs = play(t, st)
	assert.Empty(t, of(evs, EvExpire), "once")
	// Still answerable, late.
	_, evs = play(t, st, Order{Kind: Respond, Team: "b", Ref: "req-1"})
	assert.Equal(t, 4, of(evs, EvRespond)[0].Value, "answered in round 5, arrived in round 1")
}

func TestReleaseRefusedBelowTrust(t *testing.T) {
	st := New(mini(withTrust("a", "b", 39)), 1)
	st, _ = play(t, st, share("a", "orcon", "ab-radio", "b"))
	st, evs := play(t, st, Order{Kind: AskRelease, Team: "b", Item: "orcon"})
	ref := of(evs, EvRefuse)
	require.Len(t, ref, 1)
	assert.Equal(t, "a", ref[0].Team)
	assert.Equal(t, []string{"b"}, ref[0].To)
	assert.Contains(t, ref[0].Text, "below 40")
	assert.Equal(t, "refused", st.View("b").Releases[0].Status)
	require.NoError(t, st.Validate(nil, Order{Kind: AskRelease, Team: "b", Item: "orcon"}), "may ask again")
	assert.NotContains(t, st.Legal("a", nil), Order{Kind: Grant, Team: "a", Item: "orcon", To: []string{"b"}})
}

func TestTrustClampedAndInjected(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) {
		s.Injects = []scenario.Inject{{ID: "shock", At: 2, Effect: scenario.Effect{Trust: []scenario.TrustShift{
			{From: "a", To: "b", Delta: 100}, {From: "b", To: "a", Delta: -100}, {From: "c", To: "a", Delta: 0}}}}}
	}), 1)
	st, evs := play(t, st)
	tr := rule(evs, EvTrust, TrustInject)
	require.Len(t, tr, 2, "a zero change is not logged")
	assert.Equal(t, 40, tr[0].Delta)
	assert.Equal(t, 100, tr[0].Value)
	assert.Equal(t, -60, tr[1].Delta)
	assert.Equal(t, 0, tr[1].Value)
	assert.Equal(t, 100, st.Trust("a", "b"))
	assert.Equal(t, 0, st.Trust("b", "a"))
	assert.Equal(t, 100, st.Trust("a", "a"))
	assert.Equal(t, 0, st.Trust("a", "zz"))
	v := st.View("a")
	assert.Equal(t, map[string]int{"b": 100, "c": 60}, v.TrustOut)
	assert.Equal(t, map[string]int{"b": 0, "c": 60}, v.TrustIn)
}

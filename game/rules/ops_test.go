package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

// assessed brings a and b to round 3 with both holding an assessment of
// plot: a's built on where (or the lie), b's on where. Link ab becomes
// latency 0.
func assessed(t *testing.T, s *scenario.Scenario, aWhere string) *State {
	t.Helper()
	s.Channels[0].Latency = ip(0)
	st := New(s, 1)
	st, _ = play(t, st, share("a", "who", "ab", "b"), share("b", aWhere, "ab", "a"))
	st, evs := play(t, st, Order{Kind: Fuse, Team: "a", Threat: "plot"}, Order{Kind: Fuse, Team: "b", Threat: "plot"})
	require.Len(t, of(evs, EvFuse), 2)
	require.Equal(t, 3, st.Round())
	return st
}

func propose(team string, at int, to ...string) Order {
	return Order{Kind: Propose, Team: team, Threat: "plot", At: at, To: to}
}

func commit(team, ref string) Order { return Order{Kind: Commit, Team: team, Ref: ref} }

func TestOperationSucceeds(t *testing.T) {
	st := assessed(t, mini(), "where")
	st, evs := play(t, st, propose("a", 4, "b"))
	p := of(evs, EvPropose)
	require.Len(t, p, 1)
	assert.Equal(t, "op-plot-1", p[0].Ref)
	assert.Equal(t, 4, p[0].Value)
	assert.Equal(t, []string{"a", "b"}, p[0].To)
	assert.Equal(t, []OpView{{ID: "op-plot-1", Threat: "plot", Round: 4, Proposer: "a", Made: 3, Teams: []string{"a", "b"}, Committed: []string{}}}, st.View("b").Operations)
	assert.Contains(t, st.Legal("b", nil), commit("b", "op-plot-1"))
	st, evs = play(t, st, commit("a", "op-plot-1"), commit("b", "op-plot-1"))
	c := of(evs, EvCommit)
	require.Len(t, c, 2)
	assert.True(t, c[0].Truth)
	op := of(evs, EvOperation)
	require.Len(t, op, 1)
	assert.True(t, op[0].Truth, op[0].Text)
	assert.Equal(t, []string{"a", "b"}, op[0].To)
	d := of(evs, EvDisrupted)
	require.Len(t, d, 1)
	assert.Equal(t, 2, d[0].Value, "deadline 6 - round 4")
	assert.Len(t, rule(evs, EvTrust, TrustJointSuccess), 2)
	assert.Equal(t, 66+4, st.Trust("b", "a"), "60 + useful share 4 + joint success 6")
	assert.True(t, st.Over(), "the only threat is resolved")
	end := of(evs, EvEnd)
	require.Len(t, end, 1)
	assert.Contains(t, end[0].Text, "every threat")
	tv := st.View("a").Threats[0]
	assert.Equal(t, "disrupted", tv.Resolved)
	require.NotNil(t, tv.Correct, "revealed at the end")
	assert.True(t, *tv.Correct)
	assert.Equal(t, "disrupted", st.View("a").Operations[0].Outcome)
	_, evs = Resolve(st, Turn{})
	assert.Empty(t, evs, "a finished game does not move")
}

func TestOperationInDeadlineRoundCounts(t *testing.T) {
	st := assessed(t, mini(), "where")
	st, _ = play(t, st, propose("a", 6, "b"))
	st, _ = idle(t, st, 2)
	_, evs := play(t, st, commit("a", "op-plot-1"), commit("b", "op-plot-1"))
	require.True(t, of(evs, EvOperation)[0].Truth)
	assert.Equal(t, 0, of(evs, EvDisrupted)[0].Value)
	assert.Empty(t, of(evs, EvStruck))
}

func TestOperationFailures(t *testing.T) {
	tests := []struct {
		name    string
		mod     func(*scenario.Scenario)
		aWhere  string
		to      []string
		commits []string
		why     string
	}{
		{"a partner did not commit", nil, "where", []string{"b"}, []string{"a"}, "b did not commit this round"},
		{"a participant has not assessed", nil, "where", []string{"b", "c"}, []string{"a", "b", "c"}, "c has not assessed plot"},
		{"mutual trust too low", func(s *scenario.Scenario) { s.Rules.JointTrust = 65 }, "where", []string{"b"}, []string{"a", "b"},
			"trust between a and b is below 65"},
		{"capabilities not covered", func(s *scenario.Scenario) { team(s, "b").Capabilities = []string{"finance"} }, "where", []string{"b"},
			[]string{"a", "b"}, "no participant has the capability arrest"},
		{"too few teams", func(s *scenario.Scenario) { s.Threats[0].Disrupt.MinTeams = 3 }, "where", []string{"b"}, []string{"a", "b"},
			"only 2 team(s); plot needs 3"},
		{"acting on a false facet", nil, "lie", []string{"b"}, []string{"a", "b"}, "a acted on a false facet"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var mods []func(*scenario.Scenario)
			if tc.mod != nil {
				mods = append(mods, tc.mod)
			}
			st := assessed(t, mini(mods...), tc.aWhere)
			st, _ = play(t, st, propose("a", 4, tc.to...))
			var cs []Order
			for _, c := range tc.commits {
				cs = append(cs, commit(c, "op-plot-1"))
			}
			st, evs := play(t, st, cs...)
			op := of(evs, EvOperation)
			require.Len(t, op, 1)
			assert.False(t, op[0].Truth)
			assert.Contains(t, op[0].Text, tc.why)
			assert.Empty(t, of(evs, EvDisrupted))
			assert.False(t, st.Over())
			assert.Equal(t, "failed", st.View("a").Operations[0].Outcome)
			requireReason(t, st, nil, commit("a", "op-plot-1"), "already over")
		})
	}
}

func TestStoodUpCostsTrust(t *testing.T) {
	st := assessed(t, mini(), "where")
	st, _ = play(t, st, propose("a", 4, "b"))
	before := st.Trust("a", "b")
	st, evs := play(t, st, commit("a", "op-plot-1"))
	su := rule(evs, EvTrust, TrustStoodUp)
	require.Len(t, su, 1)
	assert.Equal(t, "a", su[0].Team)
	assert.Equal(t, "b", su[0].From)
	assert.Equal(t, before-6, st.Trust("a", "b"))
}

func TestEarlyCommitDoesNotCount(t *testing.T) {
	st := assessed(t, mini(), "where")
	st, _ = play(t, st, propose("a", 5, "b"))
	st, evs := play(t, st, commit("a", "op-plot-1"), commit("b", "op-plot-1"))
	c := of(evs, EvCommit)
	require.Len(t, c, 2)
	assert.False(t, c[0].Truth, "round 4 commitment to a round 5 operation")
	assert.Empty(t, of(evs, EvOperation))
	assert.Equal(t, []string{"a", "b"}, st.View("a").Operations[0].Committed)
	_, evs = play(t, st, commit("a", "op-plot-1"))
	op := of(evs, EvOperation)
	require.Len(t, op, 1)
	assert.False(t, op[0].Truth)
	assert.Contains(t, op[0].Text, "b did not commit this round")
}

func TestSecondOperationOnDisruptedThreatFails(t *testing.T) {
	st := assessed(t, mini(), "where")
	st, _ = play(t, st, propose("a", 4, "b"), propose("b", 4, "a"))
	_, evs := play(t, st, commit("a", "op-plot-1"), commit("a", "op-plot-2"), commit("b", "op-plot-1"), commit("b", "op-plot-2"))
	op := of(evs, EvOperation)
	require.Len(t, op, 2)
	assert.True(t, op[0].Truth)
	assert.False(t, op[1].Truth)
	assert.Contains(t, op[1].Text, "already disrupted")
}

func TestProposeRefusals(t *testing.T) {
	st := assessed(t, mini(), "where")
	requireReason(t, st, nil, propose("a", 3, "b"), "after this round (3) and no later than the deadline (6)")
	requireReason(t, st, nil, propose("a", 7, "b"), "no later than the deadline")
	requireReason(t, st, nil, propose("c", 4, "a"), "fuse first")
	requireReason(t, st, nil, propose("a", 4, "a"), "yourself")
	require.NoError(t, st.Validate(nil, propose("a", 4, "b", "c")))
	st, _ = play(t, st, propose("a", 4, "b"))
	requireReason(t, st, nil, commit("c", "op-plot-1"), "not part of")
}

func TestStruckAtDeadline(t *testing.T) {
	st := New(mini(), 1)
	st, evs := idle(t, st, 6)
	s := of(evs, EvStruck)
	require.Len(t, s, 1)
	assert.Equal(t, 6, s[0].Round)
	assert.True(t, st.Over())
	requireReason(t, st, nil, Order{Kind: Pass, Team: "a"}, "game is over")
	assert.Equal(t, []Order{{Kind: Pass, Team: "a"}}, st.Legal("a", nil))
}

func TestGameEndsAfterLastRound(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) { s.Threats[0].Deadline = 20; s.Rounds = 4 }), 1)
	st, evs := idle(t, st, 4)
	assert.True(t, st.Over())
	assert.Equal(t, 5, st.Round())
	end := of(evs, EvEnd)
	require.Len(t, end, 1)
	assert.Equal(t, 4, end[0].Round)
	assert.Contains(t, end[0].Text, "last round")
}

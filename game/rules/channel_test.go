package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

func TestLatency(t *testing.T) {
	tests := []struct {
		name    string
		mod     func(*scenario.Scenario)
		order   Order
		arrival int
	}{
		{"latency 1", nil, share("a", "who", "ab", "b"), 2},
		{"latency 0 arrives the same round", nil, share("a", "who", "ab-radio", "b"), 1},
		{"latency 3", func(s *scenario.Scenario) { s.Channels[0].Latency = ip(3) }, share("a", "who", "ab", "b"), 4},
		{"another language: one round later", func(s *scenario.Scenario) {
			team(s, "a").Culture.Language = "al"
			team(s, "b").Culture.Language = "bl"
		}, share("a", "who", "ab", "b"), 3},
		{"same language: no delay", func(s *scenario.Scenario) {
			team(s, "a").Culture.Language = "al"
			team(s, "b").Culture.Language = "al"
		}, share("a", "who", "ab", "b"), 2},
		{"another language with a liaison officer: no delay", func(s *scenario.Scenario) {
			team(s, "a").Culture.Language = "al"
			team(s, "b").Culture.Language = "bl"
			team(s, "b").Liaisons = []string{"a"}
		}, share("a", "who", "ab", "b"), 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var mods []func(*scenario.Scenario)
			if tc.mod != nil {
				mods = append(mods, tc.mod)
			}
			st := New(mini(mods...), 1)
			var evs []Event
			st, evs = play(t, st, tc.order)
			send := of(evs, EvSend)
			require.Len(t, send, 1)
			assert.Equal(t, tc.arrival, send[0].Value)
			arrived := 0
			for r := 1; r <= 6 && arrived == 0; r++ {
				for _, e := range of(evs, EvDeliver) {
					if e.Item == tc.order.Item && e.Team == "b" {
						arrived = e.Round
					}
				}
				if arrived == 0 {
					st, evs = play(t, st)
				}
			}
			assert.Equal(t, tc.arrival, arrived)
		})
	}
}

func TestSlowTempoRespondsLater(t *testing.T) {
	for _, tempo := range []string{"normal", "slow"} {
		st := New(mini(func(s *scenario.Scenario) { team(s, "b").Culture.Tempo = tempo }), 1)
		st, _ = play(t, st, Order{Kind: Request, Team: "a", To: []string{"b"}, Facet: "plot:where", Channel: "ab-radio"})
		_, evs := play(t, st, Order{Kind: Respond, Team: "b", Ref: "req-1", Item: "where", Channel: "ab"})
		send := of(evs, EvSend)
		require.Len(t, send, 1)
		want := 3
		if tempo == "slow" {
			want = 4
		}
		assert.Equal(t, want, send[0].Value, tempo)
	}
}

func TestCapacityDrops(t *testing.T) {
	st := New(mini(), 1)
	_, evs := play(t, st,
		share("a", "who", "ab-radio", "b"), // capacity 1: carried
		Order{Kind: Message, Team: "a", To: []string{"b"}, Channel: "ab-radio", MsgKind: MsgWarn},
		share("b", "where", "ab-radio", "a"), // b comes after a in file order: dropped
	)
	assert.Len(t, of(evs, EvSend), 1)
	drops := of(evs, EvDrop)
	require.Len(t, drops, 2)
	assert.Equal(t, "a", drops[0].Team)
	assert.Equal(t, string(MsgWarn), drops[0].Ref)
	assert.Equal(t, "b", drops[1].Team)
	assert.Equal(t, "where", drops[1].Item)
	assert.Empty(t, of(evs, EvMessage))
	assert.False(t, New(mini(), 1).Holds("a", "where"))
}

func TestOutageDelaysTrafficInFlight(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) {
		s.Channels[0].Latency = ip(1)
		s.Channels[0].Outages = []scenario.Window{{From: 2, Rounds: 2}}
	}), 1)
	st, _ = play(t, st, share("a", "who", "ab", "b"))
	st, evs := play(t, st)
	d := of(evs, EvDelay)
	require.Len(t, d, 1)
	assert.Equal(t, "b", d[0].Team)
	assert.Equal(t, "a", d[0].From)
	assert.False(t, st.Holds("b", "who"))
	st, evs = play(t, st)
	assert.Len(t, of(evs, EvDelay), 1)
	st, evs = play(t, st)
	require.Len(t, of(evs, EvDeliver), 1)
	assert.Equal(t, 4, of(evs, EvDeliver)[0].Round, "first round the channel is up")
	assert.True(t, st.Holds("b", "who"))
}

func TestOutageInject(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) {
		s.Injects = []scenario.Inject{{ID: "storm", At: 2, Effect: scenario.Effect{Outage: &scenario.Outage{Between: []string{"a", "b"}, Rounds: 2}}}}
	}), 1)
	require.NoError(t, st.Validate(nil, share("a", "who", "ab", "b")))
	st, evs := play(t, st)
	out := of(evs, EvOutage)
	require.Len(t, out, 1)
	assert.Equal(t, "ab", out[0].Channel, "the first link between a and b")
	assert.Equal(t, 3, out[0].Value)
	requireReason(t, st, nil, share("a", "who", "ab", "b"), "down")
	st, _ = play(t, st)
	requireReason(t, st, nil, share("a", "who", "ab", "b"), "down")
	st, _ = play(t, st)
	require.NoError(t, st.Validate(nil, share("a", "who", "ab", "b")))
}

func TestLeakMovesDeadline(t *testing.T) {
	leaky := func(chance float64) *scenario.Scenario {
		return mini(func(s *scenario.Scenario) { s.Channels[1].Leak = fp(chance) })
	}
	t.Run("certain leak", func(t *testing.T) {
		st := New(leaky(1), 1)
		st, evs := play(t, st, share("a", "who", "ab-radio", "b"))
		lk := of(evs, EvLeak)
		require.Len(t, lk, 1)
		assert.Equal(t, "plot", lk[0].Threat)
		dl := of(evs, EvDeadline)
		require.Len(t, dl, 1)
		assert.Equal(t, 5, dl[0].Value)
		assert.Equal(t, -1, dl[0].Delta)
		assert.Equal(t, 5, st.Deadline("plot"))
	})
	t.Run("never earlier than next round", func(t *testing.T) {
		st := New(leaky(1), 1)
		var moved []int
		for range 3 {
			var evs []Event
			st, evs = play(t, st, share("a", "who", "ab-radio", "b"))
			for _, e := range of(evs, EvDeadline) {
				moved = append(moved, e.Value)
			}
		}
		assert.Equal(t, 4, st.Round())
		assert.Equal(t, []int{5, 4}, moved, "6→5 in round 1, 5→4 in round 2, then held at round+1 in round 3")
		assert.Equal(t, 4, st.Deadline("plot"))
		// Round 4 is the deadline: the leak in it neither postpones the
		// plot (it used to move it to round 5) nor stops it striking.
		st, evs := play(t, st, share("a", "who", "ab-radio", "b"))
		require.Len(t, of(evs, EvLeak), 1, "a leak in the deadline round")
		assert.Empty(t, of(evs, EvDeadline), "a leak never postpones a threat due this round")
		require.Len(t, of(evs, EvStruck), 1, "the plot strikes on its deadline")
		assert.Equal(t, 4, of(evs, EvStruck)[0].Value)
		assert.True(t, st.Over(), "every threat is resolved")
	})
	t.Run("the deadline round itself", func(t *testing.T) {
		// Deadline 2: a leak in round 2 used to move it to round 3.
		st := New(mini(func(s *scenario.Scenario) {
			s.Channels[1].Leak = fp(1)
			s.Threats[0].Deadline = 2
		}), 1)
		st, _ = play(t, st)
		st, evs := play(t, st, share("a", "who", "ab-radio", "b"))
		require.Len(t, of(evs, EvLeak), 1)
		assert.Empty(t, of(evs, EvDeadline))
		require.Len(t, of(evs, EvStruck), 1, "struck, not left open")
		assert.Equal(t, 2, st.Deadline("plot"))
	})
	t.Run("leak_shift 0 moves nothing", func(t *testing.T) {
		st := New(mini(func(s *scenario.Scenario) {
			s.Channels[1].Leak = fp(1)
			s.Threats[0].LeakShift = ip(0)
		}), 1)
		st, evs := play(t, st, share("a", "who", "ab-radio", "b"))
		require.Len(t, of(evs, EvLeak), 1)
		assert.Empty(t, of(evs, EvDeadline))
		assert.Equal(t, 6, st.Deadline("plot"))
	})
	t.Run("leak_shift 3", func(t *testing.T) {
		st := New(mini(func(s *scenario.Scenario) {
			s.Channels[1].Leak = fp(1)
			s.Threats[0].LeakShift = ip(3)
		}), 1)
		st, _ = play(t, st, share("a", "who", "ab-radio", "b"))
		assert.Equal(t, 3, st.Deadline("plot"))
	})
	t.Run("no leak at zero", func(t *testing.T) {
		_, evs := play(t, New(leaky(0), 1), share("a", "who", "ab-radio", "b"))
		assert.Empty(t, of(evs, EvLeak))
	})
	t.Run("seeded chance", func(t *testing.T) {
		leaks := 0
		for seed := uint64(1); seed <= 200; seed++ {
			_, evs := play(t, New(leaky(0.25), seed), share("a", "who", "ab-radio", "b"))
			leaks += len(of(evs, EvLeak))
			_, again := play(t, New(leaky(0.25), seed), share("a", "who", "ab-radio", "b"))
			assert.Equal(t, len(of(evs, EvLeak)), len(of(again, EvLeak)), "same seed, same draw")
		}
		assert.InDelta(t, 50, leaks, 25)
	})
	t.Run("secure links never leak", func(t *testing.T) {
		_, evs := play(t, New(mini(func(s *scenario.Scenario) { s.Channels[0].Leak = fp(1) }), 1), share("a", "who", "ab", "b"))
		assert.Empty(t, of(evs, EvLeak))
	})
}

func TestFormats(t *testing.T) {
	tests := []struct {
		name     string
		mod      func(*scenario.Scenario)
		order    Order
		readable bool
		format   string
	}{
		{"plain link passes the format: garbled", nil, share("c", "csv", "ac", "a"), false, "csv-legacy"},
		{"gateway converts to the recipient's format", nil, share("c", "csv", "bc-gw", "b"), true, "json-stix"},
		{"named format converts to it", func(s *scenario.Scenario) { s.Channels[2].Format = "json-stix" }, share("c", "csv", "ac", "a"), true, "json-stix"},
		{"the recipient reads the format", func(s *scenario.Scenario) { team(s, "a").Reads = []string{"csv-legacy"} }, share("c", "csv", "ac", "a"), true, "csv-legacy"},
		{"database gateway", func(s *scenario.Scenario) { s.Channels[4].Format = scenario.FormatAuto }, share("c", "csv", "hub", "a", "b"), true, "json-stix"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var mods []func(*scenario.Scenario)
			if tc.mod != nil {
				mods = append(mods, tc.mod)
			}
			st := New(mini(mods...), 1)
			st, _ = play(t, st, tc.order)
			st, _ = play(t, st)
			to := tc.order.To[0]
			iv, ok := itemView(st.View(to), "csv")
			require.True(t, ok)
			assert.Equal(t, tc.readable, iv.Readable)
			assert.Equal(t, tc.format, iv.Format)
			if !tc.readable {
				assert.Empty(t, iv.Facets)
				assert.Empty(t, iv.Text)
			}
		})
	}
}

func TestDatabaseReachesEveryMember(t *testing.T) {
	st := New(mini(), 1)
	require.NoError(t, st.Validate(nil, share("a", "who", "hub", "b")), "naming one member is enough")
	st, evs := play(t, st, share("a", "who", "hub", "b"))
	send := of(evs, EvSend)
	require.Len(t, send, 2)
	assert.Equal(t, []string{"b"}, send[0].To)
	assert.Equal(t, []string{"c"}, send[1].To)
	for _, cv := range st.View("a").Channels {
		if cv.ID == "hub" {
			assert.Equal(t, 1, cv.Used, "one post, one unit of capacity")
			assert.Equal(t, "database", cv.Kind)
			assert.Equal(t, []string{"a", "b", "c"}, cv.Members)
		}
	}
	st, _ = play(t, st)
	assert.True(t, st.Holds("b", "who"))
	assert.True(t, st.Holds("c", "who"))
	_, evs = play(t, st, share("a", "secret", "hub", "b"))
	assert.Len(t, rule(evs, EvBreach, RuleInsecureLink), 1, "SECRET above the platform's CONFIDENTIAL")
}

func TestNoDuplicateHoldings(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) { team(s, "b").Legal.PersonalData = scenario.PersonalDataAllowed }), 1)
	st, _ = play(t, st, share("a", "who", "ab", "b"), share("a", "who", "hub", "b"))
	st, evs := play(t, st)
	assert.Len(t, of(evs, EvDeliver), 3, "twice to b, once to c")
	n := 0
	for _, it := range st.View("b").Items {
		if it.ID == "who" {
			n++
		}
	}
	assert.Equal(t, 1, n)
	assert.Len(t, rule(evs, EvTrust, TrustUsefulShare), 1, "the second copy is not useful")
}

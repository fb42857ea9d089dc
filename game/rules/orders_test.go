package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

func TestNewStartsAtRoundOne(t *testing.T) {
	s := mini(func(s *scenario.Scenario) {
		s.Injects = []scenario.Inject{{ID: "hello", At: 1, Text: "hello", To: []string{"a"}}, {ID: "later", At: 3, Text: "later"}}
	})
	st := New(s, 1)
	assert.Equal(t, 1, st.Round())
	assert.False(t, st.Over())
	assert.True(t, st.Holds("a", "who"))
	assert.False(t, st.Holds("b", "who"))
	assert.Equal(t, 60, st.Trust("a", "b"))
	assert.Equal(t, 3, st.APLeft("a", nil))
	evs := st.Events()
	assert.Len(t, of(evs, EvDeliver), 9, "one start delivery per holding")
	inj := of(evs, EvInject)
	require.Len(t, inj, 1)
	assert.Equal(t, "hello", inj[0].Ref)
	assert.Equal(t, []string{"a"}, inj[0].To)
	for i, e := range evs {
		assert.Equal(t, i, e.Seq)
		assert.Equal(t, 1, e.Round)
	}
	assert.Equal(t, []InjectView{{Round: 1, ID: "hello", Text: "hello"}}, st.View("a").Injects)
	assert.Empty(t, st.View("b").Injects)
}

func TestShareDelivers(t *testing.T) {
	st := New(mini(), 1)
	st, evs := play(t, st, share("a", "who", "ab", "b"))
	order := of(evs, EvOrder)
	require.Len(t, order, 1)
	assert.Equal(t, 1, order[0].Cost)
	send := of(evs, EvSend)
	require.Len(t, send, 1)
	assert.Equal(t, 2, send[0].Value, "latency 1: arrives in round 2")
	assert.False(t, st.Holds("b", "who"), "still in flight")

	st, evs = play(t, st)
	del := of(evs, EvDeliver)
	require.Len(t, del, 1)
	assert.Equal(t, Event{Seq: del[0].Seq, Round: 2, Kind: EvDeliver, Team: "b", From: "a", Item: "who", Root: "who",
		Channel: "ab", Readable: true, Confirmed: true, Text: del[0].Text}, del[0])
	assert.True(t, st.Holds("b", "who"))
	useful := rule(evs, EvTrust, TrustUsefulShare)
	require.Len(t, useful, 1, "b needs who by round 4")
	assert.Equal(t, 64, st.Trust("b", "a"))
	iv, ok := itemView(st.View("b"), "who")
	require.True(t, ok)
	assert.Equal(t, "a", iv.From)
	assert.Equal(t, []string{"plot:who"}, iv.Facets)
	assert.Equal(t, 2, iv.Received)
	require.Len(t, st.View("a").Sent, 1)
	assert.Equal(t, SentView{Item: "who", To: "b", Round: 1, Channel: "ab"}, st.View("a").Sent[0])
}

func TestShareBestChannel(t *testing.T) {
	tests := []struct {
		name string
		mod  func(*scenario.Scenario)
		want string
	}{
		{"secure link beats insecure and database", nil, "ab"},
		{"lowest latency among secure links", func(s *scenario.Scenario) {
			s.Channels = append(s.Channels, scenario.Channel{ID: "ab-fast", Between: []string{"a", "b"}, Latency: ip(0), Secure: true})
		}, "ab-fast"},
		{"database when the secure link is down", func(s *scenario.Scenario) {
			s.Channels[0].Outages = []scenario.Window{{From: 1, Rounds: 1}}
		}, "hub"},
		{"insecure last", func(s *scenario.Scenario) {
			s.Channels[0].Outages = []scenario.Window{{From: 1, Rounds: 1}}
			s.Channels[4].Outages = []scenario.Window{{From: 1, Rounds: 1}}
		}, "ab-radio"},
		{"liaison first", func(s *scenario.Scenario) { team(s, "a").Liaisons = []string{"b"} }, "liaison:a>b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var mods []func(*scenario.Scenario)
			if tc.mod != nil {
				mods = append(mods, tc.mod)
			}
			st := New(mini(mods...), 1)
			_, evs := play(t, st, share("a", "who", "", "b"))
			send := of(evs, EvSend)
			require.NotEmpty(t, send)
			assert.Equal(t, tc.want, send[0].Channel)
		})
	}
}

func TestRequestAndRespond(t *testing.T) {
	st := New(mini(), 1)
	st, evs := play(t, st, Order{Kind: Request, Team: "a", To: []string{"b"}, Facet: "plot:where", Channel: "ab"})
	req := of(evs, EvRequest)
	require.Len(t, req, 1)
	assert.Equal(t, "req-1", req[0].Ref)
	assert.Equal(t, "plot", req[0].Threat)
	assert.Empty(t, st.View("b").Requests, "not arrived yet")
	assert.Len(t, st.View("a").Requests, 1, "the requester sees its own request")
	requireReason(t, st, nil, Order{Kind: Respond, Team: "b", Ref: "req-1"}, "not reached you")
	requireReason(t, st, nil, Order{Kind: Request, Team: "a", To: []string{"b"}, Facet: "plot:where"}, "open request")

	st, evs = play(t, st)
	require.Len(t, of(evs, EvReceive), 1)
	rv := st.View("b").Requests
	require.Len(t, rv, 1)
	assert.Equal(t, RequestView{ID: "req-1", From: "a", To: "b", Threat: "plot", Facet: "plot:where", Round: 1, Arrived: 2}, rv[0])
	requireReason(t, st, nil, Order{Kind: Respond, Team: "a", Ref: "req-1"}, "addressed to b")

	st, evs = play(t, st, Order{Kind: Respond, Team: "b", Ref: "req-1", Item: "where", Channel: "ab"})
	resp := of(evs, EvRespond)
	require.Len(t, resp, 1)
	assert.Equal(t, 1, resp[0].Value, "answered at the first chance")
	assert.Equal(t, "where", resp[0].Item)
	requireReason(t, st, nil, Order{Kind: Respond, Team: "b", Ref: "req-1"}, "already answered")
	st, _ = play(t, st)
	assert.True(t, st.Holds("a", "where"))
	assert.Equal(t, "where", st.View("a").Requests[0].Answer)
}

func TestRespondDecline(t *testing.T) {
	st := New(mini(), 1)
	st, _ = play(t, st, Order{Kind: Request, Team: "a", To: []string{"b"}, Threat: "plot", Channel: "ab-radio"})
	st, evs := play(t, st, Order{Kind: Respond, Team: "b", Ref: "req-1"})
	resp := of(evs, EvRespond)
	require.Len(t, resp, 1)
	assert.Empty(t, resp[0].Item)
	assert.Equal(t, 1, resp[0].Value)
	assert.True(t, st.View("a").Requests[0].Answered)
}

func TestSanitise(t *testing.T) {
	s := mini(func(s *scenario.Scenario) {
		it := item(s, "secret")
		it.Caveats = scenario.Caveats{ORCON: true, TLP: "AMBER+STRICT", PersonalData: true, RelTo: []string{"a"}}
		it.Facets = []string{"plot:who", "plot:where"}
		it.TearLine = []string{"plot:who"}
	})
	st := New(s, 1)
	st, evs := play(t, st, Order{Kind: Sanitise, Team: "a", Item: "secret"})
	san := of(evs, EvSanitise)
	require.Len(t, san, 1)
	assert.Equal(t, "secret~s", san[0].Item)
	assert.Equal(t, "secret", san[0].Root)
	iv, ok := itemView(st.View("a"), "secret~s")
	require.True(t, ok)
	assert.Equal(t, "CONFIDENTIAL", iv.Class)
	assert.False(t, iv.ORCON)
	assert.False(t, iv.PersonalData)
	assert.Empty(t, iv.RelTo)
	assert.Equal(t, "AMBER", iv.TLP)
	assert.Equal(t, []string{"plot:who"}, iv.Facets)
	assert.True(t, iv.Sanitised)
	assert.Equal(t, "secret", iv.Root)
	requireReason(t, st, nil, Order{Kind: Sanitise, Team: "a", Item: "secret~s"}, "already a sanitised copy")
	requireReason(t, st, nil, Order{Kind: Sanitise, Team: "a", Item: "secret"}, "already hold the sanitised copy")
	// The copy may go where the original could not.
	requireReason(t, st, nil, share("a", "secret", "ab", "b"), "REL TO forbids release to b: sanitise first")
	require.NoError(t, st.Validate(nil, share("a", "secret~s", "ab", "b")))
}

func TestSanitiseORCONNeedsOriginatorOrRelease(t *testing.T) {
	st := New(mini(), 1)
	st, _ = play(t, st, share("a", "orcon", "ab", "b"))
	st, _ = play(t, st)
	requireReason(t, st, nil, Order{Kind: Sanitise, Team: "b", Item: "orcon"}, "only its originator")
	require.NoError(t, st.Validate(nil, Order{Kind: Sanitise, Team: "a", Item: "orcon"}))
	require.NoError(t, st.Validate(nil, Order{Kind: Sanitise, Team: "b", Item: "where"}), "non-ORCON: any holder")
	st, _ = play(t, st, Order{Kind: AskRelease, Team: "b", Item: "orcon"})
	st, _ = play(t, st, Order{Kind: Grant, Team: "a", Item: "orcon", To: []string{"b"}})
	require.NoError(t, st.Validate(nil, Order{Kind: Sanitise, Team: "b", Item: "orcon"}))
}

func TestVerify(t *testing.T) {
	st := New(mini(), 1)
	iv, _ := itemView(st.View("b"), "lie")
	assert.Nil(t, iv.Truth, "truth hidden until verified")
	st, evs := play(t, st, Order{Kind: Verify, Team: "b", Item: "lie"})
	v := of(evs, EvVerify)
	require.Len(t, v, 1)
	assert.False(t, v[0].Truth)
	iv, _ = itemView(st.View("b"), "lie")
	require.NotNil(t, iv.Truth)
	assert.False(t, *iv.Truth)
	assert.True(t, iv.Verified)
	requireReason(t, st, nil, Order{Kind: Verify, Team: "b", Item: "lie"}, "already verified")
}

func TestVerifyFalseFromUnverifiedSenderCostsTrust(t *testing.T) {
	for _, senderVerified := range []bool{false, true} {
		st := New(mini(), 1)
		if senderVerified {
			st, _ = play(t, st, Order{Kind: Verify, Team: "b", Item: "lie"})
		}
		st, _ = play(t, st, share("b", "lie", "ab", "a"))
		st, _ = play(t, st)
		st, evs := play(t, st, Order{Kind: Verify, Team: "a", Item: "lie"})
		fs := rule(evs, EvTrust, TrustFalseShared)
		if senderVerified {
			assert.Empty(t, fs, "the sender knew and passed it on anyway: no false_shared")
			continue
		}
		require.Len(t, fs, 1)
		assert.Equal(t, "a", fs[0].Team)
		assert.Equal(t, "b", fs[0].From)
		assert.Equal(t, -8, fs[0].Delta)
		assert.Equal(t, 52, st.Trust("a", "b"))
	}
}

func TestTranslate(t *testing.T) {
	st := New(mini(), 1)
	st, _ = play(t, st, share("c", "csv", "ac", "a"))
	st, evs := play(t, st)
	del := of(evs, EvDeliver)
	require.Len(t, del, 1)
	assert.False(t, del[0].Readable, "csv-legacy over a plain link: garbled at a")
	iv, _ := itemView(st.View("a"), "csv")
	assert.False(t, iv.Readable)
	assert.Empty(t, iv.Text)
	assert.Empty(t, iv.Facets)
	requireReason(t, st, nil, Order{Kind: Sanitise, Team: "a", Item: "csv"}, "translate first")
	st, evs = play(t, st, Order{Kind: Translate, Team: "a", Item: "csv"})
	require.Len(t, of(evs, EvTranslate), 1)
	iv, _ = itemView(st.View("a"), "csv")
	assert.True(t, iv.Readable)
	assert.Equal(t, "csv text", iv.Text)
	assert.Equal(t, []string{"plot:where"}, iv.Facets)
	assert.Equal(t, "json-stix", iv.Format)
	requireReason(t, st, nil, Order{Kind: Translate, Team: "a", Item: "csv"}, "already readable")
}

func TestAskReleaseAndGrant(t *testing.T) {
	st := New(mini(), 1)
	st, _ = play(t, st, share("a", "orcon", "ab", "b"))
	st, _ = play(t, st)
	requireReason(t, st, nil, Order{Kind: AskRelease, Team: "b", Item: "where"}, "not ORCON")
	requireReason(t, st, nil, Order{Kind: AskRelease, Team: "a", Item: "orcon"}, "you originated")
	st, evs := play(t, st, Order{Kind: AskRelease, Team: "b", Item: "orcon"})
	require.Len(t, of(evs, EvAskRelease), 1)
	assert.Empty(t, of(evs, EvRefuse))
	assert.Equal(t, []ReleaseView{{Item: "orcon", Asker: "b", Owner: "a", Round: 3, Status: "open"}}, st.View("a").Releases)
	requireReason(t, st, nil, Order{Kind: AskRelease, Team: "b", Item: "orcon"}, "already asked")
	requireReason(t, st, nil, Order{Kind: Grant, Team: "b", Item: "orcon", To: []string{"c"}}, "only the originator a")
	legal := st.Legal("a", nil)
	assert.Contains(t, legal, Order{Kind: Grant, Team: "a", Item: "orcon", To: []string{"b"}})
	st, evs = play(t, st, Order{Kind: Grant, Team: "a", Item: "orcon", To: []string{"b"}})
	require.Len(t, of(evs, EvGrant), 1)
	iv, _ := itemView(st.View("b"), "orcon")
	assert.True(t, iv.Released)
	_, evs = play(t, st, share("b", "orcon", "bc-gw", "c"))
	assert.Empty(t, of(evs, EvBreach), "released: no ORCON breach")
}

func TestFuse(t *testing.T) {
	tests := []struct {
		name    string
		where   string
		correct bool
	}{
		{"true facets: correct", "where", true},
		{"a false facet: incorrect", "lie", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st := New(mini(), 1)
			requireReason(t, st, nil, Order{Kind: Fuse, Team: "a", Threat: "plot"}, "reveals plot:where")
			st, _ = play(t, st, share("b", tc.where, "ab-radio", "a"))
			st, evs := play(t, st, Order{Kind: Fuse, Team: "a", Threat: "plot"})
			f := of(evs, EvFuse)
			require.Len(t, f, 1)
			assert.Equal(t, tc.correct, f[0].Truth)
			assert.True(t, st.Assessed("a", "plot"))
			tv := st.View("a").Threats
			require.Len(t, tv, 1)
			assert.Equal(t, "The Plot", tv[0].Name)
			assert.Equal(t, 6, tv[0].Deadline)
			assert.Nil(t, tv[0].Correct, "correctness hidden until the end")
			requireReason(t, st, nil, Order{Kind: Fuse, Team: "a", Threat: "plot"}, "already assessed")
		})
	}
}

func TestVerifiedFalseItemDoesNotCountForFusion(t *testing.T) {
	st := New(mini(), 1)
	st, _ = play(t, st, share("b", "lie", "ab-radio", "a"))
	require.NoError(t, st.Validate(nil, Order{Kind: Fuse, Team: "a", Threat: "plot"}))
	st, evs := Resolve(st, turnOf(Order{Kind: Verify, Team: "a", Item: "lie"}, Order{Kind: Fuse, Team: "a", Threat: "plot"}))
	rej := of(evs, EvRejected)
	require.Len(t, rej, 1, "verify this round showed the only where false")
	assert.Contains(t, rej[0].Text, "plot:where")
	assert.False(t, st.Assessed("a", "plot"))
}

func TestPostLiaison(t *testing.T) {
	st := New(mini(), 1)
	st, evs := play(t, st, Order{Kind: PostLiaison, Team: "a", To: []string{"c"}})
	l := of(evs, EvLiaison)
	require.Len(t, l, 1)
	assert.Equal(t, "liaison:a>c", l[0].Channel)
	assert.Len(t, rule(evs, EvTrust, TrustLiaison), 2)
	assert.Equal(t, 62, st.Trust("a", "c"))
	assert.Equal(t, 62, st.Trust("c", "a"))
	assert.Equal(t, []string{"c"}, st.View("a").Liaisons)
	requireReason(t, st, nil, Order{Kind: PostLiaison, Team: "a", To: []string{"c"}}, "already posted")
	requireReason(t, st, nil, Order{Kind: PostLiaison, Team: "a", To: []string{"b"}}, "no liaison slot left")
	// The liaison link: latency 0, gateway, confirmed.
	_, evs = play(t, st, share("c", "csv", "liaison:a>c", "a"))
	del := of(evs, EvDeliver)
	require.Len(t, del, 1)
	assert.True(t, del[0].Readable, "liaison converts formats")
	assert.True(t, del[0].Confirmed)
	assert.Equal(t, 2, del[0].Round, "latency 0")
}

func TestMessage(t *testing.T) {
	st := New(mini(), 1)
	requireReason(t, st, nil, Order{Kind: Message, Team: "a", To: []string{"b"}, MsgKind: "HELLO"}, "unknown message kind")
	st, evs := play(t, st, Order{Kind: Message, Team: "a", To: []string{"b"}, Channel: "ab", MsgKind: MsgWarn, Subject: "plot", Note: "watch out"})
	m := of(evs, EvMessage)
	require.Len(t, m, 1)
	assert.Equal(t, "plot", m[0].Threat)
	assert.Equal(t, string(MsgWarn), m[0].Ref)
	assert.Equal(t, 0, m[0].Cost)
	assert.Empty(t, st.View("b").Messages)
	st, evs = play(t, st)
	require.Len(t, of(evs, EvReceive), 1)
	assert.Equal(t, []MessageView{{Round: 2, From: "a", Kind: MsgWarn, Subject: "plot", Note: "watch out"}}, st.View("b").Messages)
}

func TestPassAndIdle(t *testing.T) {
	st := New(mini(), 1)
	_, evs := play(t, st, Order{Kind: Pass, Team: "a"})
	o := of(evs, EvOrder)
	require.Len(t, o, 1)
	assert.Equal(t, string(Pass), o[0].Ref)
	idle := of(evs, EvIdle)
	require.Len(t, idle, 3)
	assert.Equal(t, 3, idle[0].Value)
}

func TestValidateRefusals(t *testing.T) {
	st := New(mini(), 1)
	three := []Order{share("a", "who", "ab", "b"), share("a", "who", "hub", "b", "c"), share("a", "where", "ab", "b")}
	tests := []struct {
		name   string
		queued []Order
		o      Order
		want   string
	}{
		{"unknown team", nil, Order{Kind: Pass, Team: "zz"}, "no team"},
		{"unknown kind", nil, Order{Kind: "dance", Team: "a"}, "unknown order"},
		{"not held", nil, share("a", "where", "ab", "b"), "you do not hold where"},
		{"unknown item", nil, share("a", "nope", "ab", "b"), "you do not hold nope"},
		{"no recipient", nil, share("a", "who", "ab"), "at least one team"},
		{"self", nil, share("a", "who", "ab", "a"), "yourself"},
		{"twice", nil, share("a", "who", "hub", "b", "b"), "named twice"},
		{"unknown recipient", nil, share("a", "who", "ab", "zz"), "no team"},
		{"unknown channel", nil, share("a", "who", "nope", "b"), "no channel"},
		{"recipient not on channel", nil, share("a", "who", "ab", "c"), "c is not on channel ab"},
		{"sender not on channel", nil, share("a", "who", "bc-gw", "b"), "a is not on channel bc-gw"},
		{"REL TO", nil, share("a", "rel", "ac", "c"), "REL TO forbids release to c: sanitise first"},
		{"REL TO on a database", nil, share("a", "rel", "hub", "b", "c"), "REL TO forbids release to c"},
		{"not enough AP", three, share("a", "who", "ac", "c"), "not enough AP: share costs 1, 0 left"},
		{"request needs a subject", nil, Order{Kind: Request, Team: "a", To: []string{"b"}}, "say what you request"},
		{"request one target", nil, Order{Kind: Request, Team: "a", To: []string{"b", "c"}, Threat: "plot"}, "exactly one team"},
		{"request unknown facet", nil, Order{Kind: Request, Team: "a", To: []string{"b"}, Facet: "plot:why"}, "no facet"},
		{"request unknown threat", nil, Order{Kind: Request, Team: "a", To: []string{"b"}, Threat: "nope"}, "no threat"},
		{"request queued twice", []Order{{Kind: Request, Team: "a", To: []string{"b"}, Threat: "plot"}},
			Order{Kind: Request, Team: "a", To: []string{"b"}, Threat: "plot"}, "already ordered"},
		{"respond unknown", nil, Order{Kind: Respond, Team: "a", Ref: "req-9"}, "no request"},
		{"verify not held", nil, Order{Kind: Verify, Team: "a", Item: "lie"}, "do not hold"},
		{"verify queued twice", []Order{{Kind: Verify, Team: "a", Item: "who"}}, Order{Kind: Verify, Team: "a", Item: "who"}, "already ordered"},
		{"translate readable", nil, Order{Kind: Translate, Team: "a", Item: "who"}, "already readable"},
		{"grant not ORCON", nil, Order{Kind: Grant, Team: "a", Item: "who", To: []string{"b"}}, "not ORCON"},
		{"fuse unknown threat", nil, Order{Kind: Fuse, Team: "a", Threat: "nope"}, "no threat"},
		{"propose unassessed", nil, Order{Kind: Propose, Team: "a", Threat: "plot", At: 3, To: []string{"b"}}, "fuse first"},
		{"commit unknown", nil, Order{Kind: Commit, Team: "a", Ref: "op-plot-1"}, "no operation"},
		{"post to self", nil, Order{Kind: PostLiaison, Team: "a", To: []string{"a"}}, "yourself"},
		{"post queued twice", []Order{{Kind: PostLiaison, Team: "a", To: []string{"b"}}}, Order{Kind: PostLiaison, Team: "a", To: []string{"b"}}, "already ordered"},
		{"message too long", nil, Order{Kind: Message, Team: "a", To: []string{"b"}, MsgKind: MsgAck, Note: string(make([]byte, 300))}, "too long"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			requireReason(t, st, tc.queued, tc.o, tc.want)
			assert.NotContains(t, st.Legal("a", tc.queued), tc.o)
		})
	}
}

func TestClearanceRefused(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) { team(s, "b").Clearance = "CONFIDENTIAL" }), 1)
	requireReason(t, st, nil, share("a", "secret", "ab", "b"), "b is not cleared for SECRET: sanitise first")
	st, _ = play(t, st, Order{Kind: Sanitise, Team: "a", Item: "secret"})
	require.NoError(t, st.Validate(nil, share("a", "secret~s", "ab", "b")))
}

func TestChannelDownRefused(t *testing.T) {
	st := New(mini(func(s *scenario.Scenario) { s.Channels[0].Outages = []scenario.Window{{From: 1, Rounds: 2}} }), 1)
	requireReason(t, st, nil, share("a", "who", "ab", "b"), "channel ab is down this round")
	cv := st.View("a").Channels[0]
	assert.False(t, cv.Up)
	assert.Equal(t, 2, cv.DownUntil)
}

func TestResolveRejectsIllegalOrders(t *testing.T) {
	st := New(mini(), 1)
	_, evs := Resolve(st, Turn{Orders: map[string][]Order{
		"a":  {share("a", "where", "ab", "b"), share("a", "who", "ab", "b"), {Kind: "dance"}, share("b", "where", "ab", "a")},
		"zz": {{Kind: Pass}},
	}})
	rej := of(evs, EvRejected)
	require.Len(t, rej, 4)
	assert.Contains(t, rej[0].Text, "do not hold where")
	assert.Contains(t, rej[1].Text, "unknown order")
	assert.Contains(t, rej[2].Text, "queued by a")
	assert.Equal(t, "zz", rej[3].Team)
	assert.Contains(t, rej[3].Text, "no team")
	assert.Len(t, of(evs, EvSend), 1)
	idle := of(evs, EvIdle)
	assert.Equal(t, 2, idle[0].Value, "rejected orders cost no AP")
}

func TestLegalAlwaysEndsWithPass(t *testing.T) {
	st := New(mini(), 1)
	over := []Order{share("a", "who", "ab", "b"), share("a", "who", "ac", "c"), share("a", "rel", "ab", "b"), share("a", "red", "ab", "b")}
	for _, q := range [][]Order{nil, over[:1], over} {
		legal := st.Legal("a", q)
		require.NotEmpty(t, legal)
		assert.Equal(t, Order{Kind: Pass, Team: "a"}, legal[len(legal)-1])
		for _, o := range legal {
			assert.NoError(t, st.Validate(q, o))
		}
	}
	assert.Equal(t, -1, st.APLeft("a", over))
	assert.Equal(t, []Order{{Kind: Pass, Team: "a"}}, st.Legal("a", over))
	assert.Equal(t, []Order{{Kind: Pass, Team: "zz"}}, st.Legal("zz", nil))
}

func TestLegalIsStableAndCached(t *testing.T) {
	st := New(mini(), 1)
	a := st.Legal("a", nil)
	b := st.Legal("a", nil)
	assert.Equal(t, a, b)
	_ = append(a, Order{Kind: Pass, Team: "x"}) // appending must not disturb the cache
	assert.Equal(t, b, st.Legal("a", nil))
	next, _ := play(t, st, Order{Kind: Verify, Team: "a", Item: "who"})
	assert.NotContains(t, next.Legal("a", nil), Order{Kind: Verify, Team: "a", Item: "who"})
	assert.Contains(t, st.Legal("a", nil), Order{Kind: Verify, Team: "a", Item: "who"}, "the old state's list is its own")
}

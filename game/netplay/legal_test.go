package netplay_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/rules"
)

// TestSnapshotCarriesTheLegalOrders: a team's snapshot lists its legal
// orders, AP left and costs, so a client composes without the engine;
// queuing one of them is acked and the next snapshot's list and AP follow
// the queue.
func TestSnapshotCarriesTheLegalOrders(t *testing.T) {
	h := newHost(t, netplay.Options{SaveDir: t.TempDir()})
	c := config(t, "harbour-watch.yaml", harbourSeats)
	cr, err := h.srv.CreateRoom(c)
	require.NoError(t, err)
	team := "nordvik-sss"
	p, _ := join(t, h.url, netplay.Hello{Code: cr.Codes[team]})
	sn := p.snapshot()
	require.Equal(t, netplay.PhaseOrders, sn.Phase)
	require.NotEmpty(t, sn.Legal)
	assert.Equal(t, rules.Pass, sn.Legal[len(sn.Legal)-1].Kind, "Pass is last")
	assert.Equal(t, sn.View.AP, sn.APLeft)
	require.NotEmpty(t, sn.Costs)
	assert.Nil(t, sn.Results, "no round has been played yet")

	// The engine's own list, on the same state.
	r, err := room.New(c)
	require.NoError(t, err)
	want := r.Legality().Legal(team, nil)
	assert.Equal(t, want, sn.Legal)

	i := slices.IndexFunc(sn.Legal, func(o rules.Order) bool { return o.Kind == rules.Share })
	require.GreaterOrEqual(t, i, 0, "harbour-watch lets nordvik share in round 1")
	o := sn.Legal[i]
	p.send(netplay.TQueue, netplay.Orders{Round: sn.Round, Orders: []rules.Order{o}})
	p.expect(netplay.TAck, nil)
	next := p.snapshot()
	assert.Equal(t, []rules.Order{o}, next.Queued)
	assert.Equal(t, sn.View.AP-sn.Costs[rules.Share], next.APLeft)
	assert.Equal(t, r.Legality().Legal(team, []rules.Order{o}), next.Legal)
}

// TestUnknownAndNotHeldGetOneAnswer: an item id that exists but the team
// neither holds nor knows of, and one that exists nowhere, are refused
// with the same words, so a client cannot probe for hidden ids.
func TestUnknownAndNotHeldGetOneAnswer(t *testing.T) {
	h := newHost(t, netplay.Options{SaveDir: t.TempDir()})
	c := config(t, "harbour-watch.yaml", harbourSeats)
	cr, err := h.srv.CreateRoom(c)
	require.NoError(t, err)
	team := "nordvik-sss"
	p, _ := join(t, h.url, netplay.Hello{Code: cr.Codes[team]})
	sn := p.snapshot()
	hidden := ""
	for _, it := range c.Scenario.Items {
		if !slices.ContainsFunc(sn.View.Items, func(v rules.ItemView) bool { return v.ID == it.ID }) {
			hidden = it.ID
			break
		}
	}
	require.NotEmpty(t, hidden, "the team holds every item: the test would prove nothing")
	answer := func(item string) (string, string) {
		o := rules.Order{Kind: rules.Verify, Team: team, Item: item}
		ref := p.send(netplay.TQueue, netplay.Orders{Orders: []rules.Order{o}})
		var e netplay.Error
		p.expect(netplay.TError, &e)
		require.Equal(t, ref, e.Ref)
		ref = p.send(netplay.TCheck, netplay.Check{Order: o})
		var l netplay.Legal
		p.expect(netplay.TLegal, &l)
		require.Equal(t, ref, l.Ref)
		require.False(t, l.OK)
		return e.Message, l.Reason
	}
	e1, l1 := answer(hidden)
	e2, l2 := answer("no-such-item-anywhere")
	assert.Equal(t, e1, e2)
	assert.Equal(t, l1, l2)
}

// checkLegal asserts every legal order in a snapshot names only ids the
// snapshot's own View shows (the leak test calls it on every snapshot).
func checkLegal(t *testing.T, team string, body json.RawMessage) {
	t.Helper()
	var sn netplay.Snapshot
	require.NoError(t, json.Unmarshal(body, &sn))
	v := &sn.View
	set := func(ids ...[]string) map[string]bool {
		m := map[string]bool{"": true}
		for _, l := range ids {
			for _, id := range l {
				m[id] = true
			}
		}
		return m
	}
	var items, teams, channels, threats, facets, refs []string
	for _, it := range v.Items {
		items = append(items, it.ID)
	}
	for _, rl := range v.Releases {
		items = append(items, rl.Item)
	}
	for _, tm := range v.Teams {
		teams = append(teams, tm.ID)
	}
	for _, ch := range v.Channels {
		channels = append(channels, ch.ID)
	}
	for _, th := range v.Threats {
		threats = append(threats, th.ID)
		facets = append(facets, th.Facets...)
	}
	for _, q := range v.Requests {
		refs = append(refs, q.ID)
		items = append(items, q.Item)
	}
	for _, op := range v.Operations {
		refs = append(refs, op.ID)
	}
	it, tm, ch, th, fa, rf := set(items), set(teams), set(channels), set(threats), set(facets), set(refs)
	for _, o := range sn.Legal {
		require.Equal(t, team, o.Team)
		require.True(t, it[o.Item] && ch[o.Channel] && th[o.Threat] && fa[o.Facet] && rf[o.Ref], "%s's legal order %+v names an id its View does not show", team, o)
		for _, to := range o.To {
			require.True(t, tm[to], "%s's legal order %+v names team %s", team, o, to)
		}
	}
}

package netplay_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/rules"
)

// TestReconnectGetsTheWholeSnapshot: a person queues orders, the
// connection dies mid-round, and the client comes back with its resume
// token (then another with the code): each gets the view, the queued
// orders and the round's phase.
func TestReconnectGetsTheWholeSnapshot(t *testing.T) {
	h := newHost(t, netplay.Options{})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	team := "nordvik-sss"
	p, w := join(t, h.url, netplay.Hello{Code: cr.Codes[team]})
	sn := p.snapshot()
	require.Equal(t, netplay.PhaseOrders, sn.Phase)
	os := []rules.Order{{Kind: rules.Pass, Team: team}}
	p.send(netplay.TQueue, netplay.Orders{Orders: os})
	p.expect(netplay.TAck, nil)
	require.NoError(t, p.conn.CloseNow()) // the cable is pulled

	back, w2 := join(t, h.url, netplay.Hello{Resume: w.Resume})
	assert.Equal(t, team, w2.Team)
	assert.NotEqual(t, w.Resume, w2.Resume, "every welcome hands out a fresh token")
	sn2 := back.snapshot()
	assert.Equal(t, sn.Round, sn2.Round)
	assert.Equal(t, netplay.PhaseOrders, sn2.Phase)
	assert.Equal(t, os, sn2.Queued)
	assert.Equal(t, sn.View, sn2.View)

	again, _ := join(t, h.url, netplay.Hello{Code: "  " + cr.Codes[team][:4] + cr.Codes[team][5:] + " "})
	assert.Equal(t, os, again.snapshot().Queued, "the code works typed without its dash")
}

// TestDisconnectedSeatStallsForTheFacilitator: one person confirms, the
// other's connection is gone; the round would resolve but for them, so
// the facilitator sees the stall and hands the seat to a bot.
func TestDisconnectedSeatStallsForTheFacilitator(t *testing.T) {
	h := newHost(t, netplay.Options{})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	fac, _ := join(t, h.url, netplay.Hello{Key: cr.Key})
	a, _ := join(t, h.url, netplay.Hello{Code: cr.Codes["nordvik-sss"]})
	b, _ := join(t, h.url, netplay.Hello{Code: cr.Codes["maritime-tf"]})
	a.snapshot()
	b.snapshot()
	require.NoError(t, b.conn.CloseNow())
	a.send(netplay.TConfirm, netplay.Orders{Orders: []rules.Order{}})
	a.expect(netplay.TAck, nil)

	var ff netplay.FacilitatorFrame
	for guard := 0; len(ff.Stalled) == 0; guard++ {
		require.Less(t, guard, 50, "no stall reported")
		fac.expect(netplay.TFacilitator, &ff)
	}
	assert.Equal(t, []string{"maritime-tf"}, ff.Stalled)
	assert.Equal(t, 1, ff.Round, "the round waits")
	for _, ts := range ff.Teams {
		if ts.Team == "nordvik-sss" {
			assert.True(t, ts.Confirmed)
		}
	}
	fac.send(netplay.TSeat, netplay.SeatDecision{Team: "maritime-tf", Action: netplay.SeatWait})
	fac.expect(netplay.TAck, nil)
	fac.send(netplay.TSeat, netplay.SeatDecision{Team: "maritime-tf", Action: netplay.SeatBot, Personality: "legalistic"})
	fac.expect(netplay.TAck, nil)
	sn := a.snapshot()
	for sn.Round == 1 {
		sn = a.snapshot()
	}
	assert.Equal(t, 2, sn.Round, "the round resolved once the bot took the seat")
	st, err := h.srv.State(context.Background(), cr.Room)
	require.NoError(t, err)
	assert.Equal(t, 2, st.Round)
}

// TestFacilitatorControls: pause refuses orders, inject and note queue,
// the timer runs out, resolve forces the round.
func TestFacilitatorControls(t *testing.T) {
	h := newHost(t, netplay.Options{})
	c := config(t, "harbour-watch.yaml", harbourSeats)
	cr, err := h.srv.CreateRoom(c)
	require.NoError(t, err)
	fac, _ := join(t, h.url, netplay.Hello{Key: cr.Key})
	a, _ := join(t, h.url, netplay.Hello{Code: cr.Codes["nordvik-sss"]})
	a.snapshot()

	fac.send(netplay.TPause, netplay.Pause{Paused: true})
	fac.expect(netplay.TAck, nil)
	assert.Equal(t, netplay.PhasePaused, a.snapshot().Phase)
	ref := a.send(netplay.TConfirm, netplay.Orders{})
	var e netplay.Error
	a.expect(netplay.TError, &e)
	assert.Equal(t, ref, e.Ref)
	assert.Contains(t, e.Message, "paused")
	fac.send(netplay.TPause, netplay.Pause{Paused: false})
	fac.expect(netplay.TAck, nil)

	fac.send(netplay.TInject, netplay.Inject{ID: c.Scenario.Injects[0].ID})
	fac.expect(netplay.TAck, nil)
	fac.send(netplay.TInject, netplay.Inject{ID: "no-such-inject"})
	fac.expect(netplay.TError, nil)
	fac.send(netplay.TNote, netplay.Note{Text: "the ferry is late"})
	fac.expect(netplay.TAck, nil)
	fac.send(netplay.TTimer, netplay.Timer{Seconds: 1})
	fac.expect(netplay.TAck, nil)
	var ff netplay.FacilitatorFrame
	for guard := 0; !ff.TimeUp; guard++ {
		require.Less(t, guard, 50)
		fac.expect(netplay.TFacilitator, &ff)
	}
	assert.Len(t, ff.Pending, 2)
	fac.send(netplay.TResolve, struct{}{})
	fac.expect(netplay.TAck, nil)
	st, err := h.srv.State(context.Background(), cr.Room)
	require.NoError(t, err)
	assert.Equal(t, 2, st.Round)
	// A team seat cannot use the facilitator's controls.
	a.send(netplay.TResolve, struct{}{})
	a.expect(netplay.TError, nil)
}

// TestRoomInTheURLMustMatch: /ws?room=ID (for a proxy's sticky routing)
// must name the room the code opens.
func TestRoomInTheURLMustMatch(t *testing.T) {
	h := newHost(t, netplay.Options{Instance: "east"})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(cr.Room, "east-"), cr.Room)
	_, w := join(t, h.url+"?room="+cr.Room, netplay.Hello{Code: cr.Codes["nordvik-sss"]})
	assert.Equal(t, cr.Room, w.Room)
	p := dial(t, h.url+"?room=east-other")
	p.send(netplay.THello, netplay.Hello{Code: cr.Codes["nordvik-sss"]})
	p.expect(netplay.TError, nil)
}

// TestTeamSharedByTwoClients: two trainees on one team see the same
// board; one queues, the other sees the queue; one confirms, the other
// sees the team confirmed.
func TestTeamSharedByTwoClients(t *testing.T) {
	h := newHost(t, netplay.Options{})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	code := cr.Codes["maritime-tf"]
	a, _ := join(t, h.url, netplay.Hello{Code: code})
	b, _ := join(t, h.url, netplay.Hello{Code: code})
	sa, sb := a.snapshot(), b.snapshot()
	assert.Equal(t, sa.View, sb.View)
	os := []rules.Order{{Kind: rules.Pass, Team: "maritime-tf"}}
	a.send(netplay.TQueue, netplay.Orders{Round: 1, Orders: os})
	a.expect(netplay.TAck, nil)
	assert.Equal(t, os, a.snapshot().Queued, "the sender's snapshot follows its queue too")
	assert.Equal(t, os, b.snapshot().Queued)
	b.send(netplay.TConfirm, netplay.Orders{Round: 1, Orders: os})
	b.expect(netplay.TAck, nil)
	assert.Equal(t, netplay.PhaseConfirmed, a.snapshot().Phase)
	a.send(netplay.TConfirm, netplay.Orders{Round: 1, Orders: os})
	var e netplay.Error
	a.expect(netplay.TError, &e)
	assert.Contains(t, e.Message, "already confirmed")
}

package netplay_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/rules"
)

// TestClientPlaysAGame: the Go client a desktop game would use plays a
// person's seat to the end, with the facilitator's client resolving one
// round early and refusals arriving as *netplay.Error.
func TestClientPlaysAGame(t *testing.T) {
	h := newHost(t, netplay.Options{MsgRate: 1000, MsgBurst: 1000}) // a script plays fast
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", map[string]string{"nordvik-sss": "human", "maritime-tf": "cooperative"}))
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()

	_, err = netplay.Dial(ctx, h.url, netplay.Hello{Code: "WRONG-CODE"})
	require.ErrorContains(t, err, "no seat has this code")

	fac, err := netplay.Dial(ctx, h.url, netplay.Hello{Key: cr.Key})
	require.NoError(t, err)
	defer fac.Close()
	assert.Equal(t, netplay.RoleFacilitator, fac.Welcome().Role)
	f, err := netplay.DecodeFacilitator(<-fac.Updates())
	require.NoError(t, err)
	require.NotNil(t, f.View)
	go func() { // drain
		for range fac.Updates() {
		}
	}()

	cl, err := netplay.Dial(ctx, h.url, netplay.Hello{Code: cr.Codes["nordvik-sss"]})
	require.NoError(t, err)
	defer cl.Close()
	assert.Equal(t, "nordvik-sss", cl.Welcome().Team)

	var e *netplay.Error
	err = cl.Confirm(ctx, 1, []rules.Order{{Kind: rules.Verify, Team: "nordvik-sss", Item: "no-such-item"}})
	require.True(t, errors.As(err, &e), "%v", err)
	assert.Equal(t, 1, e.Order)
	l, err := cl.Check(ctx, nil, rules.Order{Kind: rules.Pass, Team: "nordvik-sss"})
	require.NoError(t, err)
	assert.True(t, l.OK)

	// The facilitator resolves round 1 without the person.
	require.NoError(t, fac.Facilitate(ctx, netplay.TResolve, struct{}{}))

	rounds := 0
	for env := range cl.Updates() {
		sn, err := netplay.DecodeSnapshot(env)
		require.NoError(t, err)
		if sn.Phase == netplay.PhaseOver {
			break
		}
		if sn.Phase == netplay.PhaseOrders {
			os := plan(sn.View)
			for {
				err := cl.Confirm(ctx, sn.Round, os)
				if err == nil {
					rounds++
					break
				}
				require.True(t, errors.As(err, &e), "%v", err)
				if e.Order == 0 { // a stale snapshot: its round has resolved
					require.Contains(t, e.Message, "the game is at round")
					break
				}
				os = drop(os, e.Order)
			}
		}
	}
	assert.Greater(t, rounds, 5)
	st, err := h.srv.State(ctx, cr.Room)
	require.NoError(t, err)
	assert.True(t, st.Over)
}

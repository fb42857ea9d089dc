package netplay_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
)

var harbourSeats = map[string]string{"nordvik-sss": "human", "maritime-tf": "human", "aurelia-fib": "reckless", "vesterholm-customs": "cooperative"}

// TestFullGameOverTheNetwork: two people scripted through the protocol
// and two bots play harbour-watch to the end, with the facilitator
// watching; the host's game is the one the referee plays in-process.
func TestFullGameOverTheNetwork(t *testing.T) {
	h := newHost(t, netplay.Options{SaveDir: t.TempDir()})
	c := config(t, "harbour-watch.yaml", harbourSeats)
	cr, err := h.srv.CreateRoom(c)
	require.NoError(t, err)
	require.Len(t, cr.Codes, 2)
	require.Len(t, cr.Key, 32, "128 bits in hex")

	fac, w := join(t, h.url, netplay.Hello{Key: cr.Key})
	assert.Equal(t, netplay.RoleFacilitator, w.Role)
	var ff netplay.FacilitatorFrame
	fac.expect(netplay.TFacilitator, &ff)
	require.NotNil(t, ff.View, "the facilitator gets its whole view on joining")
	assert.Len(t, ff.Teams, 4)

	var wg sync.WaitGroup
	for _, team := range []string{"nordvik-sss", "maritime-tf"} {
		p, w := join(t, h.url, netplay.Hello{Code: cr.Codes[team]})
		require.Equal(t, team, w.Team)
		require.NotEmpty(t, w.Resume)
		first := p.snapshot()
		require.Equal(t, team, first.View.Team)
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.playToEnd(first)
		}()
	}
	// The facilitator reads frames meanwhile (never the teams' orders).
	go func() {
		for {
			if _, err := fac.next(); err != nil {
				return
			}
		}
	}()
	wg.Wait()
	st, err := h.srv.State(context.Background(), cr.Room)
	require.NoError(t, err)
	assert.True(t, st.Over)
	assert.Equal(t, referee(t, c, []string{"nordvik-sss", "maritime-tf"}), st.Hash)
}

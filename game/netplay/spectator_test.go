package netplay_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/rules"
)

// TestSpectators: the facilitator makes spectator codes; a team's
// spectator shadows its snapshots read-only; the facilitator-view
// spectator sees it a round late; revoking closes them.
func TestSpectators(t *testing.T) {
	h := newHost(t, netplay.Options{})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	fac, _ := join(t, h.url, netplay.Hello{Key: cr.Key})
	code := func(team string) string {
		fac.send(netplay.TSpectator, netplay.Spectator{Team: team})
		var sc netplay.SpectatorCode
		fac.expect(netplay.TSpectatorCode, &sc)
		assert.Equal(t, team, sc.Team)
		return sc.Code
	}
	teamCode, lateCode := code("maritime-tf"), code("")
	fac.send(netplay.TSpectator, netplay.Spectator{Team: "ghost"})
	fac.expect(netplay.TError, nil)

	sp, w := join(t, h.url, netplay.Hello{Code: teamCode})
	assert.Equal(t, netplay.RoleSpectator, w.Role)
	assert.Equal(t, "maritime-tf", w.Team)
	late, _ := join(t, h.url, netplay.Hello{Code: lateCode})
	var lf netplay.FacilitatorFrame
	late.expect(netplay.TFacilitator, &lf)
	assert.Nil(t, lf.View, "nothing a round late in round 1")

	a, _ := join(t, h.url, netplay.Hello{Code: cr.Codes["nordvik-sss"]})
	b, _ := join(t, h.url, netplay.Hello{Code: cr.Codes["maritime-tf"]})
	a.snapshot()
	bs := b.snapshot()
	assert.Equal(t, bs.View, sp.snapshot().View, "the spectator shadows the team's view")
	sp.send(netplay.TConfirm, netplay.Orders{Orders: []rules.Order{}})
	sp.expect(netplay.TError, nil)

	for _, p := range []*peer{a, b} {
		p.send(netplay.TConfirm, netplay.Orders{Round: 1, Orders: []rules.Order{}})
		p.expect(netplay.TAck, nil)
	}
	for lf.Round != 2 {
		late.expect(netplay.TFacilitator, &lf)
	}
	require.NotNil(t, lf.View)
	assert.Equal(t, 1, lf.View.Round, "the facilitator view a round late")

	fac.send(netplay.TSpectator, netplay.Spectator{Team: "maritime-tf", Revoke: true})
	fac.expect(netplay.TAck, nil)
	assert.EqualValues(t, 1000, sp.closeCode())
	again := dial(t, h.url)
	again.send(netplay.THello, netplay.Hello{Code: teamCode})
	again.expect(netplay.TError, nil)
}

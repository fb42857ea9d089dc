package netplay_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
)

// TestAdminCreatesRooms: the host's admin key creates rooms from embedded
// scenarios only; the new codes go to the admin and let people in.
func TestAdminCreatesRooms(t *testing.T) {
	const adminKey = "0123456789abcdef0123456789abcdef"
	h := newHost(t, netplay.Options{AdminKey: adminKey})
	adm, w := join(t, h.url, netplay.Hello{Key: adminKey})
	assert.Equal(t, netplay.RoleAdmin, w.Role)

	bad := []netplay.Create{
		{Scenario: "../go.mod"},
		{Scenario: "/etc/passwd"},
		{Scenario: "harbour-watch", Seats: map[string]string{"ghost": "human"}},
		{Scenario: "harbour-watch", Seats: map[string]string{"all": "genius"}},
	}
	for _, b := range bad {
		adm.send(netplay.TCreate, b)
		var e netplay.Error
		adm.expect(netplay.TError, &e)
		assert.NotEmpty(t, e.Message, "%+v", b)
	}
	adm.send(netplay.TConfirm, netplay.Orders{})
	adm.expect(netplay.TError, nil)

	adm.send(netplay.TCreate, netplay.Create{Scenario: "harbour-watch", Seats: map[string]string{"all": "cooperative", "maritime-tf": "human"}})
	var cr netplay.Created
	adm.expect(netplay.TCreated, &cr)
	require.Len(t, cr.Codes, 1)
	assert.Len(t, cr.Key, 32)
	p, w := join(t, h.url+"?room="+cr.Room, netplay.Hello{Code: cr.Codes["maritime-tf"]})
	assert.Equal(t, "maritime-tf", w.Team)
	assert.Equal(t, netplay.PhaseOrders, p.snapshot().Phase)
	assert.Equal(t, []string{cr.Room}, h.srv.Rooms())

	// The admin key opens no room, and a room in the URL does not help it.
	q := dial(t, h.url+"?room="+cr.Room)
	q.send(netplay.THello, netplay.Hello{Key: adminKey})
	q.expect(netplay.TError, nil)
}

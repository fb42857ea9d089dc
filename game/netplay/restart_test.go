package netplay_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
)

// TestRestartFromAutosaveReachesTheSameEnd: the host dies without saving
// (as under kill -9) in round 4, after one person confirmed; a new host
// resumes the room from the autosave, the people rejoin with the same
// codes, confirm again, and the game ends at the uninterrupted game's hash.
func TestRestartFromAutosaveReachesTheSameEnd(t *testing.T) {
	dir := t.TempDir()
	people := []string{"nordvik-sss", "maritime-tf"}
	c := config(t, "harbour-watch.yaml", harbourSeats)
	want := referee(t, c, people)

	h := newHost(t, netplay.Options{SaveDir: dir})
	cr, err := h.srv.CreateRoom(c)
	require.NoError(t, err)
	peers := map[string]*peer{}
	for _, team := range people {
		peers[team], _ = join(t, h.url, netplay.Hello{Code: cr.Codes[team]})
	}
	for round := 1; round <= 3; round++ {
		for _, team := range people {
			sn := peers[team].snapshot()
			for sn.Phase != netplay.PhaseOrders || sn.Round != round {
				sn = peers[team].snapshot()
			}
			peers[team].confirm(sn.View)
		}
	}
	sn := peers[people[0]].snapshot()
	for sn.Round != 4 || sn.Phase != netplay.PhaseOrders {
		sn = peers[people[0]].snapshot()
	}
	peers[people[0]].confirm(sn.View)
	h.close() // no save: the host is killed

	files, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, code := range cr.Codes {
			assert.False(t, strings.Contains(string(b), code), "%s holds a join code", f)
		}
		assert.False(t, strings.Contains(string(b), cr.Key), "%s holds the instructor key", f)
	}

	h2 := newHost(t, netplay.Options{SaveDir: dir})
	ids, err := h2.srv.ResumeRooms()
	require.NoError(t, err)
	require.Equal(t, []string{cr.Room}, ids)
	st, err := h2.srv.State(context.Background(), cr.Room)
	require.NoError(t, err)
	assert.Equal(t, 4, st.Round, "resumed at the start of round 4")

	fac, _ := join(t, h2.url, netplay.Hello{Key: cr.Key})
	fac.expect(netplay.TFacilitator, nil)
	done := make(chan struct{}, len(people))
	for _, team := range people {
		p, w := join(t, h2.url, netplay.Hello{Code: cr.Codes[team]})
		require.Equal(t, team, w.Team)
		first := p.snapshot()
		require.Equal(t, 4, first.Round)
		require.Equal(t, netplay.PhaseOrders, first.Phase, "confirmations of the lost round are given again")
		go func() {
			defer func() { done <- struct{}{} }()
			p.playToEnd(first)
		}()
	}
	for range people {
		<-done
	}
	st, err = h2.srv.State(context.Background(), cr.Room)
	require.NoError(t, err)
	assert.True(t, st.Over)
	assert.Equal(t, want, st.Hash)
}

// TestShutdownSavesAndClosesGoingAway: Shutdown saves the room and tells
// clients the host is going away.
func TestShutdownSavesAndClosesGoingAway(t *testing.T) {
	dir := t.TempDir()
	h := newHost(t, netplay.Options{SaveDir: dir})
	cr, err := h.srv.CreateRoom(config(t, "tutorial.yaml", nil))
	require.NoError(t, err)
	var code string
	for _, c := range cr.Codes {
		code = c
	}
	p, _ := join(t, h.url, netplay.Hello{Code: code})
	p.snapshot()
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	require.NoError(t, h.srv.Shutdown(ctx))
	assert.EqualValues(t, 1001, p.closeCode(), "going away")
	_, err = os.Stat(filepath.Join(dir, cr.Room+".save"))
	assert.NoError(t, err)
	_, err = h.srv.CreateRoom(config(t, "tutorial.yaml", nil))
	assert.Error(t, err, "a stopping host makes no new room")
}

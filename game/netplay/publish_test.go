package netplay

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/room"
)

// TestPublishedViewsAreTheRoomsViews plays harbour-watch (two people, two
// bots, a facilitator) to the end through publishAll and holds every
// frame's view to json.Marshal of the room's own: each team's View, and
// the facilitator view that shares the teams' encoded Views and hands
// them its own copies. A View changed by anyone between the facilitator
// view, the teams' snapshots and their narratives would show here.
func TestPublishedViewsAreTheRoomsViews(t *testing.T) {
	const file = "harbour-watch.yaml"
	sc, data := shippedtest.Load(t, file)
	people := []string{"nordvik-sss", "maritime-tf"}
	rm, err := room.New(room.Config{Scenario: sc, Data: data, File: file, Facilitator: true,
		Seats: map[string]string{"nordvik-sss": room.Human, "maritime-tf": room.Human, "aurelia-fib": "reckless", "vesterholm-customs": "cooperative"}})
	require.NoError(t, err)
	a := &actor{rm: rm, clients: map[*client]struct{}{}}
	newClient := func(role, team string) *client {
		c := &client{role: role, team: team, out: make(chan []byte, outbox), done: make(chan struct{})}
		a.clients[c] = struct{}{}
		return c
	}
	teams := map[*client]string{}
	for _, team := range people {
		teams[newClient(RoleTeam, team)] = team
	}
	fac := newClient(RoleFacilitator, "")

	// body reads the one frame a client has and returns its body's view.
	view := func(c *client, typ string) json.RawMessage {
		require.Len(t, c.out, 1)
		env, err := decodeEnvelope(<-c.out)
		require.NoError(t, err)
		require.Equal(t, typ, env.Type)
		var body struct {
			View json.RawMessage `json:"view"`
		}
		require.NoError(t, json.Unmarshal(env.Body, &body))
		return body.View
	}
	for rounds := 0; ; rounds++ {
		require.Less(t, rounds, 100, "the game does not end")
		a.publishAll()
		for c, team := range teams {
			v, err := rm.View(team)
			require.NoError(t, err)
			want, err := json.Marshal(v)
			require.NoError(t, err)
			require.Equal(t, string(want), string(view(c, TSnapshot)), "round %d, %s", rm.Round(), team)
		}
		want, err := json.Marshal(rm.Facilitator())
		require.NoError(t, err)
		require.Equal(t, string(want), string(view(fac, TFacilitator)), "round %d", rm.Round())
		if rm.Over() {
			return
		}
		for _, team := range people {
			require.NoError(t, rm.Confirm(team, nil))
		}
		_, err = rm.Resolve(context.Background(), false)
		require.NoError(t, err)
	}
}

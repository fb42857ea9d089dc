package room

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/sim"
)

func load(t *testing.T, file string) (*scenario.Scenario, []byte) {
	t.Helper()
	sc, data := shippedtest.Load(t, file)
	return sc, data
}

// TestAllBotRoomIsTheHeadlessGame: a room of bots plays exactly the game
// the headless tools play from the same seed and seats.
func TestAllBotRoomIsTheHeadlessGame(t *testing.T) {
	sc, data := load(t, "harbour-watch.yaml")
	seats, err := sim.Seats(sc, map[string]string{"all": "cooperative", "aurelia-fib": "reckless"})
	require.NoError(t, err)
	want, err := sim.Play(sim.Source{Scenario: sc, Data: data, File: "harbour-watch.yaml"}, 42, seats)
	require.NoError(t, err)

	r, err := New(Config{Scenario: sc, Data: data, File: "harbour-watch.yaml", Seed: 42, Seats: seats})
	require.NoError(t, err)
	for guard := 0; !r.Over(); guard++ {
		require.Less(t, guard, 100)
		require.True(t, r.Ready())
		_, err := r.Resolve(context.Background(), false)
		require.NoError(t, err)
	}
	assert.Equal(t, want.Record.FinalHash, r.Hash())
	assert.Equal(t, want.Record.Turns, r.Record().Turns)
	res, ok := r.Result()
	require.True(t, ok)
	assert.Equal(t, want.Result.Coalition.Total, res.Coalition.Total)
}

// TestPeopleConfirmThenTheRoundResolves plays two people (who give what a
// cooperative bot would from their own view) and two bots to the end,
// saving and restoring every round.
func TestPeopleConfirmThenTheRoundResolves(t *testing.T) {
	sc, data := load(t, "harbour-watch.yaml")
	people := []string{"nordvik-sss", "maritime-tf"}
	r, err := New(Config{Scenario: sc, Data: data, File: "harbour-watch.yaml", Source: save.Source{Embedded: "harbour-watch.yaml"},
		Seats: map[string]string{"nordvik-sss": Human, "maritime-tf": Human, "aurelia-fib": "reckless", "vesterholm-customs": "cooperative"}})
	require.NoError(t, err)
	person, err := bot.New("cooperative", 7)
	require.NoError(t, err)
	for guard := 0; !r.Over(); guard++ {
		require.Less(t, guard, 100)
		assert.Equal(t, people, r.Waiting())
		_, err := r.Resolve(context.Background(), false)
		require.Error(t, err, "resolves before the people confirm")
		for _, team := range people {
			v, err := r.View(team)
			require.NoError(t, err)
			os := person.Orders(v, r.Legality())
			require.NoError(t, r.Queue(team, os))
			assert.Equal(t, os, r.Queued(team))
			require.NoError(t, r.Confirm(team, os))
			require.Error(t, r.Confirm(team, os), "confirms twice")
		}
		require.True(t, r.Ready())
		_, err = r.Resolve(context.Background(), false)
		require.NoError(t, err)

		sv, err := r.Snapshot()
		require.NoError(t, err)
		enc, err := save.Encode(sv)
		require.NoError(t, err)
		dec, err := save.Decode(enc)
		require.NoError(t, err)
		back, err := Restore(dec, data)
		require.NoError(t, err)
		require.Equal(t, r.Hash(), back.Hash())
		require.Equal(t, r.Record(), back.Record())
		r = back
	}
	_, ok := r.Result()
	assert.True(t, ok)
}

func TestRefusals(t *testing.T) {
	sc, data := load(t, "tutorial.yaml")
	r, err := New(Config{Scenario: sc, Data: data, File: "tutorial.yaml"})
	require.NoError(t, err)
	team := r.Waiting()[0]
	cases := []struct {
		name string
		do   func() error
	}{
		{"unknown team", func() error { return r.Confirm("nobody", nil) }},
		{"order for another team", func() error {
			return r.Confirm(team, []rules.Order{{Kind: rules.Pass, Team: "someone-else"}})
		}},
		{"unknown item", func() error {
			return r.Queue(team, []rules.Order{{Kind: rules.Verify, Team: team, Item: "no-such-item"}})
		}},
		{"unknown inject", func() error { return r.FireInject("nope") }},
		{"empty note", func() error { return r.AddNote("") }},
		{"long note", func() error { return r.AddNote(string(make([]byte, MaxNote+1))) }},
		{"bad personality", func() error { return r.HandToBot(team, "genius") }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { assert.Error(t, tc.do()) })
	}
	r.SetPaused(true)
	assert.ErrorIs(t, r.Confirm(team, nil), ErrPaused)
	_, err = r.Resolve(context.Background(), true)
	assert.ErrorIs(t, err, ErrPaused)
	r.SetPaused(false)
	_, err = New(Config{Scenario: sc, Seats: map[string]string{"ghost": Human}})
	assert.Error(t, err)
}

// TestForcedResolveAndHandToBot: the facilitator resolves without a person
// (who gives nothing), then hands the seat to a bot.
func TestForcedResolveAndHandToBot(t *testing.T) {
	sc, data := load(t, "tutorial.yaml")
	r, err := New(Config{Scenario: sc, Data: data, File: "tutorial.yaml"})
	require.NoError(t, err)
	team := r.Waiting()[0]
	require.NoError(t, r.AddNote("coffee break over"))
	_, err = r.Resolve(context.Background(), true)
	require.NoError(t, err)
	assert.Empty(t, r.Turns()[0].Orders[team])
	assert.Equal(t, "coffee break over", r.Turns()[0].Facilitator[0].Note)
	assert.Equal(t, []string{team}, r.Humans())
	require.NoError(t, r.HandToBot(team, "cooperative"))
	assert.Empty(t, r.Waiting())
	assert.Equal(t, "cooperative", r.Kind(team))
	assert.Empty(t, r.Humans(), "a seat handed to a bot is no longer a person's")
}

// TestHumansInFileOrder: Humans lists the people's teams in the
// scenario's order, whatever order the seats were given in.
func TestHumansInFileOrder(t *testing.T) {
	sc, data := load(t, "harbour-watch.yaml")
	r, err := New(Config{Scenario: sc, Data: data, File: "harbour-watch.yaml",
		Seats: map[string]string{"maritime-tf": Human, "nordvik-sss": Human, "aurelia-fib": "reckless", "vesterholm-customs": "cooperative"}})
	require.NoError(t, err)
	assert.Equal(t, []string{"nordvik-sss", "maritime-tf"}, r.Humans())
}

func TestHumanSeatWaitsForConfirmOrContext(t *testing.T) {
	h := NewHumanSeat()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := h.Orders(ctx, rules.View{}, nil)
	assert.ErrorIs(t, err, ErrNotConfirmed)

	done := make(chan []rules.Order)
	go func() {
		os, _ := h.Orders(context.Background(), rules.View{}, nil)
		done <- os
	}()
	h.Confirm([]rules.Order{{Kind: rules.Pass, Team: "a"}})
	assert.Equal(t, []rules.Order{{Kind: rules.Pass, Team: "a"}}, <-done)
	ended, stop := context.WithCancel(context.Background())
	stop()
	os, err := h.Orders(ended, rules.View{}, nil)
	require.NoError(t, err, "confirmed orders win over an ended context")
	assert.Len(t, os, 1)
	h.Reset()
	_, ok := h.Confirmed()
	assert.False(t, ok)
}

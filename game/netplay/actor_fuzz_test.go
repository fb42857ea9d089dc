package netplay

import (
	"sync"
	"testing"

	"liaison/game/room"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// fuzzActor is a room goroutine's state without the goroutine: a team
// client and a facilitator client whose frames are discarded.
func fuzzActor(t testing.TB) (*actor, *client, *client) {
	sc, data := fuzzScenario()
	if sc == nil {
		t.Fatal("harbour-watch does not load")
	}
	rm, err := room.New(room.Config{Scenario: sc, Data: data, File: "harbour-watch.yaml", Source: save.Source{Embedded: "harbour-watch.yaml"},
		Seats: map[string]string{"nordvik-sss": room.Human, "maritime-tf": room.Human}})
	if err != nil {
		t.Fatal(err)
	}
	s := NewServer(Options{Logf: func(string, ...any) {}})
	a := newActor(s, rm, meta{ID: "rfuzz"})
	mk := func(role, team string) *client {
		c := &client{role: role, team: team, out: make(chan []byte, 1<<16), done: make(chan struct{})}
		a.clients[c] = struct{}{}
		return c
	}
	return a, mk(RoleTeam, "nordvik-sss"), mk(RoleFacilitator, "")
}

// fuzzScenario parses harbour-watch once for every fuzz input.
var fuzzScenario = sync.OnceValues(func() (*scenario.Scenario, []byte) {
	data, err := scenarios.Read("harbour-watch.yaml")
	if err != nil {
		return nil, nil
	}
	sc, _ := scenario.Parse("harbour-watch.yaml", data)
	return sc, data
})

// FuzzRoomMessages hands arbitrary frames, as a team and as the
// facilitator, to a room: each gets an answer or a refusal, never a panic,
// and the room stays consistent.
func FuzzRoomMessages(f *testing.F) {
	for _, s := range []string{
		`{"v":1,"type":"confirm","seq":1,"body":{"round":1,"orders":[{"kind":"share","team":"nordvik-sss","item":"x","to":["maritime-tf","maritime-tf"]}]}}`,
		`{"v":1,"type":"queue","seq":2,"body":{"orders":[{"kind":"propose","team":"nordvik-sss","threat":"harbour","at":-5,"to":["nordvik-sss"]}]}}`,
		`{"v":1,"type":"check","seq":3,"body":{"queued":[{"kind":"pass","team":"nordvik-sss"}],"order":{"kind":"message","team":"nordvik-sss","msg":"WARN","to":["aurelia-fib"]}}}`,
		`{"v":1,"type":"seat","seq":4,"body":{"team":"maritime-tf","action":"bot","personality":"reckless"}}`,
		`{"v":1,"type":"timer","seq":5,"body":{"seconds":-1}}`,
		`{"v":1,"type":"resolve","seq":6}`,
		`{"v":1,"type":"inject","seq":7,"body":{"id":""}}`,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, asFacilitator bool) {
		a, team, fac := fuzzActor(t)
		env, err := decodeEnvelope(data)
		if err != nil {
			return
		}
		c := team
		if asFacilitator {
			c = fac
		}
		a.handle(event{kind: evMsg, c: c, env: env})
		if a.timer != nil {
			a.timer.Stop()
		}
		if _, err := a.rm.View("nordvik-sss"); err != nil {
			t.Fatal(err)
		}
	})
}

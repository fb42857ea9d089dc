package netplay

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/proccpu"
	"liaison/game/internal/shippedtest"
	"liaison/game/room"
	"liaison/game/rules"
)

// BenchmarkPublishRound is one room's publish after a round, what
// BenchmarkLoad's host does 480 times: northern-corridor in round 7, every
// team a person with a client, and a facilitator. Each iteration starts
// from an empty round cache, as after a resolution (the Views, their JSON,
// the narratives and legal orders are built again), and builds every frame.
func BenchmarkPublishRound(b *testing.B) {
	const file = "northern-corridor.yaml"
	sc, data := shippedtest.Load(b, file)
	seats := map[string]string{}
	for _, tm := range sc.Teams {
		seats[tm.ID] = room.Human
	}
	rm, err := room.New(room.Config{Scenario: sc, Data: data, File: file, Facilitator: true, Seats: seats})
	require.NoError(b, err)
	for rm.Round() < 7 && !rm.Over() {
		for _, team := range rm.Teams() {
			var orders []rules.Order
			for _, o := range rm.Legality().Legal(team, nil) {
				if o.Kind != rules.Pass {
					orders = append(orders, o)
					break
				}
			}
			if rm.Confirm(team, orders) != nil {
				require.NoError(b, rm.Confirm(team, nil))
			}
		}
		_, err = rm.Resolve(context.Background(), false)
		require.NoError(b, err)
	}
	a := &actor{rm: rm, clients: map[*client]struct{}{}}
	add := func(role, team string) {
		a.clients[&client{role: role, team: team, out: make(chan []byte, outbox), done: make(chan struct{})}] = struct{}{}
	}
	for _, team := range rm.Teams() {
		add(RoleTeam, team)
	}
	add(RoleFacilitator, "")
	b.ReportAllocs()
	bytes := 0
	cpu0 := processCPU()
	for b.Loop() {
		a.cache = teamCache{}
		a.publishAll()
		for c := range a.clients {
			for len(c.out) > 0 {
				bytes += len(<-c.out)
			}
		}
	}
	// The process's CPU time, not the wall clock: on a shared machine the
	// wall clock counts the neighbours' work too.
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(bytes)/float64(b.N), "frame-bytes/op")
}

// processCPU is the process's user and system CPU time so far, in ns
// (all threads: the GC's work counts).
func processCPU() int64 {
	d, _ := proccpu.Used()
	return int64(d)
}

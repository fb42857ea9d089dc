package rules

import (
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"liaison/game/internal/proccpu"
	"liaison/game/internal/shippedtest"
)

// BenchmarkRandomGame plays whole games of harbour-watch with random legal
// players that call Legal for every order they queue.
func BenchmarkRandomGameHarbour(b *testing.B) { benchGame(b, "harbour-watch.yaml") }

// BenchmarkRandomGameCorridor is the large scenario.
func BenchmarkRandomGameCorridor(b *testing.B) { benchGame(b, "northern-corridor.yaml") }

func benchGame(b *testing.B, name string) {
	s := shippedtest.Scenario(b, name)
	rng := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		st := New(s, uint64(i))
		for !st.Over() {
			st, _ = Resolve(st, randomTurn(st, rng))
		}
	}
}

// midGame plays random rounds of a scenario up to round r.
func midGame(tb testing.TB, name string, r int) *State {
	s := shippedtest.Scenario(tb, name)
	st := New(s, 7)
	rng := rand.New(rand.NewPCG(7, 7))
	for st.Round() < r && !st.Over() {
		st, _ = Resolve(st, randomTurn(st, rng))
	}
	return st
}

// BenchmarkLegal lists one team's legal orders in the middle of harbour-watch.
func BenchmarkLegal(b *testing.B) {
	st := midGame(b, "harbour-watch.yaml", 6)
	team := st.Scenario().Teams[2].ID
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(st.Legal(team, nil))
	}
	b.ReportMetric(float64(n), "orders")
}

// BenchmarkResolve resolves one round of random orders in the middle of harbour-watch.
func BenchmarkResolve(b *testing.B) {
	st := midGame(b, "harbour-watch.yaml", 6)
	turn := randomTurn(st, rand.New(rand.NewPCG(1, 1)))
	b.ReportAllocs()
	for b.Loop() {
		Resolve(st, turn)
	}
}

// BenchmarkView builds one team's view in the middle of harbour-watch.
func BenchmarkView(b *testing.B) {
	st := midGame(b, "harbour-watch.yaml", 6)
	team := st.Scenario().Teams[0].ID
	b.ReportAllocs()
	for b.Loop() {
		st.View(team)
	}
}

// BenchmarkBotLikeGameHarbour plays whole games of harbour-watch the way a
// simple bot does (see botLikeGame).
func BenchmarkBotLikeGameHarbour(b *testing.B) {
	s := shippedtest.Scenario(b, "harbour-watch.yaml")
	rng := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		botLikeGame(s, uint64(i), rng)
	}
}

// TestCPUPerGame reports the CPU time (not wall time: the machine may be
// shared) of bot-like harbour-watch games. Opt in:
// LIAISON_CPU=1 go test -run CPUPerGame -v ./game/rules
func TestCPUPerGame(t *testing.T) {
	if os.Getenv("LIAISON_CPU") == "" {
		t.Skip("timing; set LIAISON_CPU=1")
	}
	s := shippedtest.Scenario(t, "harbour-watch.yaml")
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 300
	start := cpuNow()
	for i := range n {
		botLikeGame(s, uint64(i), rng)
	}
	per := (cpuNow() - start) / n
	t.Logf("CPU per bot-like harbour-watch game: %v (%.0f games/s/core)", per, 1/per.Seconds())
}

// BenchmarkHash hashes a finished harbour-watch game.
func BenchmarkHash(b *testing.B) {
	st := midGame(b, "harbour-watch.yaml", 20)
	b.ReportAllocs()
	for b.Loop() {
		st.hash() // not Hash: it keeps its result
	}
	b.ReportMetric(float64(len(st.Events())), "events")
}

// wallStart anchors cpuNow where CPU time is not measured.
var wallStart = time.Now()

// cpuNow is this process's user+system CPU time; in the browser, which
// has no rusage, the wall time since the test binary started (one
// thread, so near enough).
func cpuNow() time.Duration {
	if d, ok := proccpu.Used(); ok {
		return d
	}
	return time.Since(wallStart)
}

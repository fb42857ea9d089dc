package sim

import (
	"context"
	"fmt"
	"testing"

	"liaison/game/rules"
)

// BenchmarkHarbourWatchGame plays complete all-bot games of harbour-watch on
// one goroutine, each scored and hashed for its record, as Run plays them
// (the scenario prepared once, as Run does); games/s = 1e9 / ns/op.
func BenchmarkHarbourWatchGame(b *testing.B) {
	src := source(b, "harbour-watch.yaml").Prepared()
	seats, _ := Seats(src.Scenario, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Play(src, uint64(i), seats); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
}

// BenchmarkHarbourWatchScored plays games as a Run worker (and liaisonctl
// sim) plays them when no record is kept: every game played and scored, no
// game record and no final-state hash, each game played in the memory of
// the last. games/s = 1e9 / ns/op.
func BenchmarkHarbourWatchScored(b *testing.B) {
	src := source(b, "harbour-watch.yaml").Prepared()
	seats, _ := Seats(src.Scenario, nil)
	b.ReportAllocs()
	b.ResetTimer()
	var spare *rules.State
	for i := 0; i < b.N; i++ {
		g, err := play(src, uint64(i), seats, false, spare)
		if err != nil {
			b.Fatal(err)
		}
		spare = g.Final
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
}

// BenchmarkHarbourWatchRun plays harbour-watch as liaisonctl sim
// --workers 1 does: Run with one worker, every game scored and folded into
// the summary, no records kept. games/s = 1e9 / ns/op.
func BenchmarkHarbourWatchRun(b *testing.B) {
	src := source(b, "harbour-watch.yaml").Prepared()
	b.ReportAllocs()
	b.ResetTimer()
	s, err := Run(context.Background(), src, Options{Games: b.N, Seed: 1, Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	if s.Games != b.N {
		b.Fatalf("summary of %d games, want %d", s.Games, b.N)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
}

// BenchmarkScaledGame plays harbour-watch scaled to k× its teams and items
// (teams cloned with suffixed ids; items cloned per clone), to show how the
// cost grows: games with their record and hash, as Play plays them.
func BenchmarkScaledGame(b *testing.B) {
	benchScaled(b, func(src Source, n int) error {
		seats, _ := Seats(src.Scenario, nil)
		for i := 0; i < n; i++ {
			if _, err := Play(src, uint64(i), seats); err != nil {
				return err
			}
		}
		return nil
	})
}

// BenchmarkScaledRun is BenchmarkScaledGame for batch games, as Run (and
// liaisonctl sim --workers 1) plays them.
func BenchmarkScaledRun(b *testing.B) {
	benchScaled(b, func(src Source, n int) error {
		_, err := Run(context.Background(), src, Options{Games: n, Seed: 1, Workers: 1})
		return err
	})
}

// benchScaled times play(src, b.N) on harbour-watch at 1×, 4× and 16×.
func benchScaled(b *testing.B, play func(src Source, n int) error) {
	for _, k := range []int{1, 4, 16} {
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			src := source(b, "harbour-watch.yaml")
			sc := Scale(src.Scenario, k)
			src.Scenario = sc
			src = src.Prepared()
			b.ReportAllocs()
			b.ResetTimer()
			if err := play(src, b.N); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "games/s")
			b.ReportMetric(float64(len(sc.Teams)), "teams")
			b.ReportMetric(float64(len(sc.Items)), "items")
		})
	}
}

package sim

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"liaison/game/rules"
	"liaison/game/score"
)

// Options controls a batch of games.
type Options struct {
	Games   int
	Seed    uint64            // game i uses Seed+i
	Mix     map[string]string // seat mix (see Seats)
	Workers int               // 0 = GOMAXPROCS
	// Progress, if set, is called after each finished game (from one goroutine at a time).
	Progress func(done, total int)
	// Keep, if set, receives every finished game in seed order (e.g. to write records).
	Keep func(g *Game) error
}

// Run plays opts.Games games and aggregates their scores. The summary does
// not depend on the number of workers: results are folded in seed order.
func Run(ctx context.Context, src Source, opts Options) (*Summary, error) {
	seats, err := Seats(src.Scenario, opts.Mix)
	if err != nil {
		return nil, err
	}
	if opts.Games < 1 {
		return nil, fmt.Errorf("games must be at least 1 (got %d)", opts.Games)
	}
	src = src.Prepared()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, opts.Games)
	results := make([]score.Result, opts.Games)
	games := make([]*Game, opts.Games)
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			keep := opts.Keep != nil
			// A game that is not kept is dropped once scored: the next
			// game of this worker is played in its memory.
			var spare *rules.State
			for i := range jobs {
				g, err := play(src, opts.Seed+uint64(i), seats, keep, spare)
				spare = nil
				if g != nil && !keep {
					spare, g.Final = g.Final, nil
				}
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = err
				}
				if g != nil {
					results[i] = g.Result
					if opts.Keep != nil {
						games[i] = g
					}
				}
				done++
				if opts.Progress != nil {
					opts.Progress(done, opts.Games)
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := 0; i < opts.Games; i++ {
		select {
		case <-ctx.Done():
			break feed
		case jobs <- i:
		}
	}
	close(jobs)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("simulation interrupted: %w", err)
	}
	if opts.Keep != nil {
		for _, g := range games {
			if err := opts.Keep(g); err != nil {
				return nil, err
			}
		}
	}
	return summarise(src, seats, results), nil
}

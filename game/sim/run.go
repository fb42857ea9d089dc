package sim

import (
	"context"
	"fmt"
	"runtime"

	"liaison/game/rules"
)

// Options controls a batch of games.
type Options struct {
	Games   int
	Seed    uint64            // game i uses Seed+i
	Mix     map[string]string // seat mix (see Seats)
	Workers int               // 0 = GOMAXPROCS
	// Progress, if set, is called after each finished game, in seed order,
	// from the goroutine that called Run.
	Progress func(done, total int)
	// Keep, if set, receives every finished game in seed order (e.g. to
	// write records), from the goroutine that called Run, as soon as the
	// games before it are done: a batch never holds more than a few games.
	Keep func(g *Game) error
}

// finished is a played game (or why it could not be) as a worker hands it
// back.
type finished struct {
	i   int
	g   *Game
	err error
}

// Run plays opts.Games games and aggregates their scores. The summary does
// not depend on the number of workers: results are folded in seed order, as
// games finish, so memory stays the same however many games are played.
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
	keep := opts.Keep != nil
	jobs := make(chan int)
	out := make(chan finished, workers)
	for range workers {
		go func() {
			// A game that is not kept is dropped once scored: the next
			// game of this worker is played in its memory.
			var spare *rules.State
			for i := range jobs {
				g, err := play(src, opts.Seed+uint64(i), seats, keep, spare)
				spare = nil
				if g != nil && !keep {
					spare, g.Final = g.Final, nil
				}
				out <- finished{i: i, g: g, err: err}
			}
		}()
	}
	f := newFold(src, seats, opts, 4*workers)
	fed, running := 0, 0
	for {
		feed, cancel := jobs, ctx.Done()
		if f.err != nil || ctx.Err() != nil {
			// Stopped: hand out nothing more; games in play still finish.
			feed, cancel = nil, nil
		}
		if fed == opts.Games || !f.room(fed) {
			feed = nil // nothing to hand out now
		}
		if feed == nil && running == 0 {
			break
		}
		select {
		case feed <- fed:
			fed++
			running++
		case r := <-out:
			running--
			f.add(r)
		case <-cancel:
		}
	}
	close(jobs)
	if f.err != nil {
		return nil, f.err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("simulation interrupted: %w", err)
	}
	return f.sum.finish(), nil
}

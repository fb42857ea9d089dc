package sim

import (
	"context"
	"fmt"
	"runtime"

	"liaison/game/balance"
	"liaison/game/rules"
)

// Options controls a batch of games.
type Options struct {
	Games   int
	Seed    uint64            // game i uses Seed+i
	Mix     map[string]string // seat mix (see Seats)
	Workers int               // 0 = GOMAXPROCS
	// Shard, if set (N > 0), plays only its share of the games: game i
	// when i mod N is K. The tallies of the N shards merge into the tally
	// of the whole batch.
	Shard Shard
	// Balance adds the balance analysis (package balance) to the tally.
	Balance bool
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
	i   int // the game's position in this run (its shard's share)
	g   *Game
	obs *balance.Game // the balance observation, with Options.Balance
	err error
}

// Run plays opts.Games games and aggregates their scores. The summary does
// not depend on the number of workers: results are folded in seed order, as
// games finish, so memory stays the same however many games are played.
func Run(ctx context.Context, src Source, opts Options) (*Summary, error) {
	t, err := RunTally(ctx, src, opts)
	if err != nil {
		return nil, err
	}
	return t.Summary(), nil
}

// RunTally is Run, returning the mergeable tally of the games rather than
// their summary. With a Shard it plays only the shard's share.
func RunTally(ctx context.Context, src Source, opts Options) (*Tally, error) {
	seats, err := Seats(src.Scenario, opts.Mix)
	if err != nil {
		return nil, err
	}
	if opts.Games < 1 {
		return nil, fmt.Errorf("games must be at least 1 (got %d)", opts.Games)
	}
	if err := opts.Shard.Check(); err != nil {
		return nil, err
	}
	src = src.Prepared()
	total := opts.Shard.count(opts.Games)
	var observer *balance.Observer // shared by the workers, from a tally of its own
	if opts.Balance {
		observer = balance.NewTally(src.Scenario).Observer()
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, total))
	keep := opts.Keep != nil
	jobs := make(chan int)
	out := make(chan finished, workers)
	for range workers {
		go func() {
			// A game that is not kept is dropped once scored: the next
			// game of this worker is played in its memory.
			var spare *rules.State
			for j := range jobs {
				i := opts.Shard.game(j)
				g, err := play(src, opts.Seed+uint64(i), seats, keep, spare)
				spare = nil
				var obs *balance.Game
				if g != nil && observer != nil {
					obs = observer.Observe(g.Final.Events())
				}
				if g != nil && !keep {
					spare, g.Final = g.Final, nil
				}
				out <- finished{i: j, g: g, obs: obs, err: err}
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
		if fed == total || !f.room(fed) {
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
	return f.tally, nil
}

package sim

// fold takes finished games in any order and folds them in seed order:
// into the summary, to Progress and to Keep. Games finished ahead of their
// turn wait in pending; Run hands out game i only while room(i) holds, so
// pending never holds more than window games.
type fold struct {
	opts    Options
	tally   *Tally
	total   int // games this run folds (its shard's share)
	pending map[int]finished
	next    int // the next game to fold
	window  int
	err     error // the first error, in seed order
}

func newFold(src Source, seats map[string]string, opts Options, window int) *fold {
	return &fold{opts: opts, tally: newTally(src, seats, opts.Balance), total: opts.Shard.count(opts.Games),
		pending: map[int]finished{}, window: max(1, window)}
}

// room reports whether game i may be handed out now.
func (f *fold) room(i int) bool { return i < f.next+f.window }

// add takes one finished game and folds every game now due.
func (f *fold) add(r finished) {
	f.pending[r.i] = r
	for {
		r, ok := f.pending[f.next]
		if !ok {
			return
		}
		delete(f.pending, f.next)
		f.next++
		f.take(r)
	}
}

// take folds one game, the next in seed order. After an error the
// remaining games are dropped.
func (f *fold) take(r finished) {
	if f.err != nil {
		return
	}
	if r.err != nil {
		f.err = r.err
		return
	}
	f.tally.add(r.g.Result, r.obs)
	if f.opts.Progress != nil {
		f.opts.Progress(f.next, f.total)
	}
	if f.opts.Keep != nil {
		if err := f.opts.Keep(r.g); err != nil {
			f.err = err
		}
	}
}

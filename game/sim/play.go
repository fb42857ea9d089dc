// Package sim plays headless games with bots: one game into a record, or many
// games across seeds and workers into score statistics for balancing.
package sim

import (
	"fmt"
	"runtime"

	"liaison/game/bot"
	"liaison/game/internal/enginefast"
	"liaison/game/internal/reuse"
	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
)

// Source is a loaded scenario with the bytes and name it came from.
type Source struct {
	Scenario *scenario.Scenario
	Data     []byte
	File     string
	// setup, if set, is Scenario prepared for play (enginefast.Prepare),
	// shared by every game played from this Source; Prepared sets it.
	// When nil, each game prepares the scenario itself.
	setup enginefast.Setup
	// hash is scenario.Hash(Data), set with setup by Prepared, so that
	// the records of a batch hash the scenario once.
	hash string
}

// Prepared returns src with the scenario prepared for play (its index
// built once, and its hash computed), so that games played from it
// share one prepared scenario.
func (src Source) Prepared() Source {
	if src.setup == nil || src.setup.Scenario() != src.Scenario {
		src.setup = enginefast.Prepare(src.Scenario)
		src.hash = ""
	}
	if src.hash == "" {
		src.hash = scenario.Hash(src.Data)
	}
	return src
}

// Game is one finished game. Record is nil when the game was played
// without one (Run keeps records only for Options.Keep).
type Game struct {
	Seed   uint64
	Record *replay.Record
	Final  *rules.State
	Result score.Result
}

// Seats resolves a seat mix for a scenario: every team gets the mix's entry,
// "all" sets the rest, and human seats become cooperative bots.
func Seats(sc *scenario.Scenario, mix map[string]string) (map[string]string, error) {
	out := map[string]string{}
	for _, t := range sc.Teams {
		p := sc.Seats[t.ID]
		if all, ok := mix["all"]; ok {
			p = all
		}
		if m, ok := mix[t.ID]; ok {
			p = m
		}
		if p == "" || p == "human" {
			p = "cooperative"
		}
		out[t.ID] = p
	}
	for k := range mix {
		if _, ok := sc.Team(k); !ok && k != "all" {
			return nil, fmt.Errorf("seat for unknown team %q", k)
		}
	}
	return out, nil
}

// Players builds the bots for a seat map (every seat must be a bot).
func Players(sc *scenario.Scenario, seed uint64, seats map[string]string) (map[string]bot.Player, error) {
	players := map[string]bot.Player{}
	for _, t := range sc.Teams {
		p, err := bot.New(seats[t.ID], bot.BotSeed(seed, t.ID))
		if err != nil {
			return nil, fmt.Errorf("seat %s: %w", t.ID, err)
		}
		players[t.ID] = p
	}
	return players, nil
}

// NewRecord starts the game record of a scenario, seed and seat map, with
// no turns yet.
func NewRecord(src Source, seed uint64, seats map[string]string) *replay.Record {
	sc := src.Scenario
	hash := src.hash
	if hash == "" {
		hash = scenario.Hash(src.Data)
	}
	rec := &replay.Record{Format: replay.FormatVersion, Scenario: sc.ID, ScenarioFile: src.File,
		ScenarioHash: hash, Seed: seed}
	for _, t := range sc.Teams {
		rec.Seats = append(rec.Seats, replay.Seat{Team: t.ID, Player: seats[t.ID]})
	}
	return rec
}

// Play runs one all-bot game to the end, with its record.
func Play(src Source, seed uint64, seats map[string]string) (*Game, error) {
	return play(src, seed, seats, true, nil)
}

// play runs one all-bot game to the end; with record, it keeps the game
// record (every turn and the final state's hash) in Game.Record, otherwise
// Record is nil and Result has the scores only (score.Totals, no losses):
// a batch that keeps only the scores skips that work. If
// spare is not nil, it is the final State of a game the caller drops, and
// the game is played in its memory (enginefast.Setup.Start).
func play(src Source, seed uint64, seats map[string]string, record bool, spare *rules.State) (*Game, error) {
	sc := src.Scenario
	players, err := Players(sc, seed, seats)
	if err != nil {
		return nil, err
	}
	var rec *replay.Record
	if record {
		rec = NewRecord(src, seed, seats)
	}
	src = src.Prepared()
	st := src.setup.Start(seed, spare)
	vs := viewPool.Get()
	defer viewPool.Put(vs)
	if len(*vs) < len(sc.Teams) {
		*vs = make([]rules.View, len(sc.Teams))
	}
	views := (*vs)[:len(sc.Teams)]
	var lists *turnLists
	if rec == nil {
		// Without a record nothing keeps a turn once resolved: one set
		// of order lists serves every round.
		lists = &turnLists{}
	}
	for !st.Over() {
		turn := nextTurn(st, players, views, lists)
		if rec != nil {
			rec.Turns = append(rec.Turns, turn)
		}
		// The game owns st and never looks back: Advance may reuse it.
		st, _ = enginefast.Advance(st, turn)
		// Yield once a round. A game never blocks, and with one P the
		// GC's mark worker otherwise waits for the next preemption (up
		// to 10 ms) while every pointer write pays the write barrier:
		// on harbour-watch the yield made a one-core batch 15–25% faster.
		runtime.Gosched()
	}
	if rec != nil {
		rec.FinalHash = st.Hash()
	}
	scoring := score.Compute
	if rec == nil {
		scoring = score.Totals // a batch without records keeps only the scores
	}
	return &Game{Seed: seed, Record: rec, Final: st, Result: scoring(sc, st.Events())}, nil
}

// viewPool keeps the per-team View buffers of finished games for the next
// game: a bot keeps nothing of a view once it has answered, so the lists
// inside can be refilled.
var viewPool reuse.Pool[[]rules.View]

// NextTurn asks every player, in team order, for its orders on its own view.
func NextTurn(st *rules.State, players map[string]bot.Player) rules.Turn {
	return nextTurn(st, players, nil, nil)
}

// turnLists is a turn's memory, reused round after round when no turn is
// kept: the orders map and each team's order list.
type turnLists struct {
	orders map[string][]rules.Order
	lists  [][]rules.Order
}

// nextTurn is NextTurn; with views (one per team, in team order) it builds
// each player's view into them, with only the parts it reads, reusing their
// memory round after round (a Player keeps nothing of its view once it has
// answered). With
// lists, the turn is built in their memory (valid until the next call).
func nextTurn(st *rules.State, players map[string]bot.Player, views []rules.View, lists *turnLists) rules.Turn {
	sc := st.Scenario()
	var turn rules.Turn
	if lists != nil {
		if lists.orders == nil {
			lists.orders = make(map[string][]rules.Order, len(sc.Teams))
			lists.lists = make([][]rules.Order, len(sc.Teams))
		}
		clear(lists.orders)
		turn.Orders = lists.orders
	} else {
		turn.Orders = make(map[string][]rules.Order, len(sc.Teams))
	}
	for i, t := range sc.Teams {
		p, ok := players[t.ID]
		if !ok {
			continue
		}
		if i >= len(views) {
			turn.Orders[t.ID] = p.Orders(st.View(t.ID), st)
			continue
		}
		enginefast.ViewInto(st, t.ID, &views[i], p.LeanView())
		if lists != nil {
			lists.lists[i] = p.AppendOrders(lists.lists[i][:0], views[i], st)
			turn.Orders[t.ID] = lists.lists[i]
		} else {
			turn.Orders[t.ID] = p.Orders(views[i], st)
		}
	}
	return turn
}

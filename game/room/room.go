// Package room is the host-authoritative core of a networked game: one
// engine state, one Seat per team (a person, local or remote, or a bot),
// and the round's cycle of "collect orders from the seats, resolve,
// publish". It knows nothing of screens, handoffs or sockets: the hot-seat
// session steps people through one screen, the network layer (game/netplay)
// relays remote people's orders, and both hand them to a Room.
//
// A Room is not safe for concurrent use: one goroutine owns it (netplay
// runs one goroutine per room). Only HumanSeat may be touched from others.
package room

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"liaison/game/bot"
	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/score"
)

// Config describes a new room's game.
type Config struct {
	Scenario *scenario.Scenario // defaults applied
	Data     []byte             // the scenario file's bytes (saves hash them)
	File     string             // the scenario's name (embedded) or path
	Source   save.Source        // where a resumed host finds the scenario again
	Seed     uint64             // 0: the scenario's seed
	// Seats maps a team id to Human or a bot personality; a team missing
	// here gets the scenario's default seat (Human when it names none).
	Seats map[string]string
	// Facilitator says an instructor runs the facilitator seat; it is kept
	// in saves so the desktop game reopens them with the facilitator view.
	Facilitator bool
	// NewBot builds a bot seat's player; nil uses bot.New. Each team's bot
	// is seeded with bot.BotSeed(seed, team) whoever builds it.
	NewBot func(personality string, seed uint64) (bot.Player, error)
}

// Room is one game played by seats that may sit anywhere.
type Room struct {
	sc      *scenario.Scenario
	data    []byte
	file    string
	src     save.Source
	seed    uint64
	facil   bool
	st      *rules.State
	seats   []Seat // per team, file order
	turns   []rules.Turn
	actions []rules.FacilitatorAction
	drafts  map[string][]rules.Order // queued by a person, not yet confirmed
	paused  bool
	last    []rules.Event
	result  *score.Result
}

// ErrPaused refuses orders and resolution while the facilitator has paused the exercise.
var ErrPaused = errors.New("the facilitator has paused the exercise")

// ErrOver refuses anything that needs a round once the game has ended.
var ErrOver = errors.New("the game is over")

// New starts a game at round 1.
func New(c Config) (*Room, error) {
	if c.Scenario == nil {
		return nil, errors.New("new room: no scenario")
	}
	sc := c.Scenario
	seed := c.Seed
	if seed == 0 {
		seed = sc.Seed
	}
	for team := range c.Seats {
		if sc.TeamIndex(team) < 0 {
			return nil, fmt.Errorf("new room of %s: a seat for team %q, which the scenario does not have", sc.ID, team)
		}
	}
	kinds := make([]string, len(sc.Teams))
	for i, t := range sc.Teams {
		k := c.Seats[t.ID]
		if k == "" {
			k = sc.Seats[t.ID]
		}
		if k == "" {
			k = Human
		}
		kinds[i] = k
	}
	return build(c, seed, kinds, rules.New(sc, seed))
}

// build seats every team on a state.
func build(c Config, seed uint64, kinds []string, st *rules.State) (*Room, error) {
	r := &Room{sc: c.Scenario, data: c.Data, file: c.File, src: c.Source, seed: seed, facil: c.Facilitator,
		st: st, drafts: map[string][]rules.Order{}}
	for i, t := range r.sc.Teams {
		s, err := newSeat(c.NewBot, kinds[i], seed, t.ID)
		if err != nil {
			return nil, fmt.Errorf("new room of %s: seat of %s: %w", r.sc.ID, t.ID, err)
		}
		r.seats = append(r.seats, s)
	}
	r.score()
	return r, nil
}

// newSeat makes a person's seat or the team's bot (built by newBot, or
// bot.New when it is nil).
func newSeat(newBot func(string, uint64) (bot.Player, error), kind string, seed uint64, team string) (Seat, error) {
	if kind == Human {
		return NewHumanSeat(), nil
	}
	if kind == "" {
		return nil, errors.New("no one plays it (a seat is a person or a bot)")
	}
	if newBot == nil {
		return NewBotSeat(kind, bot.BotSeed(seed, team))
	}
	p, err := newBot(kind, bot.BotSeed(seed, team))
	if err != nil {
		return nil, err
	}
	return &BotSeat{Player: p, Personality: kind}, nil
}

// Scenario returns the scenario being played.
func (r *Room) Scenario() *scenario.Scenario { return r.sc }

// Round returns the current round (1-based).
func (r *Room) Round() int { return r.st.Round() }

// Over reports whether the game has ended.
func (r *Room) Over() bool { return r.st.Over() }

// Hash returns the engine state's hash.
func (r *Room) Hash() string { return r.st.Hash() }

// Seed returns the game seed.
func (r *Room) Seed() uint64 { return r.seed }

// Teams lists the team ids in file order.
func (r *Room) Teams() []string {
	out := make([]string, len(r.sc.Teams))
	for i, t := range r.sc.Teams {
		out[i] = t.ID
	}
	return out
}

// Humans lists the teams people play (Human seats), in file order.
func (r *Room) Humans() []string {
	var out []string
	for i, t := range r.sc.Teams {
		if r.seats[i].Kind() == Human {
			out = append(out, t.ID)
		}
	}
	return out
}

// Kind returns a team's seat kind (Human or a personality), "" for no such team.
func (r *Room) Kind(team string) string {
	if s := r.seat(team); s != nil {
		return s.Kind()
	}
	return ""
}

// seat returns a team's seat, nil for no such team.
func (r *Room) seat(team string) Seat {
	if i := r.sc.TeamIndex(team); i >= 0 {
		return r.seats[i]
	}
	return nil
}

// human returns a team's person's seat, or an error naming why there is none.
func (r *Room) human(team string) (*HumanSeat, error) {
	s := r.seat(team)
	if s == nil {
		return nil, fmt.Errorf("no team %q", team)
	}
	h, ok := s.(*HumanSeat)
	if !ok {
		return nil, fmt.Errorf("%s is played by a %s bot", team, s.Kind())
	}
	return h, nil
}

// View is what one team may see: the engine's allow-listed View.
func (r *Room) View(team string) (rules.View, error) {
	if r.seat(team) == nil {
		return rules.View{}, fmt.Errorf("no team %q", team)
	}
	return r.st.View(team), nil
}

// Facilitator returns the instructor's view of everything.
func (r *Room) Facilitator() rules.FacilitatorView { return r.st.Facilitator() }

// Legality answers legality questions on the round's state.
func (r *Room) Legality() *rules.State { return r.st }

// check validates a team's order list in sequence.
func (r *Room) check(team string, orders []rules.Order) error {
	for i, o := range orders {
		if o.Team != team {
			return &OrderError{Index: i, Err: fmt.Errorf("the order is for %q, not %s", o.Team, team)}
		}
		if err := r.st.Validate(orders[:i], o); err != nil {
			return &OrderError{Index: i, Err: err}
		}
	}
	return nil
}

// OrderError locates an illegal order in a list.
type OrderError struct {
	Index int // 0-based
	Err   error
}

// Error says which order and why.
func (e *OrderError) Error() string { return fmt.Sprintf("order %d: %v", e.Index+1, e.Err) }

// Unwrap returns the reason.
func (e *OrderError) Unwrap() error { return e.Err }

// Queue keeps a person's orders in progress (checked, not confirmed), so a
// reconnecting client gets them back. It replaces any earlier queue.
func (r *Room) Queue(team string, orders []rules.Order) error {
	if err := r.open(team); err != nil {
		return err
	}
	if err := r.check(team, orders); err != nil {
		return err
	}
	r.drafts[team] = slices.Clone(orders)
	return nil
}

// Queued returns a person's orders in progress, or the confirmed ones.
func (r *Room) Queued(team string) []rules.Order {
	if h, err := r.human(team); err == nil {
		if os, ok := h.Confirmed(); ok {
			return os
		}
	}
	return slices.Clone(r.drafts[team])
}

// open checks that team is a person's seat that may still give orders.
func (r *Room) open(team string) error {
	h, err := r.human(team)
	if err != nil {
		return err
	}
	switch {
	case r.st.Over():
		return ErrOver
	case r.paused:
		return ErrPaused
	}
	if _, ok := h.Confirmed(); ok {
		return fmt.Errorf("%s already confirmed its orders for round %d", team, r.Round())
	}
	return nil
}

// Confirm hands in a person's orders for the round; every order is checked
// in sequence and the first illegal one refuses the whole list.
func (r *Room) Confirm(team string, orders []rules.Order) error {
	if err := r.open(team); err != nil {
		return err
	}
	if err := r.check(team, orders); err != nil {
		return err
	}
	h, _ := r.human(team)
	h.Confirm(orders)
	delete(r.drafts, team)
	return nil
}

// Confirmed reports whether a team's orders are in: a bot's always are.
func (r *Room) Confirmed(team string) bool {
	h, err := r.human(team)
	if err != nil {
		return r.seat(team) != nil
	}
	_, ok := h.Confirmed()
	return ok
}

// Waiting lists the people's teams that have not confirmed, in file order.
func (r *Room) Waiting() []string {
	var out []string
	for _, t := range r.Teams() {
		if !r.Confirmed(t) {
			out = append(out, t)
		}
	}
	return out
}

// Ready reports whether every seat has confirmed (and the game goes on).
func (r *Room) Ready() bool { return !r.st.Over() && len(r.Waiting()) == 0 }

// Paused reports whether the facilitator paused the exercise.
func (r *Room) Paused() bool { return r.paused }

// SetPaused pauses or resumes the exercise.
func (r *Room) SetPaused(p bool) { r.paused = p }

// FireInject queues a scenario inject to fire as this round resolves.
func (r *Room) FireInject(id string) error {
	if r.st.Over() {
		return ErrOver
	}
	for _, in := range r.sc.Injects {
		if in.ID == id {
			r.actions = append(r.actions, rules.FacilitatorAction{Inject: id})
			return nil
		}
	}
	return fmt.Errorf("no inject %q in this scenario", id)
}

// MaxNote bounds a facilitator note, as the engine clips them.
const MaxNote = 280

// AddNote queues a facilitator note for the timeline.
func (r *Room) AddNote(text string) error {
	switch {
	case r.st.Over():
		return ErrOver
	case text == "":
		return errors.New("the note is empty")
	case len(text) > MaxNote:
		return fmt.Errorf("the note is %d bytes; the limit is %d", len(text), MaxNote)
	}
	r.actions = append(r.actions, rules.FacilitatorAction{Note: text})
	return nil
}

// PendingActions lists the facilitator's actions queued for this round.
func (r *Room) PendingActions() []rules.FacilitatorAction { return slices.Clone(r.actions) }

// HandToBot gives a person's seat to a bot of a personality (say the
// trainee left); the bot plays from the round's start, ignoring any orders
// the person confirmed this round.
func (r *Room) HandToBot(team, personality string) error {
	if _, err := r.human(team); err != nil {
		return err
	}
	s, err := NewBotSeat(personality, bot.BotSeed(r.seed, team))
	if err != nil {
		return err
	}
	r.seats[r.sc.TeamIndex(team)] = s
	delete(r.drafts, team)
	return nil
}

// Resolve collects every seat's orders and resolves the round. Unless
// force is set, every seat must have confirmed; with force (the
// facilitator resolves, or the round timer ran out) a person who has not
// confirmed gives no orders this round. It returns the round's events.
func (r *Room) Resolve(ctx context.Context, force bool) ([]rules.Event, error) {
	switch {
	case r.st.Over():
		return nil, ErrOver
	case r.paused:
		return nil, ErrPaused
	case !force && !r.Ready():
		return nil, fmt.Errorf("waiting for %v to confirm", r.Waiting())
	}
	turn, err := r.collect(ctx)
	if err != nil {
		return nil, err
	}
	next, evs := rules.Resolve(r.st, turn)
	r.st, r.last = next, evs
	r.turns = append(r.turns, turn)
	r.actions = nil
	r.drafts = map[string][]rules.Order{}
	for _, s := range r.seats {
		if h, ok := s.(*HumanSeat); ok {
			h.Reset()
		}
	}
	r.score()
	return evs, nil
}

// collect asks every seat for its orders, in team order. People are asked
// with an ended context: whoever has not confirmed gives none. A seat's
// empty answer is kept as it came (a bot's nil is null in records, as
// every headless tool and the hot-seat session record it), so the same
// game gives byte-identical records wherever it is played.
func (r *Room) collect(ctx context.Context) (rules.Turn, error) {
	now, cancel := context.WithCancel(ctx)
	cancel()
	turn := rules.Turn{Orders: map[string][]rules.Order{}, Facilitator: slices.Clone(r.actions)}
	for i, t := range r.sc.Teams {
		s := r.seats[i]
		ask := ctx
		if s.Kind() == Human {
			ask = now
		}
		os, err := s.Orders(ask, r.st.View(t.ID), r.st)
		switch {
		case errors.Is(err, ErrNotConfirmed):
			os = nil
		case err != nil:
			return rules.Turn{}, fmt.Errorf("orders of %s: %w", t.ID, err)
		}
		turn.Orders[t.ID] = os
	}
	return turn, nil
}

// score computes the final result once the game ends.
func (r *Room) score() {
	if r.st.Over() && r.result == nil {
		res := score.Compute(r.sc, r.st.Events())
		r.result = &res
	}
}

// LastRound returns the events of the last resolved round.
func (r *Room) LastRound() []rules.Event { return r.last }

// Turns returns every resolved round's turn.
func (r *Room) Turns() []rules.Turn { return r.turns }

// Result returns the final scores (ok false before the end).
func (r *Room) Result() (score.Result, bool) {
	if r.result == nil {
		return score.Result{}, false
	}
	return *r.result, true
}

// Record returns the game so far as a replay record.
func (r *Room) Record() *replay.Record {
	rec := &replay.Record{Format: replay.FormatVersion, Scenario: r.sc.ID, ScenarioFile: r.file,
		ScenarioHash: scenario.Hash(r.data), Seed: r.seed, FinalHash: r.st.Hash(), Turns: slices.Clone(r.turns)}
	for i, t := range r.sc.Teams {
		rec.Seats = append(rec.Seats, replay.Seat{Team: t.ID, Player: r.seats[i].Kind()})
	}
	return rec
}

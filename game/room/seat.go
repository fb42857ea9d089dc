package room

import (
	"context"
	"errors"
	"slices"
	"sync"

	"liaison/game/bot"
	"liaison/game/rules"
)

// Seat is whoever gives one team's orders: a local person at the screen, a
// bot, or a remote client. Orders returns the team's orders for the round of
// v, each legal in sequence. A person's seat blocks until the person
// confirms, and returns ctx's error when ctx ends first (the facilitator
// resolved without them, or the host is stopping).
type Seat interface {
	Orders(ctx context.Context, v rules.View, legal bot.Legality) ([]rules.Order, error)
	// Kind is Human for a person (local or remote) or a bot personality.
	Kind() string
}

// Human is the seat kind of a person, at this screen or over the network.
const Human = "human"

// BotSeat is a computer partner in a seat.
type BotSeat struct {
	Player      bot.Player
	Personality string
}

// NewBotSeat builds the bot of a personality, seeded as every other tool
// seeds a team's bot, so a game plays on identically wherever it continues.
func NewBotSeat(personality string, seed uint64) (*BotSeat, error) {
	p, err := bot.New(personality, seed)
	if err != nil {
		return nil, err
	}
	return &BotSeat{Player: p, Personality: personality}, nil
}

// Orders asks the bot; it never blocks.
func (b *BotSeat) Orders(ctx context.Context, v rules.View, legal bot.Legality) ([]rules.Order, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return b.Player.Orders(v, legal), nil
}

// Kind returns the bot's personality.
func (b *BotSeat) Kind() string { return b.Personality }

// ErrNotConfirmed is a person's seat's answer when asked for orders it
// has not confirmed and the caller cannot wait.
var ErrNotConfirmed = errors.New("the team has not confirmed its orders")

// HumanSeat is a person's seat, local or remote: the person's client hands
// in confirmed orders with Confirm, and Orders returns them (waiting for
// them until ctx ends). Safe for concurrent use.
type HumanSeat struct {
	mu        sync.Mutex
	confirmed []rules.Order
	ok        bool
	ready     chan struct{} // closed when ok turns true
}

// NewHumanSeat returns a seat with nothing confirmed.
func NewHumanSeat() *HumanSeat { return &HumanSeat{ready: make(chan struct{})} }

// Kind returns Human.
func (h *HumanSeat) Kind() string { return Human }

// Confirm hands in the round's orders (already checked by the room).
func (h *HumanSeat) Confirm(orders []rules.Order) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.confirmed = slices.Clone(orders)
	if !h.ok {
		h.ok = true
		close(h.ready)
	}
}

// Confirmed reports whether orders were handed in this round, and which.
func (h *HumanSeat) Confirmed() ([]rules.Order, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.confirmed), h.ok
}

// Reset forgets the round's orders for the next round.
func (h *HumanSeat) Reset() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.confirmed, h.ok = nil, false
	h.ready = make(chan struct{})
}

// Orders returns the confirmed orders, waiting for them until ctx ends.
func (h *HumanSeat) Orders(ctx context.Context, _ rules.View, _ bot.Legality) ([]rules.Order, error) {
	h.mu.Lock()
	ready, ok, os := h.ready, h.ok, slices.Clone(h.confirmed)
	h.mu.Unlock()
	if ok { // confirmed orders win over an ended ctx
		return os, nil
	}
	select {
	case <-ready:
		os, _ := h.Confirmed()
		return os, nil
	case <-ctx.Done():
		return nil, errors.Join(ErrNotConfirmed, ctx.Err())
	}
}

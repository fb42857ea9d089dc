package report

import (
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
)

// Describer words a game's events and scoring texts for people, as the AAR
// does, without building the whole AAR: for screens that show a few events
// or losses (the end screen) and must never show an id. Build it once per
// game state; it reads the events once.
type Describer struct{ b *builder }

// NewDescriber indexes a scenario (defaults applied) and the events of a
// game so far.
func NewDescriber(sc *scenario.Scenario, events []rules.Event) *Describer {
	return &Describer{b: newBuilder(sc, nil, events)}
}

// Event says what happened and why, in names ("Nordvik Security Service
// declines Maritime Task Force Grey Sound's request of round 2 for …").
func (d *Describer) Event(e rules.Event) (what, why string) { return d.b.describe(e) }

// Text words a text that mixes names and ids (an inject's expected
// outcome, a score's basis) for readers: names for ids, "3 rounds" for
// "3 round(s)".
func (d *Describer) Text(s string) string { return plurals(d.b.human.text(s)) }

// Loss words a scoring loss as the AAR's "Where the points went" does.
func (d *Describer) Loss(l score.Loss) string { return d.b.lossText(l) }

// Team is a team's name.
func (d *Describer) Team(id string) string { return d.b.names.team(id) }

// Item is an item's title in quotes, a sanitised copy marked as such.
func (d *Describer) Item(id string) string { return d.b.names.item(id) }

// Threat is a threat's name.
func (d *Describer) Threat(id string) string { return d.b.names.threat(id) }

// Channel is a channel's name; a liaison officer's link is named after
// its two teams.
func (d *Describer) Channel(id string) string { return d.b.names.channel(id) }

// Inject is an inject's title.
func (d *Describer) Inject(id string) string { return d.b.names.inject(id) }

// Request describes a request by who asked for what ("Nordvik Security
// Service's request of round 7 for the “where” of …"), "a request" when
// the events do not hold it.
func (d *Describer) Request(id string) string { return d.b.names.request(id) }

// Message names a kind of structured message ("an acknowledgement").
func (d *Describer) Message(kind string) string { return message(kind) }

// Condition words an inject's trigger or check with names ("Nordvik
// Security Service still lacks “Berth watch log” by round 5").
func (d *Describer) Condition(c *scenario.Condition) string { return d.b.condition(c) }

package report

import (
	"liaison/game/rules"
	"liaison/game/scenario"
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

// Text rewrites the ids in a scoring or engine text (a score.Loss's Text)
// to names.
func (d *Describer) Text(s string) string { return d.b.human.text(s) }

// Package score turns a game's event log into the seven coordination scores
// of docs/rules.md ("Scoring"), per team and for the coalition, weighted into a total and
// a letter grade. Every point lost is a Loss that names the engine event that
// caused it, so the after-action review can say exactly why.
//
// Scores are computed from the scenario and the rules event log alone; the
// package is pure and deterministic.
package score

import (
	"slices"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// Coalition is the pseudo team id of the coalition-wide score.
const Coalition = "coalition"

// Dim is one dimension's score for one team (or the coalition).
type Dim struct {
	Name     string  `json:"name"`
	Score    float64 `json:"score"`    // 0–100
	Measured bool    `json:"measured"` // false: nothing to measure, left out of the total
	Weight   float64 `json:"weight"`
	Basis    string  `json:"basis"` // what was measured, e.g. "7 of 9 need-to-know pairs in time"
}

// Loss is points lost in one dimension because of one cause.
type Loss struct {
	Team      string  `json:"team"`
	Dimension string  `json:"dimension"`
	Points    float64 `json:"points"` // on the dimension's 0–100 scale
	Impact    float64 `json:"impact"` // points of the weighted total this loss cost
	Round     int     `json:"round"`
	Cause     int     `json:"cause"` // rules.Event.Seq, or -1 when the cause is an absence (never received, never answered)
	Rule      string  `json:"rule"`
	Text      string  `json:"text"`
}

// Card is the score of one team or of the coalition.
type Card struct {
	Team   string  `json:"team"`
	Dims   []Dim   `json:"dims"`
	Total  float64 `json:"total"`
	Grade  string  `json:"grade"`
	Losses []Loss  `json:"losses"` // largest impact on the total first
}

// Dim returns the named dimension of the card.
func (c *Card) Dim(name string) Dim {
	for _, d := range c.Dims {
		if d.Name == name {
			return d
		}
	}
	return Dim{Name: name}
}

// Result is the full scoring of a game.
type Result struct {
	Coalition Card   `json:"coalition"`
	Teams     []Card `json:"teams"` // scenario team order
	Threats   int    `json:"threats"`
	Disrupted int    `json:"disrupted"` // threats disrupted before striking
}

// Scores returns r without its explanations: every card's losses and
// dimension bases removed (a copy; r is unchanged). Compute(…).Scores()
// equals Totals(…).Scores().
func (r Result) Scores() Result {
	strip := func(c Card) Card {
		c.Losses = nil
		c.Dims = slices.Clone(c.Dims)
		for i := range c.Dims {
			c.Dims[i].Basis = ""
		}
		return c
	}
	r.Coalition = strip(r.Coalition)
	r.Teams = slices.Clone(r.Teams)
	for i := range r.Teams {
		r.Teams[i] = strip(r.Teams[i])
	}
	return r
}

// Team returns the card of a team, or the coalition card for Coalition.
func (r Result) Team(id string) (Card, bool) {
	if id == Coalition {
		return r.Coalition, true
	}
	for _, c := range r.Teams {
		if c.Team == id {
			return c, true
		}
	}
	return Card{}, false
}

// Grade maps a total to a letter: A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, else F.
func Grade(total float64) string {
	switch {
	case total >= 85:
		return "A"
	case total >= 70:
		return "B"
	case total >= 55:
		return "C"
	case total >= 40:
		return "D"
	}
	return "F"
}

// Compute scores a game from its scenario (defaults applied) and its event log.
func Compute(sc *scenario.Scenario, events []rules.Event) Result {
	return compute(sc, events, false)
}

// Totals is Compute without the explanations: every card's total, grade
// and dimension scores (name, weight, measured, score) exactly as Compute
// gives them, but no Losses, and a Basis only where it is a fixed phrase
// (most are ""). It is for batches that aggregate scores and never show a
// game's losses, in about 60% of Compute's time (BenchmarkTotals).
func Totals(sc *scenario.Scenario, events []rules.Event) Result {
	return compute(sc, events, true)
}

// compute is Compute, or Totals when lean.
func compute(sc *scenario.Scenario, events []rules.Event, lean bool) Result {
	l := newLedger(sc, events, lean)
	nd := len(scenario.Dimensions)
	dims := make([]Dim, (len(sc.Teams)+1)*nd)
	cardDims := func(i int) []Dim { return dims[i*nd : (i+1)*nd : (i+1)*nd] }
	most, all := l.lossBounds()
	if lean {
		// Each card's losses are dropped once counted: one card's room
		// serves them all.
		all = most
	}
	out := make([]Loss, 0, all)
	l.keys = make([]lossKey, 0, most)
	l.segs = make([]int, 0, nd)
	var res Result
	if len(sc.Teams) > 0 {
		res.Teams = make([]Card, len(sc.Teams))
	}
	for i := range sc.Teams {
		res.Teams[i], out = l.card(i, cardDims(i), out)
		if lean {
			out = out[:0]
		}
	}
	res.Coalition, _ = l.card(coalitionCard, cardDims(len(sc.Teams)), out)
	res.Threats = len(sc.Threats)
	res.Disrupted = l.disrupted
	return res
}

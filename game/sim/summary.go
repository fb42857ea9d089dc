package sim

import "liaison/game/score"

// Stat is the mean, minimum and maximum of one measure over games where it
// was measured (N of them).
type Stat struct {
	Mean float64 `json:"mean"`
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
	N    int     `json:"n"`
}

func (s *Stat) add(x float64) {
	if s.N == 0 || x < s.Min {
		s.Min = x
	}
	if s.N == 0 || x > s.Max {
		s.Max = x
	}
	s.Mean += (x - s.Mean) / float64(s.N+1)
	s.N++
}

// CardStats aggregates one team's (or the coalition's) cards.
type CardStats struct {
	Team   string          `json:"team"`
	Player string          `json:"player,omitempty"`
	Total  Stat            `json:"total"`
	Dims   map[string]Stat `json:"dims"`
	Grades map[string]int  `json:"grades"`
}

// Summary is the outcome of a batch of games for one seat mix.
type Summary struct {
	Scenario    string            `json:"scenario"`
	Games       int               `json:"games"`
	Seats       map[string]string `json:"seats"`
	OutcomeRate float64           `json:"outcome_rate"` // threats disrupted / threats, over all games
	Coalition   CardStats         `json:"coalition"`
	Teams       []CardStats       `json:"teams"`
}

func newCardStats(team, player string) CardStats {
	return CardStats{Team: team, Player: player, Dims: map[string]Stat{}, Grades: map[string]int{}}
}

func (c *CardStats) add(card score.Card) {
	c.Total.add(card.Total)
	c.Grades[card.Grade]++
	for _, d := range card.Dims {
		if !d.Measured {
			continue
		}
		s := c.Dims[d.Name]
		s.add(d.Score)
		c.Dims[d.Name] = s
	}
}

// summary folds game results, in seed order, into a Summary.
type summary struct {
	s                  *Summary
	threats, disrupted int
}

func newSummary(src Source, seats map[string]string) *summary {
	sc := src.Scenario
	s := &Summary{Scenario: sc.ID, Seats: seats, Coalition: newCardStats(score.Coalition, "")}
	for _, t := range sc.Teams {
		s.Teams = append(s.Teams, newCardStats(t.ID, seats[t.ID]))
	}
	return &summary{s: s}
}

// add folds the result of the next game.
func (m *summary) add(r score.Result) {
	m.s.Games++
	m.s.Coalition.add(r.Coalition)
	for i := range r.Teams {
		m.s.Teams[i].add(r.Teams[i])
	}
	m.threats += r.Threats
	m.disrupted += r.Disrupted
}

// finish returns the summary of the games folded so far.
func (m *summary) finish() *Summary {
	if m.threats > 0 {
		m.s.OutcomeRate = float64(m.disrupted) / float64(m.threats)
	}
	return m.s
}

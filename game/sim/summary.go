package sim

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"liaison/game/balance"
	"liaison/game/score"
)

// Stat is the mean, minimum and maximum of one measure over games where it
// was measured (N of them).
type Stat struct {
	Mean float64 `json:"mean"`
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
	N    int     `json:"n"`
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
	// Balance is the balance tally of the games, when asked for
	// (Options.Balance); balance.Build turns it into a report.
	Balance *balance.Tally `json:"-"`
}

// StatTally is the mergeable state of a Stat: scores are in tenths of a
// point (score rounds them so), summed as integers so that any split of
// the games sums to the same.
type StatTally struct {
	Tenths int64   `json:"tenths"` // sum of the values, in tenths
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
	N      int     `json:"n"`
}

func (s *StatTally) add(x float64) {
	if s.N == 0 || x < s.Min {
		s.Min = x
	}
	if s.N == 0 || x > s.Max {
		s.Max = x
	}
	s.Tenths += int64(math.Round(x * 10))
	s.N++
}

func (s *StatTally) merge(o StatTally) {
	if o.N == 0 {
		return
	}
	if s.N == 0 || o.Min < s.Min {
		s.Min = o.Min
	}
	if s.N == 0 || o.Max > s.Max {
		s.Max = o.Max
	}
	s.Tenths += o.Tenths
	s.N += o.N
}

// Stat is the tally's statistic: the mean is computed once, here.
func (s StatTally) Stat() Stat {
	st := Stat{Min: s.Min, Max: s.Max, N: s.N}
	if s.N > 0 {
		st.Mean = float64(s.Tenths) / 10 / float64(s.N)
	}
	return st
}

// CardTally is the mergeable state of a CardStats.
type CardTally struct {
	Team   string               `json:"team"`
	Player string               `json:"player,omitempty"`
	Total  StatTally            `json:"total"`
	Dims   map[string]StatTally `json:"dims"`
	Grades map[string]int       `json:"grades"`
}

func newCardTally(team, player string) CardTally {
	return CardTally{Team: team, Player: player, Dims: map[string]StatTally{}, Grades: map[string]int{}}
}

func (c *CardTally) add(card score.Card) {
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

func (c *CardTally) merge(o *CardTally) {
	c.Total.merge(o.Total)
	for k, v := range o.Grades {
		c.Grades[k] += v
	}
	for k, v := range o.Dims {
		s := c.Dims[k]
		s.merge(v)
		c.Dims[k] = s
	}
}

func (c *CardTally) stats() CardStats {
	out := CardStats{Team: c.Team, Player: c.Player, Total: c.Total.Stat(), Dims: map[string]Stat{}, Grades: map[string]int{}}
	for k, v := range c.Dims {
		out.Dims[k] = v.Stat()
	}
	for k, v := range c.Grades {
		out.Grades[k] = v
	}
	return out
}

// Tally is the mergeable state of a batch of games for one seat mix:
// sums, counts, minima and maxima only, so that the tallies of shares of
// the seeds merge into exactly the tally of the whole batch.
type Tally struct {
	Scenario  string            `json:"scenario"`
	Games     int               `json:"games"`
	Seats     map[string]string `json:"seats"`
	Threats   int               `json:"threats"`
	Disrupted int               `json:"disrupted"`
	Coalition CardTally         `json:"coalition"`
	Teams     []CardTally       `json:"teams"`
	Balance   *balance.Tally    `json:"balance,omitempty"`
}

func newTally(src Source, seats map[string]string, withBalance bool) *Tally {
	sc := src.Scenario
	t := &Tally{Scenario: sc.ID, Seats: seats, Coalition: newCardTally(score.Coalition, ""), Teams: []CardTally{}}
	for _, tm := range sc.Teams {
		t.Teams = append(t.Teams, newCardTally(tm.ID, seats[tm.ID]))
	}
	if withBalance {
		t.Balance = balance.NewTally(sc)
	}
	return t
}

// add folds the result of the next game (and its balance observation,
// when the tally has a balance).
func (t *Tally) add(r score.Result, obs *balance.Game) {
	t.Games++
	t.Coalition.add(r.Coalition)
	for i := range r.Teams {
		t.Teams[i].add(r.Teams[i])
	}
	t.Threats += r.Threats
	t.Disrupted += r.Disrupted
	if t.Balance != nil && obs != nil {
		t.Balance.Add(obs)
	}
}

// Merge adds the tally of another share of the same batch into t. It
// refuses a tally of another scenario or seat mix.
func (t *Tally) Merge(o *Tally) error {
	if t.Scenario != o.Scenario {
		return fmt.Errorf("tallies of different scenarios: %s and %s", t.Scenario, o.Scenario)
	}
	if MixLabel(t.Seats, t.teamIDs()) != MixLabel(o.Seats, o.teamIDs()) || len(t.Teams) != len(o.Teams) {
		return fmt.Errorf("tallies of different seat mixes: %s and %s", MixLabel(t.Seats, t.teamIDs()), MixLabel(o.Seats, o.teamIDs()))
	}
	if (t.Balance == nil) != (o.Balance == nil) {
		return fmt.Errorf("one tally has a balance analysis and the other has not")
	}
	for i := range t.Teams {
		if t.Teams[i].Team != o.Teams[i].Team {
			return fmt.Errorf("tallies of different teams: %s and %s", t.Teams[i].Team, o.Teams[i].Team)
		}
	}
	if t.Balance != nil {
		if err := t.Balance.Merge(o.Balance); err != nil {
			return err
		}
	}
	t.Games += o.Games
	t.Threats += o.Threats
	t.Disrupted += o.Disrupted
	t.Coalition.merge(&o.Coalition)
	for i := range t.Teams {
		t.Teams[i].merge(&o.Teams[i])
	}
	return nil
}

func (t *Tally) teamIDs() []string {
	ids := make([]string, len(t.Teams))
	for i, c := range t.Teams {
		ids[i] = c.Team
	}
	return ids
}

// Summary computes the statistics of the tally.
func (t *Tally) Summary() *Summary {
	s := &Summary{Scenario: t.Scenario, Games: t.Games, Seats: t.Seats, Coalition: t.Coalition.stats(),
		Teams: []CardStats{}, Balance: t.Balance}
	for i := range t.Teams {
		s.Teams = append(s.Teams, t.Teams[i].stats())
	}
	if t.Threats > 0 {
		s.OutcomeRate = float64(t.Disrupted) / float64(t.Threats)
	}
	return s
}

// MixLabel names a seat mix for people: "all=p" when every team has the
// same personality, else "team=p,…" in team order.
func MixLabel(seats map[string]string, teams []string) string {
	var parts []string
	same := true
	for _, id := range teams {
		parts = append(parts, id+"="+seats[id])
		same = same && seats[id] == seats[teams[0]]
	}
	if len(teams) > 0 && same {
		return "all=" + seats[teams[0]]
	}
	var extra []string
	for k, v := range seats {
		if !slices.Contains(teams, k) {
			extra = append(extra, k+"="+v)
		}
	}
	slices.Sort(extra)
	return strings.Join(append(parts, extra...), ",")
}

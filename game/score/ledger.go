package score

import (
	"sort"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// ledger indexes a game's events for the dimension calculators.
type ledger struct {
	sc     *scenario.Scenario
	events []rules.Event
	last   int // last round played
	// readable[team][root] = first round the team held a readable copy.
	readable map[string]map[string]int
	names    map[string]string
}

func newLedger(sc *scenario.Scenario, events []rules.Event) *ledger {
	l := &ledger{sc: sc, events: events, readable: map[string]map[string]int{}, names: map[string]string{}}
	for _, t := range sc.Teams {
		l.readable[t.ID] = map[string]int{}
		l.names[t.ID] = t.Name
	}
	for _, it := range sc.Items {
		for _, h := range it.HeldBy {
			l.markReadable(h, it.ID, 1)
		}
	}
	for _, e := range events {
		if e.Round > l.last {
			l.last = e.Round
		}
		switch e.Kind {
		case rules.EvDeliver:
			if e.Readable {
				l.markReadable(e.Team, rootOf(e), e.Round)
			}
		case rules.EvTranslate:
			l.markReadable(e.Team, Root(e.Item), e.Round)
		}
	}
	return l
}

func (l *ledger) markReadable(team, root string, round int) {
	m, ok := l.readable[team]
	if !ok {
		return
	}
	if r, seen := m[root]; !seen || round < r {
		m[root] = round
	}
}

// Root strips the sanitised-copy suffix from an item id.
func Root(item string) string {
	if i := strings.IndexByte(item, '~'); i >= 0 {
		return item[:i]
	}
	return item
}

func rootOf(e rules.Event) string {
	if e.Root != "" {
		return Root(e.Root)
	}
	return Root(e.Item)
}

// name returns a team's display name.
func (l *ledger) name(team string) string {
	if n, ok := l.names[team]; ok {
		return n
	}
	return team
}

// involves reports whether a card (team or coalition) covers a team.
func involves(card, team string) bool { return card == Coalition || card == team }

func involvesAny(card string, teams []string) bool {
	if card == Coalition {
		return true
	}
	for _, t := range teams {
		if t == card {
			return true
		}
	}
	return false
}

// card computes every dimension for one team or the coalition.
func (l *ledger) card(team string) Card {
	c := Card{Team: team}
	calcs := map[string]func(string) (Dim, []Loss){
		"reach":           l.reach,
		"compliance":      l.compliance,
		"trust":           l.trust,
		"synchronisation": l.synchronisation,
		"responsiveness":  l.responsiveness,
		"outcome":         l.outcome,
		"discipline":      l.discipline,
	}
	var sum, weights float64
	for _, name := range scenario.Dimensions {
		d, losses := calcs[name](team)
		d.Name = name
		d.Weight = l.sc.Scoring.Weights.Of(name)
		d.Score = clamp(d.Score)
		if d.Measured && d.Weight > 0 {
			sum += d.Score * d.Weight
			weights += d.Weight
		}
		c.Dims = append(c.Dims, d)
		for i := range losses {
			losses[i].Team = team
			losses[i].Dimension = name
		}
		c.Losses = append(c.Losses, losses...)
	}
	if weights > 0 {
		c.Total = round1(sum / weights)
		measured := map[string]float64{}
		for _, d := range c.Dims {
			if d.Measured {
				measured[d.Name] = d.Weight
			}
		}
		for i := range c.Losses {
			c.Losses[i].Impact = round1(c.Losses[i].Points * measured[c.Losses[i].Dimension] / weights)
		}
	}
	c.Grade = Grade(c.Total)
	sort.SliceStable(c.Losses, func(i, j int) bool {
		if c.Losses[i].Impact != c.Losses[j].Impact {
			return c.Losses[i].Impact > c.Losses[j].Impact
		}
		return c.Losses[i].Round < c.Losses[j].Round
	})
	return c
}

func clamp(x float64) float64 {
	return round1(max(0, min(100, x)))
}

func round1(x float64) float64 {
	if x < 0 {
		return -round1(-x)
	}
	return float64(int64(x*10+0.5)) / 10
}

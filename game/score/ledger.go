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

	// Indexes built in the one pass over the events, so that each card
	// reads only the events its dimensions look at (positions in events,
	// in log order).
	byTeam     map[string][]int // events whose Team is the key
	sends      map[string]bool  // teams that sent an item (EvSend)
	breaches   []int            // EvBreach
	syncEvs    []int            // EvOperation and EvCommit
	parts      map[string][]string
	trustEvs   []int // EvTrust
	reqs       []*req
	firstRead  map[[2]string]int // team, root → first readable delivery or translation (deliverSeq)
	needs      map[[2]string]bool
	asked      map[[2]string]bool
	trustStart []float64 // trust matrices (team positions), start and final
	trustFinal []float64
	teamIdx    map[string]int
	outcomeDim *Dim
	outcomeL   []Loss
}

// req is a request to a team, and when it was answered.
type req struct {
	seq, round int
	from, to   string
	answered   int // rounds taken, -1 never
}

func newLedger(sc *scenario.Scenario, events []rules.Event) *ledger {
	l := &ledger{sc: sc, events: events, readable: map[string]map[string]int{}, names: map[string]string{},
		byTeam: map[string][]int{}, sends: map[string]bool{}, parts: map[string][]string{},
		firstRead: map[[2]string]int{}, needs: map[[2]string]bool{}, asked: map[[2]string]bool{},
		teamIdx: map[string]int{}}
	for i, t := range sc.Teams {
		l.readable[t.ID] = map[string]int{}
		l.names[t.ID] = t.Name
		l.teamIdx[t.ID] = i
	}
	for _, it := range sc.Items {
		for _, h := range it.HeldBy {
			l.markReadable(h, it.ID, 1)
		}
		for _, n := range it.Need {
			l.needs[[2]string{it.ID, n.Team}] = true
		}
	}
	n := len(sc.Teams)
	l.trustStart = make([]float64, n*n)
	for i, a := range sc.Teams {
		for j, b := range sc.Teams {
			if i != j {
				l.trustStart[i*n+j] = float64(sc.TrustOf(a.ID, b.ID))
			}
		}
	}
	l.trustFinal = append([]float64(nil), l.trustStart...)
	byID := map[string]*req{}
	for k := range events {
		e := &events[k]
		if e.Round > l.last {
			l.last = e.Round
		}
		if e.Team != "" {
			l.byTeam[e.Team] = append(l.byTeam[e.Team], k)
		}
		switch e.Kind {
		case rules.EvDeliver:
			if e.Readable {
				l.markReadable(e.Team, rootOf(e), e.Round)
				l.markFirstRead(e)
			}
		case rules.EvTranslate:
			l.markReadable(e.Team, Root(e.Item), e.Round)
			l.markFirstRead(e)
		case rules.EvSend:
			l.sends[e.Team] = true
		case rules.EvBreach:
			l.breaches = append(l.breaches, k)
		case rules.EvPropose:
			l.parts[e.Ref] = union([]string{e.Team}, e.To)
		case rules.EvOperation, rules.EvCommit:
			l.syncEvs = append(l.syncEvs, k)
		case rules.EvTrust:
			l.trustEvs = append(l.trustEvs, k)
			i, ok1 := l.teamIdx[e.Team]
			j, ok2 := l.teamIdx[e.From]
			if ok1 && ok2 && i != j {
				l.trustFinal[i*n+j] = float64(e.Value)
			}
		case rules.EvRequest:
			if len(e.To) == 0 {
				continue
			}
			r := &req{seq: e.Seq, round: e.Round, from: e.Team, to: e.To[0], answered: -1}
			byID[e.Ref] = r
			l.reqs = append(l.reqs, r)
		case rules.EvRespond:
			// Value is the rounds taken since the request reached the
			// responder, so channel latency is not held against it.
			if r, ok := byID[e.Ref]; ok && r.answered < 0 {
				r.answered = max(0, e.Value)
			}
			if len(e.To) > 0 {
				l.asked[[2]string{e.To[0], e.Team}] = true
			}
		}
	}
	return l
}

// markFirstRead records the first readable delivery (or translation) of an
// item's root to a team, for deliverSeq.
func (l *ledger) markFirstRead(e *rules.Event) {
	key := [2]string{e.Team, rootOf(e)}
	if _, seen := l.firstRead[key]; !seen {
		l.firstRead[key] = e.Seq
	}
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

func rootOf(e *rules.Event) string {
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
	var sum, weights float64
	for _, name := range scenario.Dimensions {
		var d Dim
		var losses []Loss
		switch name {
		case "reach":
			d, losses = l.reach(team)
		case "compliance":
			d, losses = l.compliance(team)
		case "trust":
			d, losses = l.trust(team)
		case "synchronisation":
			d, losses = l.synchronisation(team)
		case "responsiveness":
			d, losses = l.responsiveness(team)
		case "outcome":
			d, losses = l.outcome(team)
		case "discipline":
			d, losses = l.discipline(team)
		default:
			panic("score: no calculator for dimension " + name)
		}
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

package score

// prepareTrust finds each fall of trust between two teams.
func (l *ledger) prepareTrust() {
	falls := 0
	for _, k := range l.trusts {
		if l.events[k].Delta < 0 {
			falls++
		}
	}
	l.trustLoss = make([]finding, 0, falls)
	for _, k := range l.trusts {
		e := &l.events[k]
		if e.Delta >= 0 {
			continue
		}
		l.trustLoss = append(l.trustLoss, finding{ev: k, team: int32(l.teams.Of(e.Team)), other: int32(l.teams.Of(e.From)),
			text: l.text.begin().s(l.name(e.Team)).s("'s trust in ").s(l.name(e.From)).s(" fell by ").d(-e.Delta).s(": ").s(e.Text).end()})
	}
}

// trustSum sums the start and final trust of pairs and finds the weakest
// pair's final trust relative to its start. Trust levels are integers, so
// the sums do not depend on the order of the pairs.
type trustSum struct {
	start, final, weakest float64
	pairs                 int
}

func (s *trustSum) add(start, final float64) {
	s.pairs++
	s.start += start
	s.final += final
	rel := 1.0
	if start > 0 {
		rel = min(1, final/start)
	} else if final <= 0 {
		rel = 0
	}
	s.weakest = min(s.weakest, rel)
}

// trust: 70% the mean final trust relative to the start (capped at 1) plus
// 30% the weakest pair's final trust relative to its start, over the pairs
// involving the team (both directions), or every pair for the coalition.
func (l *ledger) trust(card int, out []Loss) (Dim, []Loss) {
	n := len(l.team)
	s := trustSum{weakest: 1}
	at := func(i, j int) { s.add(l.trustStart[i*n+j], l.trustFinal[i*n+j]) }
	for i := range n {
		switch {
		case card == coalitionCard:
			for j := range n {
				if i != j {
					at(i, j)
				}
			}
		case i != card:
			at(card, i) // the team's trust in i,
			at(i, card) // and i's in the team
		}
	}
	if s.pairs == 0 || s.start == 0 {
		return Dim{Basis: "no trust to measure"}, out
	}
	for i := range l.trustLoss {
		if f := &l.trustLoss[i]; covers(card, int(f.team)) || covers(card, int(f.other)) {
			e := &l.events[f.ev]
			// A fall of d in one pair lowers the mean ratio by d/sumS.
			out = append(out, Loss{Round: e.Round, Cause: e.Seq, Rule: e.Rule, Points: round1(70 * float64(-e.Delta) / s.start),
				Text: f.text})
		}
	}
	return Dim{Measured: true, Score: 70*min(1, s.final/s.start) + 30*s.weakest,
		Basis: l.text.begin().s("mean trust ").f(100*s.final/s.start, 0).s("% of start, weakest pair ").f(100*s.weakest, 0).
			s("% of start").end()}, out
}

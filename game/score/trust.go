package score

import "fmt"

// trust: 70% the mean final trust relative to the start (capped at 1) plus
// 30% the weakest pair's final trust relative to its start, over the pairs
// involving the team (both directions), or every pair for the coalition.
func (l *ledger) trust(team string) (Dim, []Loss) {
	teams := l.sc.Teams
	idx := l.teamIdx
	n := len(teams)
	start, final := l.trustStart, l.trustFinal
	var sumStartPairs float64
	var losses []Loss
	for _, k := range l.trustEvs {
		e := &l.events[k]
		i, ok1 := idx[e.Team]
		j, ok2 := idx[e.From]
		if !ok1 || !ok2 || i == j {
			continue
		}
		if e.Delta < 0 && (involves(team, e.Team) || involves(team, e.From)) {
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: e.Rule, Points: float64(-e.Delta),
				Text: fmt.Sprintf("%s's trust in %s fell by %d: %s", l.name(e.Team), l.name(e.From), -e.Delta, e.Text)})
		}
	}
	var sumS, sumF float64
	weakest := 1.0
	pairs := 0
	// The pairs involving the team, in (i, j) order: for a team, its row
	// and its column; for the coalition, every pair.
	me, isTeam := idx[team]
	if team == Coalition {
		isTeam = false
	}
	for i, a := range teams {
		for j, b := range teams {
			if isTeam && i != me && j != me {
				if j < me {
					continue
				}
				break
			}
			if i == j || !(involves(team, a.ID) || involves(team, b.ID)) {
				continue
			}
			pairs++
			s, f := start[i*n+j], final[i*n+j]
			sumS += s
			sumF += f
			rel := 1.0
			if s > 0 {
				rel = min(1, f/s)
			} else if f <= 0 {
				rel = 0
			}
			weakest = min(weakest, rel)
		}
	}
	if pairs == 0 || sumS == 0 {
		return Dim{Basis: "no trust to measure"}, nil
	}
	sumStartPairs = sumS
	meanRel := min(1, sumF/sumS)
	for i := range losses {
		// A fall of d in one pair lowers the mean ratio by d/sumS.
		losses[i].Points = round1(70 * losses[i].Points / sumStartPairs)
	}
	return Dim{Measured: true, Score: 70*meanRel + 30*weakest,
		Basis: fmt.Sprintf("mean trust %.0f%% of start, weakest pair %.0f%% of start", 100*sumF/sumS, 100*weakest)}, losses
}

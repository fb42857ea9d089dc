package score

import "fmt"

// reachLateRounds is how many rounds late a need-to-know pair decays to zero.
const reachLateRounds = 3

// reach: each need-to-know pair counts 1 if the team could read the item by
// its need round, decaying linearly to 0 three rounds late.
func (l *ledger) reach(team string) (Dim, []Loss) {
	var n, got float64
	var losses []Loss
	type pair struct {
		item, team string
		by         int
	}
	var pairs []pair
	for _, it := range l.sc.Items {
		for _, need := range it.Need {
			if involves(team, need.Team) && need.By <= max(l.last, 1) {
				pairs = append(pairs, pair{it.ID, need.Team, need.By})
			}
		}
	}
	for _, p := range pairs {
		n++
		r, ok := l.readable[p.team][p.item]
		v := 0.0
		if ok {
			late := max(0, r-p.by)
			v = max(0, 1-float64(late)/reachLateRounds)
		}
		got += v
		if v < 1 {
			var text string
			if ok {
				text = fmt.Sprintf("%s could read %q only in round %d, %d round(s) after it was needed (round %d)", l.name(p.team), p.item, r, r-p.by, p.by)
			} else {
				text = fmt.Sprintf("%s never got a readable copy of %q, needed by round %d", l.name(p.team), p.item, p.by)
			}
			losses = append(losses, Loss{Round: p.by, Cause: l.deliverSeq(p.team, p.item), Rule: "need_to_know", Points: (1 - v) * 100, Text: text})
		}
	}
	if n == 0 {
		return Dim{Basis: "no need-to-know pairs fell due"}, nil
	}
	for i := range losses {
		losses[i].Points = round1(losses[i].Points / n)
	}
	return Dim{Measured: true, Score: 100 * got / n,
		Basis: fmt.Sprintf("%.1f of %d need-to-know pairs met in time", got, int(n))}, losses
}

// deliverSeq returns the first readable delivery of an item's root to a
// team, or -1 when there was none.
func (l *ledger) deliverSeq(team, root string) int {
	if s, ok := l.firstRead[[2]string{team, root}]; ok {
		return s
	}
	return -1
}

package score

import "fmt"

// responsiveness: each request to the team counts 1 if answered within one
// round of reaching it, 0.5 within two, 0 later or never.
func (l *ledger) responsiveness(team string) (Dim, []Loss) {
	var reqs []*req
	for _, r := range l.reqs {
		if involves(team, r.to) {
			reqs = append(reqs, r)
		}
	}
	if len(reqs) == 0 {
		return Dim{Basis: "no requests received"}, nil
	}
	var got float64
	var losses []Loss
	for _, r := range reqs {
		v := 0.0
		switch {
		case r.answered < 0:
		case r.answered <= 1:
			v = 1
		case r.answered == 2:
			v = 0.5
		}
		got += v
		if v < 1 {
			text := fmt.Sprintf("%s never answered %s's request of round %d", l.name(r.to), l.name(r.from), r.round)
			if r.answered >= 0 {
				text = fmt.Sprintf("%s took %d rounds to answer %s's request of round %d", l.name(r.to), r.answered, l.name(r.from), r.round)
			}
			losses = append(losses, Loss{Round: r.round, Cause: r.seq, Rule: "slow_answer", Points: round1(100 * (1 - v) / float64(len(reqs))), Text: text})
		}
	}
	return Dim{Measured: true, Score: 100 * got / float64(len(reqs)), Basis: fmt.Sprintf("%.1f of %d requests answered in time", got, len(reqs))}, losses
}

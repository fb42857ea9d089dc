package score

import "fmt"

// compliance starts at 100 and loses each breach's severity, floor 0. It is
// measured only for a team that sent at least one item (or for the coalition
// when anyone did): not sharing is not compliance.
func (l *ledger) compliance(team string) (Dim, []Loss) {
	sent := l.sends
	var losses []Loss
	var by []string // breacher of each loss
	for _, k := range l.breaches {
		e := &l.events[k]
		if involves(team, e.Team) {
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: e.Rule, Points: float64(e.Value),
				Text: l.name(e.Team) + ": " + e.Text})
			by = append(by, e.Team)
		}
	}
	if team == Coalition {
		// The coalition's compliance is the mean of the teams that sent.
		var sum float64
		var n int
		for _, t := range l.sc.Teams {
			if !sent[t.ID] {
				continue
			}
			n++
			lost := 0.0
			for i, x := range losses {
				if by[i] == t.ID {
					lost += x.Points
				}
			}
			sum += max(0, 100-lost)
		}
		if n == 0 {
			return Dim{Basis: "no team shared anything"}, nil
		}
		for i := range losses {
			losses[i].Points = round1(losses[i].Points / float64(n))
		}
		return Dim{Measured: true, Score: sum / float64(n), Basis: fmt.Sprintf("%d breach(es) by %d sharing team(s)", len(losses), n)}, losses
	}
	if !sent[team] {
		return Dim{Basis: "shared nothing"}, nil
	}
	lost := 0.0
	for _, x := range losses {
		lost += x.Points
	}
	return Dim{Measured: true, Score: 100 - lost, Basis: fmt.Sprintf("%d breach(es)", len(losses))}, losses
}

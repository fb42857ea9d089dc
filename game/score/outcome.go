package score

import (
	"fmt"

	"liaison/game/rules"
)

// outcome: each threat disrupted with lead time L scores 0.6 + 0.4·min(L,
// lead)/lead (lead = the threat's lead_rounds); struck or unresolved, 0. The
// outcome is shared: every team carries the coalition's result.
func (l *ledger) outcome(string) (Dim, []Loss) {
	if l.outcomeDim == nil {
		d, losses := l.computeOutcome()
		l.outcomeDim, l.outcomeL = &d, losses
	}
	return *l.outcomeDim, append([]Loss(nil), l.outcomeL...)
}

func (l *ledger) computeOutcome() (Dim, []Loss) {
	done := map[string]rules.Event{}
	for _, e := range l.events {
		if e.Kind == rules.EvDisrupted || e.Kind == rules.EvStruck {
			if _, seen := done[e.Threat]; !seen {
				done[e.Threat] = e
			}
		}
	}
	n := float64(len(l.sc.Threats))
	if n == 0 {
		return Dim{Basis: "no threats"}, nil
	}
	var got float64
	var losses []Loss
	disrupted := 0
	for _, th := range l.sc.Threats {
		e, ok := done[th.ID]
		switch {
		case ok && e.Kind == rules.EvDisrupted:
			disrupted++
			lead := max(1, th.LeadRounds)
			v := 0.6 + 0.4*float64(min(e.Value, lead))/float64(lead)
			got += v
			if v < 1 {
				losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "late_disruption", Points: round1(100 * (1 - v) / n),
					Text: fmt.Sprintf("%s was disrupted with %d round(s) of lead time; %d earns full marks", th.Name, e.Value, lead)})
			}
		case ok:
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "struck", Points: round1(100 / n),
				Text: fmt.Sprintf("%s struck in round %d: it was never disrupted", th.Name, e.Round)})
		default:
			losses = append(losses, Loss{Round: l.last, Cause: -1, Rule: "unresolved", Points: round1(100 / n),
				Text: fmt.Sprintf("%s was not disrupted when the game ended", th.Name)})
		}
	}
	return Dim{Measured: true, Score: 100 * got / n, Basis: fmt.Sprintf("%d of %d threats disrupted", disrupted, int(n))}, losses
}

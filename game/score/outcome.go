package score

import "liaison/game/rules"

// prepareOutcome scores the threats: each disrupted with lead time L scores
// 0.6 + 0.4·min(L, lead)/lead (lead = the threat's lead_rounds); struck or
// unresolved, 0.
func (l *ledger) prepareOutcome() {
	n := float64(len(l.sc.Threats))
	if n == 0 {
		l.outcomeDim = Dim{Basis: "no threats"}
		return
	}
	var got float64
	disrupted := 0
	l.outcomeL = make([]Loss, 0, len(l.sc.Threats))
	for i := range l.sc.Threats {
		th := &l.sc.Threats[i]
		var e *rules.Event // how the threat ended: its first EvDisrupted or EvStruck
		for _, k := range l.ends {
			if l.events[k].Threat == th.ID {
				e = &l.events[k]
				break
			}
		}
		switch {
		case e != nil && e.Kind == rules.EvDisrupted:
			disrupted++
			lead := max(1, th.LeadRounds)
			v := 0.6 + 0.4*float64(min(e.Value, lead))/float64(lead)
			got += v
			if v < 1 {
				l.outcomeL = append(l.outcomeL, Loss{Round: e.Round, Cause: e.Seq, Rule: "late_disruption", Points: round1(100 * (1 - v) / n),
					Text: l.text.begin().s(th.Name).s(" was disrupted with ").d(e.Value).s(" round(s) of lead time; ").d(lead).
						s(" earns full marks").end()})
			}
		case e != nil:
			l.outcomeL = append(l.outcomeL, Loss{Round: e.Round, Cause: e.Seq, Rule: "struck", Points: round1(100 / n),
				Text: l.text.begin().s(th.Name).s(" struck in round ").d(e.Round).s(": it was never disrupted").end()})
		default:
			l.outcomeL = append(l.outcomeL, Loss{Round: l.last, Cause: -1, Rule: "unresolved", Points: round1(100 / n),
				Text: l.text.begin().s(th.Name).s(" was not disrupted when the game ended").end()})
		}
	}
	l.outcomeDim = Dim{Measured: true, Score: 100 * got / n,
		Basis: l.text.begin().d(disrupted).s(" of ").d(int(n)).s(" threats disrupted").end()}
}

// outcome is shared: every team carries the coalition's result.
func (l *ledger) outcome(_ int, out []Loss) (Dim, []Loss) {
	return l.outcomeDim, append(out, l.outcomeL...)
}

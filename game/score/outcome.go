package score

import "liaison/game/rules"

// prepareOutcome scores the threats: each disrupted with lead time L scores
// 0.6 + 0.4·min(L, lead)/lead (lead = the threat's lead_rounds); struck, or
// unresolved when the game ended, 0. In a game not yet over (a log without
// EvEnd, such as a save mid-exercise) a threat neither disrupted nor struck
// still has its deadline ahead: it is pending, left out of the count.
func (l *ledger) prepareOutcome() {
	if len(l.sc.Threats) == 0 {
		l.outcomeDim = Dim{Basis: "no threats"}
		return
	}
	// ends[i] is how threat i ended: its first EvDisrupted or EvStruck.
	ends := make([]*rules.Event, len(l.sc.Threats))
	pending := 0
	for i := range l.sc.Threats {
		th := &l.sc.Threats[i]
		for _, k := range l.ends {
			if l.events[k].Threat == th.ID {
				ends[i] = &l.events[k]
				break
			}
		}
		if ends[i] == nil && !l.ended {
			pending++
		}
	}
	if pending == len(l.sc.Threats) {
		l.outcomeDim = Dim{Basis: "no threat resolved yet"}
		return
	}
	n := float64(len(l.sc.Threats) - pending)
	var got float64
	disrupted := 0
	l.outcomeL = make([]Loss, 0, len(l.sc.Threats))
	for i := range l.sc.Threats {
		th := &l.sc.Threats[i]
		e := ends[i]
		if e == nil && !l.ended {
			continue
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
	t := l.text.begin().d(disrupted).s(" of ").d(int(n))
	if pending > 0 {
		t.s(" resolved threats disrupted; ").d(pending).s(" still open")
	} else {
		t.s(" threats disrupted")
	}
	l.outcomeDim = Dim{Measured: true, Score: 100 * got / n, Basis: t.end()}
}

// outcome is shared: every team carries the coalition's result.
func (l *ledger) outcome(_ int, out []Loss) (Dim, []Loss) {
	return l.outcomeDim, append(out, l.outcomeL...)
}

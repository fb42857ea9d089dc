package score

// prepareCompliance finds each breach, and sums each team's severities.
func (l *ledger) prepareCompliance() {
	l.breachLoss = make([]finding, len(l.breaches))
	for i, k := range l.breaches {
		e := &l.events[k]
		t := l.teams.Of(e.Team)
		if t >= 0 {
			l.team[t].breachLost += float64(e.Value)
		}
		l.breachLoss[i] = finding{ev: k, team: int32(t), other: -1, text: l.text.begin().s(l.name(e.Team)).s(": ").s(e.Text).end()}
	}
}

// breach is the loss of a breach's severity.
func (l *ledger) breach(f *finding) Loss {
	e := &l.events[f.ev]
	return Loss{Round: e.Round, Cause: e.Seq, Rule: e.Rule, Points: float64(e.Value), Text: f.text}
}

// compliance starts at 100 and loses each breach's severity, floor 0. It is
// measured only for a team that sent at least one item (or for the coalition
// when anyone did): not sharing is not compliance.
func (l *ledger) compliance(card int, out []Loss) (Dim, []Loss) {
	if card == coalitionCard {
		// The coalition's compliance is the mean of the teams that sent.
		var sum float64
		var n int
		for i := range l.team {
			if t := &l.team[i]; t.sent {
				n++
				sum += max(0, 100-t.breachLost)
			}
		}
		if n == 0 {
			return Dim{Basis: "no team shared anything"}, out
		}
		for i := range l.breachLoss {
			x := l.breach(&l.breachLoss[i])
			x.Points = round1(x.Points / float64(n))
			out = append(out, x)
		}
		return Dim{Measured: true, Score: sum / float64(n),
			Basis: l.text.begin().d(len(l.breaches)).s(" breach(es) by ").d(n).s(" sharing team(s)").end()}, out
	}
	if !l.team[card].sent {
		return Dim{Basis: "shared nothing"}, out
	}
	from := len(out)
	for i := range l.breachLoss {
		if f := &l.breachLoss[i]; int(f.team) == card {
			out = append(out, l.breach(f))
		}
	}
	return Dim{Measured: true, Score: 100 - l.team[card].breachLost,
		Basis: l.text.begin().d(len(out) - from).s(" breach(es)").end()}, out
}

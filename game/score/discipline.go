package score

import "liaison/game/rules"

// Discipline penalties (docs/rules.md, "Scoring": the defaults).
const (
	overSharePenalty = 2.0 // per item sent to a team without need to know
	dropPenalty      = 1.0 // per dropped item or message
	idleAPPerPoint   = 3   // one point per this many idle AP
)

// selectDiscipline keeps in l.disc only the events that cost points: each
// team's over-shares and drops. It sums the teams' idle action points and
// the points they lost.
func (l *ledger) selectDiscipline() {
	losses := l.disc[:0]
	for _, k := range l.disc {
		e := &l.events[k]
		t := l.teams.Of(e.Team)
		switch e.Kind {
		case rules.EvSend:
			if e.Item == "" || len(e.To) == 0 || l.needsToKnow(e.To[0], rules.RootID(e.Item)) || l.answered(t, e.To[0]) {
				continue
			}
			l.team[t].discLost += overSharePenalty
		case rules.EvDrop:
			l.team[t].discLost += dropPenalty
		case rules.EvIdle:
			l.team[t].idle += e.Value
			continue
		}
		losses = append(losses, k)
	}
	l.disc = losses
	for t := range l.team {
		if p := l.team[t].idle / idleAPPerPoint; p > 0 {
			l.team[t].discLost += float64(p)
		}
	}
}

// prepareDiscipline writes the texts of the teams' discipline losses.
func (l *ledger) prepareDiscipline() {
	l.discLoss = make([]finding, len(l.disc))
	for i, k := range l.disc {
		e := &l.events[k]
		t := l.text.begin().s(l.name(e.Team))
		if e.Kind == rules.EvSend {
			t.s(" sent ").q(e.Item).s(" to ").s(l.name(e.To[0])).s(", which had no need to know it")
		} else {
			t.s(" overloaded channel ").s(e.Channel).s(": ").s(e.Text)
		}
		l.discLoss[i] = finding{ev: k, team: int32(l.teams.Of(e.Team)), other: -1, text: t.end()}
	}
	for t := range l.team {
		ts := &l.team[t]
		if p := ts.idle / idleAPPerPoint; p > 0 {
			ts.idleLoss = Loss{Round: l.last, Cause: -1, Rule: "idle_ap", Points: float64(p),
				Text: l.text.begin().s(l.sc.Teams[t].Name).s(" left ").d(ts.idle).s(" action points unused over the game").end()}
		}
	}
}

// needsToKnow reports whether a team needs an item (a root id).
func (l *ledger) needsToKnow(team, root string) bool {
	for _, n := range l.needsOf(root) {
		if n.id == team {
			return true
		}
	}
	return false
}

// answered reports whether a team (a position) answered a request of
// another (an id).
func (l *ledger) answered(responder int, requester string) bool {
	if i := l.teams.Of(requester); i >= 0 {
		return l.asked[i*len(l.team)+responder]
	}
	for _, k := range l.responds {
		if e := &l.events[k]; e.To[0] == requester && l.teams.Of(e.Team) == responder {
			return true
		}
	}
	return false
}

// discipline starts at 100: minus 2 per share to a team with no need to know
// (answers to that team's own requests excepted), minus 1 per dropped
// message, minus 1 per 3 idle AP. The coalition's is the teams' mean.
func (l *ledger) discipline(card int, out []Loss) (Dim, []Loss) {
	if card != coalitionCard {
		out = l.disciplineLosses(card, out)
		lost := l.team[card].discLost
		return Dim{Measured: true, Score: 100 - lost,
			Basis: l.text.begin().d(int(lost)).s(" penalty point(s)").end()}, out
	}
	var sum float64
	from := len(out)
	for t := range l.team {
		sum += 100 - l.team[t].discLost
		out = l.disciplineLosses(t, out)
	}
	n := float64(len(l.team))
	for i := from; i < len(out); i++ {
		out[i].Points = round1(out[i].Points / n)
	}
	return Dim{Measured: true, Score: sum / n, Basis: "mean of the teams"}, out
}

// disciplineLosses appends a team's discipline losses: its over-shares and
// drops in log order, then its idle action points.
func (l *ledger) disciplineLosses(team int, out []Loss) []Loss {
	for i := range l.discLoss {
		if f := &l.discLoss[i]; int(f.team) == team {
			e := &l.events[f.ev]
			x := Loss{Round: e.Round, Cause: e.Seq, Rule: "dropped", Points: dropPenalty, Text: f.text}
			if e.Kind == rules.EvSend {
				x.Rule, x.Points = "over_share", overSharePenalty
			}
			out = append(out, x)
		}
	}
	if ts := &l.team[team]; ts.idle/idleAPPerPoint > 0 {
		out = append(out, ts.idleLoss)
	}
	return out
}

package score

import (
	"fmt"

	"liaison/game/rules"
)

// Discipline penalties (DESIGN.md §5 defaults).
const (
	overSharePenalty = 2.0 // per item sent to a team without need to know
	dropPenalty      = 1.0 // per dropped item or message
	idleAPPerPoint   = 3   // one point per this many idle AP
)

// discipline starts at 100: minus 2 per share to a team with no need to know
// (answers to that team's own requests excepted), minus 1 per dropped
// message, minus 1 per 3 idle AP. The coalition's is the teams' mean.
func (l *ledger) discipline(team string) (Dim, []Loss) {
	if team == Coalition {
		var sum float64
		var losses []Loss
		for _, t := range l.sc.Teams {
			d, ls := l.discipline(t.ID)
			sum += d.Score
			losses = append(losses, ls...)
		}
		n := float64(len(l.sc.Teams))
		for i := range losses {
			losses[i].Points = round1(losses[i].Points / n)
		}
		return Dim{Measured: true, Score: sum / n, Basis: "mean of the teams"}, losses
	}
	needs := l.needs
	asked := l.asked // requester, responder pairs with an answered request
	var losses []Loss
	lost := 0.0
	idle := 0
	for _, k := range l.byTeam[team] {
		e := &l.events[k]
		switch e.Kind {
		case rules.EvSend:
			if e.Item == "" || len(e.To) == 0 {
				continue
			}
			to := e.To[0]
			if needs[[2]string{Root(e.Item), to}] || asked[[2]string{to, team}] {
				continue
			}
			lost += overSharePenalty
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "over_share", Points: overSharePenalty,
				Text: fmt.Sprintf("%s sent %q to %s, which had no need to know it", l.name(team), e.Item, l.name(to))})
		case rules.EvDrop:
			lost += dropPenalty
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "dropped", Points: dropPenalty,
				Text: fmt.Sprintf("%s overloaded channel %s: %s", l.name(team), e.Channel, e.Text)})
		case rules.EvIdle:
			idle += e.Value
		}
	}
	if p := idle / idleAPPerPoint; p > 0 {
		lost += float64(p)
		losses = append(losses, Loss{Round: l.last, Cause: -1, Rule: "idle_ap", Points: float64(p),
			Text: fmt.Sprintf("%s left %d action points unused over the game", l.name(team), idle)})
	}
	return Dim{Measured: true, Score: 100 - lost, Basis: fmt.Sprintf("%d penalty point(s)", int(lost))}, losses
}

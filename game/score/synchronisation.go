package score

import (
	"fmt"
	"strings"

	"liaison/game/rules"
)

// synchronisation: each joint operation counts 1 when every party committed
// in its round, 0 otherwise; a commitment made in the wrong round counts as
// a lone, mistimed commitment (0).
func (l *ledger) synchronisation(team string) (Dim, []Loss) {
	parts := l.parts
	var n, ok float64
	var losses []Loss
	for _, k := range l.syncEvs {
		e := &l.events[k]
		switch e.Kind {
		case rules.EvOperation:
			teams := parts[e.Ref]
			if !involvesAny(team, teams) {
				continue
			}
			committed := e.To
			missing := minus(teams, committed)
			n++
			if len(missing) == 0 {
				ok++
				continue
			}
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "not_synchronised", Points: 100,
				Text: fmt.Sprintf("operation %s on %s: %s did not commit in round %d", e.Ref, e.Threat, strings.Join(l.nameAll(missing), ", "), e.Round)})
		case rules.EvCommit:
			if !e.Truth && involves(team, e.Team) {
				n++
				losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "mistimed", Points: 100,
					Text: fmt.Sprintf("%s committed to %s in round %d, not in the operation's round", l.name(e.Team), e.Ref, e.Round)})
			}
		}
	}
	if n == 0 {
		return Dim{Basis: "no joint operation"}, nil
	}
	for i := range losses {
		losses[i].Points = round1(losses[i].Points / n)
	}
	return Dim{Measured: true, Score: 100 * ok / n, Basis: fmt.Sprintf("%d of %d operations fully synchronised", int(ok), int(n))}, losses
}

func minus(all, sub []string) []string {
	var out []string
	for _, a := range all {
		found := false
		for _, s := range sub {
			if s == a {
				found = true
				break
			}
		}
		if !found {
			out = append(out, a)
		}
	}
	return out
}

func (l *ledger) nameAll(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = l.name(id)
	}
	return out
}

// union returns a followed by the elements of b not already present.
func union(a, b []string) []string {
	out := append([]string(nil), a...)
	return append(out, minus(b, a)...)
}

package score

import (
	"slices"

	"liaison/game/rules"
)

// syncOp is a joint operation (EvOperation), or a commitment made outside
// its operation's round (EvCommit), with its loss.
type syncOp struct {
	ev   int32  // position in the log
	prop int32  // the operation's last EvPropose, -1 none
	ok   bool   // every party committed in the operation's round
	text string // the loss's, when not ok
}

// prepareSynchronisation judges each operation and lone commitment.
func (l *ledger) prepareSynchronisation() {
	l.syncOps = make([]syncOp, len(l.syncs))
	for i, k := range l.syncs {
		e := &l.events[k]
		op := &l.syncOps[i]
		op.ev, op.prop = k, -1
		if e.Kind == rules.EvCommit {
			op.text = l.text.begin().s(l.name(e.Team)).s(" committed to ").s(e.Ref).s(" in round ").d(e.Round).
				s(", not in the operation's round").end()
			continue
		}
		for _, p := range slices.Backward(l.proposals) {
			if l.events[p].Ref == e.Ref {
				op.prop = p
				break
			}
		}
		missing := 0
		l.eachParty(op.prop, func(id string) {
			if !slices.Contains(e.To, id) {
				missing++
			}
		})
		if op.ok = missing == 0; op.ok {
			continue
		}
		t := l.text.begin().s("operation ").s(e.Ref).s(" on ").s(e.Threat).s(": ")
		sep := ""
		l.eachParty(op.prop, func(id string) {
			if !slices.Contains(e.To, id) {
				t.s(sep).s(l.name(id))
				sep = ", "
			}
		})
		op.text = t.s(" did not commit in round ").d(e.Round).end()
	}
}

// eachParty calls f with the parties of a proposed operation: the proposer,
// then each team it invited (but itself).
func (l *ledger) eachParty(prop int32, f func(id string)) {
	if prop < 0 {
		return
	}
	p := &l.events[prop]
	f(p.Team)
	for _, id := range p.To {
		if id != p.Team {
			f(id)
		}
	}
}

// synchronisation: each joint operation counts 1 when every party committed
// in its round, 0 otherwise; a commitment made in the wrong round counts as
// a lone, mistimed commitment (0).
func (l *ledger) synchronisation(card int, out []Loss) (Dim, []Loss) {
	id := l.cardID(card)
	var n, ok float64
	from := len(out)
	for i := range l.syncOps {
		op := &l.syncOps[i]
		e := &l.events[op.ev]
		if card != coalitionCard {
			in := false
			if e.Kind == rules.EvCommit {
				in = e.Team == id
			} else {
				l.eachParty(op.prop, func(p string) { in = in || p == id })
			}
			if !in {
				continue
			}
		}
		n++
		if op.ok {
			ok++
			continue
		}
		rule := "not_synchronised"
		if e.Kind == rules.EvCommit {
			rule = "mistimed"
		}
		out = append(out, Loss{Round: e.Round, Cause: e.Seq, Rule: rule, Points: 100, Text: op.text})
	}
	if n == 0 {
		return Dim{Basis: "no joint operation"}, out
	}
	for i := from; i < len(out); i++ {
		out[i].Points = round1(out[i].Points / n)
	}
	return Dim{Measured: true, Score: 100 * ok / n,
		Basis: l.text.begin().d(int(ok)).s(" of ").d(int(n)).s(" operations fully synchronised").end()}, out
}

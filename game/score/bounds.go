package score

// The ledger sizes the buffers of a Result from its findings, so that they
// are allocated once.

// textBound is about the length of the texts of a game: a loss text runs to
// some 100 bytes, and each card has a few bases of some 40.
func (l *ledger) textBound() int {
	n := len(l.breaches) + len(l.syncs) + len(l.reqs) + len(l.sc.Threats) + len(l.disc) + len(l.team)
	for _, k := range l.trusts {
		if l.events[k].Delta < 0 {
			n++
		}
	}
	for i := range l.needs {
		if p := &l.needs[i]; l.due(p) && p.met() < 1 {
			n++
		}
	}
	return 100*n + 40*5*(len(l.team)+1)
}

// lossBounds bounds the losses of the coalition's card, which has every
// finding, and of all cards together: each finding also lands on the cards
// of the teams it names.
func (l *ledger) lossBounds() (coalition, all int) {
	teams := len(l.team)
	coalition = len(l.breachLoss) + len(l.discLoss) + teams + len(l.trustLoss) + len(l.outcomeL)
	all = 2*(len(l.breachLoss)+len(l.discLoss)+teams) + 3*len(l.trustLoss) + (teams+1)*len(l.outcomeL)
	for i := range l.needs {
		if p := &l.needs[i]; l.due(p) && p.met() < 1 {
			coalition++
			all += 2
		}
	}
	for i := range l.reqs {
		if l.reqs[i].v < 1 {
			coalition++
			all += 2
		}
	}
	for i := range l.syncOps {
		if op := &l.syncOps[i]; !op.ok {
			coalition++
			all += 2
			if op.prop >= 0 {
				all += len(l.events[op.prop].To)
			}
		}
	}
	return coalition, all
}

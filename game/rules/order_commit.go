package rules

import "slices"

// Commit: the legality of commit orders, and their enumeration in Legal.

func (st *State) checkCommit(t int, op int, id string) rej {
	if op < 0 {
		return rejUnknownOp(id)
	}
	p := &st.ops[op]
	if !slices.Contains(p.teams, t) {
		return rejNotInOp(id)
	}
	if p.outcome != opPending || p.round < st.round {
		return rejOpClosed(id)
	}
	return rej{}
}

func (l *lister) commits() {
	st, t := l.st, l.t
	if !l.affords(Commit) {
		return
	}
	for k := range st.ops {
		if st.checkCommit(t, k, st.ops[k].id).ok() {
			l.add(Order{Kind: Commit, Team: l.id, Ref: st.ops[k].id})
		}
	}
}

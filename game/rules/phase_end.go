package rules

// phaseExpire (i) expires requests left unanswered Rules.RequestExpiry
// rounds after they reached their target: once, costing the target the
// requester's trust.
func (r *resolver) phaseExpire() {
	st := r.st
	exp := st.ix.sc.Rules.RequestExpiry
	for k := range st.requests {
		q := &st.requests[k]
		if q.answered != 0 || q.expired || q.arrived == 0 || st.round < q.arrived+exp {
			continue
		}
		q.expired = true
		r.emit(Event{Kind: EvExpire, Team: r.id(q.to), To: r.one(q.from), Ref: q.id,
			Text: r.id(q.to) + " left request " + q.id + " unanswered for " + itoa(exp) + " rounds"})
		r.moveTrust(q.from, q.to, -st.ix.sc.Rules.TrustMoves.Unanswered, TrustUnanswered,
			r.id(q.to)+" did not answer "+q.id)
	}
}

// phaseLiaisonTrust (j) raises trust both ways for each posted officer.
func (r *resolver) phaseLiaisonTrust() {
	st := r.st
	d := st.ix.sc.Rules.TrustMoves.Liaison
	for _, l := range st.liaisons {
		r.moveTrust(l.from, l.to, d, TrustLiaison, "liaison officer of "+r.id(l.from)+" at "+r.id(l.to))
		r.moveTrust(l.to, l.from, d, TrustLiaison, "liaison officer of "+r.id(l.from)+" at "+r.id(l.to))
	}
}

// phaseStrike (k) strikes every open threat whose deadline is this round.
func (r *resolver) phaseStrike() {
	st := r.st
	for th := range st.ix.threats {
		if st.resolved[th] == open && st.deadline[th] <= st.round {
			st.resolved[th] = struck
			r.emit(Event{Kind: EvStruck, Threat: st.ix.threats[th].id, Value: st.deadline[th],
				Text: st.ix.threats[th].id + " struck: it was not disrupted by its deadline"})
		}
	}
}

// phaseIdle (l) logs unused AP.
func (r *resolver) phaseIdle() {
	st := r.st
	for t := range st.ix.teams {
		if left := st.ap(t) - r.spent[t]; left > 0 {
			r.emit(Event{Kind: EvIdle, Team: r.id(t), Value: left, Text: r.id(t) + " left " + itoa(left) + " AP unused"})
		}
	}
}

// advance (m) moves to the next round, ends the game after the last round
// or once every threat is resolved, and otherwise fires the injects due in
// the new round.
func (r *resolver) advance() {
	st := r.st
	why := ""
	if st.round >= st.ix.sc.Rounds {
		why = "the last round (" + itoa(st.ix.sc.Rounds) + ") is over"
	} else if st.allResolved() {
		why = "every threat is resolved"
	}
	if why != "" {
		r.checkExpectations(true)
		r.emit(Event{Kind: EvEnd, Text: why})
		st.over = true
		st.round++
		return
	}
	st.round++
	r.fireDue()
}

func (st *State) allResolved() bool {
	for _, v := range st.resolved {
		if v == open {
			return false
		}
	}
	return true
}

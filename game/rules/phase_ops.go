package rules

import "strings"

// phaseFuse (f) turns held facets into assessments. The check is repeated
// here because a verify earlier this round may have shown an item false.
func (r *resolver) phaseFuse() {
	r.ordersOf(func(t int, o *Order) {
		st := r.st
		th := st.ix.threatIndex(o.Threat)
		if rj := st.checkFuse(t, th, o.Threat); !rj.ok() {
			r.emit(Event{Kind: EvRejected, Team: r.id(t), Ref: string(Fuse), Threat: o.Threat, Text: rj.text()})
			return
		}
		correct := true
		for _, f := range st.ix.threats[th].facets {
			if !st.backs(t, f, true) {
				correct = false
				break
			}
		}
		v := int8(1)
		if !correct {
			v = 2
		}
		st.assessed[t*len(st.ix.threats)+th] = v
		r.emit(Event{Kind: EvFuse, Team: r.id(t), Threat: o.Threat, Truth: correct, Text: r.id(t) + " assesses " + o.Threat})
	}, Fuse)
}

// phasePropose (g) records proposed joint operations "op-<threat>-<n>".
func (r *resolver) phasePropose() {
	r.ordersOf(func(t int, o *Order) {
		st := r.st
		if rj := st.checkPropose(t, o); !rj.ok() {
			r.emit(Event{Kind: EvRejected, Team: r.id(t), Ref: string(Propose), Threat: o.Threat, Text: rj.text()})
			return
		}
		th := st.ix.threatIndex(o.Threat)
		n := 1
		for k := range st.ops {
			if st.ops[k].threat == th {
				n++
			}
		}
		teams := []int{t}
		for _, id := range o.To {
			teams = append(teams, st.ix.team(id))
		}
		op := operation{id: "op-" + o.Threat + "-" + itoa(n), threat: th, round: o.At, made: st.round, proposer: t,
			teams: teams, committed: make([]int, len(teams))}
		st.ops = append(st.ops, op)
		r.emit(Event{Kind: EvPropose, Team: r.id(t), Ref: op.id, Threat: o.Threat, Value: o.At, To: r.ids(teams),
			Text: r.id(t) + " proposes " + op.id + " for round " + itoa(o.At), Note: o.Note})
	}, Propose)
}

// phaseCommit (h) records commitments, then evaluates every operation due
// this round.
func (r *resolver) phaseCommit() {
	st := r.st
	r.ordersOf(func(t int, o *Order) {
		k := st.opIndex(o.Ref)
		if rj := st.checkCommit(t, k, o.Ref); !rj.ok() {
			r.emit(Event{Kind: EvRejected, Team: r.id(t), Ref: string(Commit), Text: rj.text()})
			return
		}
		op := &st.ops[k]
		for i, p := range op.teams {
			if p == t {
				op.committed[i] = st.round
			}
		}
		onTime := op.round == st.round
		text := r.id(t) + " commits to " + op.id
		if !onTime {
			text += " (planned for round " + itoa(op.round) + ": this commitment does not count)"
		}
		r.emit(Event{Kind: EvCommit, Team: r.id(t), Ref: op.id, Threat: st.ix.threats[op.threat].id, Truth: onTime, Text: text, Note: o.Note})
	}, Commit)
	for k := range st.ops {
		if st.ops[k].round == st.round && st.ops[k].outcome == opPending {
			r.evaluate(k)
		}
	}
}

// evaluate decides an operation in its round.
func (r *resolver) evaluate(k int) {
	st := r.st
	op := &st.ops[k]
	th := op.threat
	tid := st.ix.threats[th].id
	rules := &st.ix.sc.Rules
	var why []string
	switch st.resolved[th] {
	case disrupted:
		why = append(why, tid+" was already disrupted")
	case struck:
		why = append(why, tid+" already struck")
	}
	var committed, absent []int
	for i, p := range op.teams {
		if op.committed[i] == st.round {
			committed = append(committed, p)
		} else {
			absent = append(absent, p)
		}
	}
	for _, p := range absent {
		why = append(why, r.id(p)+" did not commit this round")
	}
	nth := len(st.ix.threats)
	for _, p := range op.teams {
		if st.assessed[p*nth+th] == 0 {
			why = append(why, r.id(p)+" has not assessed "+tid)
		}
	}
	for i, a := range op.teams {
		for _, b := range op.teams[i+1:] {
			if st.trustOf(a, b) < rules.JointTrust || st.trustOf(b, a) < rules.JointTrust {
				why = append(why, "trust between "+r.id(a)+" and "+r.id(b)+" is below "+itoa(rules.JointTrust)+
					" ("+itoa(st.trustOf(a, b))+"/"+itoa(st.trustOf(b, a))+")")
			}
		}
	}
	src := st.ix.threats[th].src
	for _, c := range src.Disrupt.Capabilities {
		have := false
		for _, p := range op.teams {
			if st.ix.teams[p].team.HasCapability(c) {
				have = true
				break
			}
		}
		if !have {
			why = append(why, "no participant has the capability "+c)
		}
	}
	if len(op.teams) < src.Disrupt.MinTeams {
		why = append(why, "only "+itoa(len(op.teams))+" team(s); "+tid+" needs "+itoa(src.Disrupt.MinTeams))
	}
	for _, p := range op.teams {
		if st.assessed[p*nth+th] == 2 {
			why = append(why, r.id(p)+" acted on a false facet: its assessment of "+tid+" is wrong")
		}
	}
	if len(why) > 0 {
		op.outcome = opFailed
		r.emit(Event{Kind: EvOperation, Ref: op.id, Threat: tid, To: r.ids(committed), Truth: false,
			Text: op.id + " fails: " + strings.Join(why, "; ")})
		for _, p := range absent {
			for _, c := range committed {
				r.moveTrust(c, p, -rules.TrustMoves.Stood, TrustStoodUp, r.id(p)+" did not commit to "+op.id)
			}
		}
		return
	}
	op.outcome = opSuccess
	st.resolved[th] = disrupted
	lead := st.deadline[th] - st.round
	r.emit(Event{Kind: EvOperation, Ref: op.id, Threat: tid, To: r.ids(committed), Truth: true,
		Text: op.id + " succeeds"})
	r.emit(Event{Kind: EvDisrupted, Threat: tid, To: r.ids(op.teams), Value: lead,
		Text: tid + " disrupted " + itoa(lead) + " round(s) before its deadline"})
	for _, a := range op.teams {
		for _, b := range op.teams {
			if a != b {
				r.moveTrust(a, b, rules.TrustMoves.JointSuccess, TrustJointSuccess, "joint success in "+op.id)
			}
		}
	}
}

package rules

import (
	"slices"

	"liaison/game/scenario"
)

// fireDue fires, in file order, every inject due in the current round: a
// timed one whose At is this round, or a conditional one whose condition
// holds now (with both At and When: from round At on, once the condition
// holds). Each inject fires at most once.
func (r *resolver) fireDue() {
	st := r.st
	for i := range st.ix.sc.Injects {
		in := &st.ix.sc.Injects[i]
		if st.fired[i] != 0 {
			continue
		}
		due := false
		switch {
		case in.When != nil:
			due = st.round >= in.At && st.holds(in.When)
		case in.At > 0:
			due = in.At == st.round
		}
		if due {
			r.fire(i)
		}
	}
}

// fire applies inject i now.
func (r *resolver) fire(i int) {
	st := r.st
	in := &st.ix.sc.Injects[i]
	st.fired[i] = st.round
	st.firedSeq = append(st.firedSeq, i)
	text := in.Text
	if text == "" {
		text = in.Title
	}
	readers := in.To
	if len(readers) == 0 {
		readers = st.ix.teamIDs
	}
	r.emit(Event{Kind: EvInject, Ref: in.ID, To: readers, Text: text})
	e := &in.Effect
	deliver := func(d *scenario.Delivery) {
		if it := st.ix.item(d.Item); it >= 0 {
			for _, id := range d.To {
				if t := st.ix.team(id); t >= 0 {
					r.collect(t, it, "delivered by inject "+in.ID)
				}
			}
		}
	}
	if d := e.Deliver; d != nil {
		deliver(d)
	}
	for k := range e.Deliveries {
		deliver(&e.Deliveries[k])
	}
	if o := e.Outage; o != nil {
		if c := r.outageChannel(o); c >= 0 {
			last := st.round + max(1, o.Rounds) - 1
			st.down[c] = max(st.down[c], last)
			r.emit(Event{Kind: EvOutage, Ref: in.ID, Channel: st.channel(c).id, Value: last,
				Text: st.channel(c).id + " down until the end of round " + itoa(last)})
		}
	}
	for _, ts := range e.Trust {
		a, b := st.ix.team(ts.From), st.ix.team(ts.To)
		r.moveTrust(a, b, ts.Delta, TrustInject, "inject "+in.ID)
	}
	if l := e.Legal; l != nil {
		if t := st.ix.team(l.Team); t >= 0 {
			if l.PersonalData != "" {
				st.legal[t].PersonalData = l.PersonalData
				st.infos = nil
			}
			for _, a := range l.AddAgreements {
				if !slices.Contains(st.legal[t].Agreements, a) {
					st.legal[t].Agreements = append(slices.Clip(st.legal[t].Agreements), a)
				}
			}
		}
	}
	if a := e.AP; a != nil {
		if t := st.ix.team(a.Team); t >= 0 {
			st.apFx = append(st.apFx, apEffect{team: t, delta: a.Delta, from: st.round, until: st.round + max(1, a.Rounds)})
		}
	}
	if d := e.Deadline; d != nil {
		if th := st.ix.threatIndex(d.Threat); th >= 0 && st.resolved[th] == open {
			r.setDeadline(th, max(st.round, st.deadline[th]+d.Delta), "inject "+in.ID)
		}
	}
	if e.Note != "" {
		r.emit(Event{Kind: EvNote, Ref: in.ID, Text: e.Note})
	}
}

// outageChannel finds an outage's channel: by id, else the first scenario
// channel whose members are exactly the two named teams.
func (r *resolver) outageChannel(o *scenario.Outage) int {
	st := r.st
	if o.Channel != "" {
		if c, found := st.ix.chanBy[o.Channel]; found {
			return c
		}
		return -1
	}
	if len(o.Between) != 2 {
		return -1
	}
	a, b := st.ix.team(o.Between[0]), st.ix.team(o.Between[1])
	for c := range st.ix.chans {
		m := st.ix.chans[c].members
		if len(m) == 2 && slices.Contains(m, a) && slices.Contains(m, b) {
			return c
		}
	}
	return -1
}

// assessedCorrect is the State.assessed value of a correct assessment
// (0 none, 2 incorrect).
const assessedCorrect int8 = 1

// holds evaluates a scenario condition on the current state.
func (st *State) holds(c *scenario.Condition) bool {
	ix := st.ix
	nth := len(ix.threats)
	switch {
	case c.ThreatAssessed != nil:
		th := ix.threatIndex(c.ThreatAssessed.Threat)
		if th < 0 {
			return false
		}
		if c.ThreatAssessed.Team != "" {
			t := ix.team(c.ThreatAssessed.Team)
			return t >= 0 && st.assessed[t*nth+th] != 0
		}
		for t := range ix.teams {
			if st.assessed[t*nth+th] != 0 {
				return true
			}
		}
		return false
	case c.AssessedCorrectly != nil:
		th := ix.threatIndex(c.AssessedCorrectly.Threat)
		if th < 0 {
			return false
		}
		if c.AssessedCorrectly.Team != "" {
			t := ix.team(c.AssessedCorrectly.Team)
			return t >= 0 && st.assessed[t*nth+th] == assessedCorrect
		}
		for t := range ix.teams {
			if st.assessed[t*nth+th] == assessedCorrect {
				return true
			}
		}
		return false
	case c.Verified != nil:
		it := ix.item(c.Verified.Item)
		if it < 0 {
			return false
		}
		if c.Verified.Team != "" {
			return st.holdsVerified(ix.team(c.Verified.Team), it)
		}
		for t := range ix.teams {
			if st.holdsVerified(t, it) {
				return true
			}
		}
		return false
	case c.ThreatDisrupted != nil:
		th := ix.threatIndex(c.ThreatDisrupted.Threat)
		if th < 0 || st.resolved[th] != disrupted {
			return false
		}
		if c.ThreatDisrupted.Team == "" {
			return true
		}
		t := ix.team(c.ThreatDisrupted.Team)
		for k := range st.ops {
			if st.ops[k].threat == th && st.ops[k].outcome == opSuccess && slices.Contains(st.ops[k].teams, t) {
				return true
			}
		}
		return false
	case c.ItemWith != nil:
		return st.holdsReadable(ix.team(c.ItemWith.Team), ix.item(c.ItemWith.Item))
	case c.ItemMissing != nil:
		m := c.ItemMissing
		return st.round >= m.By && !st.holdsReadable(ix.team(m.Team), ix.item(m.Item))
	case c.TrustBelow != nil:
		a, b := ix.team(c.TrustBelow.From), ix.team(c.TrustBelow.To)
		return a >= 0 && b >= 0 && st.trustOf(a, b) < c.TrustBelow.Value
	case c.TrustAtLeast != nil:
		a, b := ix.team(c.TrustAtLeast.From), ix.team(c.TrustAtLeast.To)
		return a >= 0 && b >= 0 && st.trustOf(a, b) >= c.TrustAtLeast.Value
	case c.NoBreach != nil:
		t := ix.team(c.NoBreach.Team)
		return t >= 0 && st.breaches[t] == 0
	}
	return false
}

// holdsReadable reports whether team t holds item it, or its sanitised
// copy, readable.
func (st *State) holdsReadable(t, it int) bool {
	if t < 0 || it < 0 {
		return false
	}
	for k := range st.inbox[t] {
		h := &st.inbox[t][k]
		if h.readable && (h.item == it || (it < st.ix.nItems && h.item == it+st.ix.nItems)) {
			return true
		}
	}
	return false
}

// holdsVerified reports whether team t has verified item it, or its
// sanitised copy.
func (st *State) holdsVerified(t, it int) bool {
	if t < 0 || it < 0 {
		return false
	}
	for k := range st.inbox[t] {
		h := &st.inbox[t][k]
		if h.verified && (h.item == it || (it < st.ix.nItems && h.item == it+st.ix.nItems)) {
			return true
		}
	}
	return false
}

// checkExpectations reports inject expectations at the end of a round: met
// the first time the check holds within Within rounds of firing (or by
// round By, when the expectation names it); missed when
// the window closes (or the game ends, final) unmet. A no_breach check is
// judged when its window closes. An expectation without a check is reported
// at window end as not machine-checked (Rule "manual").
func (r *resolver) checkExpectations(final bool) {
	st := r.st
	for i := range st.ix.sc.Injects {
		in := &st.ix.sc.Injects[i]
		ex := in.Expect
		if ex == nil || st.fired[i] == 0 || st.expect[i] != 0 {
			continue
		}
		closing := final || st.round >= ex.Deadline(st.fired[i])
		ev := Event{Kind: EvExpectation, Ref: in.ID, Text: ex.Text}
		switch {
		case ex.Check == nil:
			if !closing {
				continue
			}
			ev.Rule = "manual"
			ev.Text = ex.Text + " (not machine-checked; evaluator to judge)"
		case ex.Check.NoBreach != nil:
			if !closing {
				continue
			}
			ev.Truth = st.holds(ex.Check)
		default:
			ev.Truth = st.holds(ex.Check)
			if !ev.Truth && !closing {
				continue
			}
		}
		if !ev.Truth && ev.Rule == "" {
			ev.Text = ex.Text + " (missed)"
		}
		st.expect[i] = 1
		r.emit(ev)
	}
}

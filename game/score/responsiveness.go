package score

// req is a request to a team, and when it was answered.
type req struct {
	seq, round    int
	ref, from, to string
	arrive        int     // round it reached the target (as far as the log tells)
	answered      int     // rounds taken, -1 never
	pending       bool    // unanswered, but the target never had a round to answer it
	v             float64 // 1 in time, 0.5 a round late, 0 later or never
	text          string  // the loss's, when v < 1
}

// arrival is the round a request is expected to reach its target when it
// is sent: the request event's Value (its planned arrival round), or its
// own round in logs that do not say.
func arrival(round, value int) int { return max(round, value) }

// held records that traffic with the request's id was held by an outage in
// a round (an EvDelay), so it reaches its target a round later at the
// earliest; received records the round it arrived (an EvReceive).
func (r *req) held(round int) {
	if r.answered < 0 {
		r.arrive = max(r.arrive, round+1)
	}
}

func (r *req) received(round int) {
	if r.answered < 0 {
		r.arrive = round
	}
}

// request returns the latest request of the log so far with an id, or nil.
func (l *ledger) request(ref string) *req {
	for i := len(l.reqs) - 1; i >= 0; i-- {
		if l.reqs[i].ref == ref {
			return &l.reqs[i]
		}
	}
	return nil
}

// prepareResponsiveness scores each request: 1 if answered within one round
// of reaching the team, 0.5 within two, 0 later or never. A request left
// unanswered that reached its target only in the last round played (or was
// still travelling when the log ends) is pending, not counted: the target
// never had a round to answer it (orders are given before traffic arrives).
func (l *ledger) prepareResponsiveness() {
	for i := range l.reqs {
		r := &l.reqs[i]
		if r.answered < 0 && r.arrive >= l.last {
			r.pending = true
			r.v = 1 // no loss; left out of the count
			continue
		}
		switch {
		case r.answered < 0:
		case r.answered <= 1:
			r.v = 1
		case r.answered == 2:
			r.v = 0.5
		}
		if r.v >= 1 {
			continue
		}
		t := l.text.begin().s(l.name(r.to))
		if r.answered >= 0 {
			t.s(" took ").d(r.answered).s(" rounds to answer ")
		} else {
			t.s(" never answered ")
		}
		r.text = t.s(l.name(r.from)).s("'s request of round ").d(r.round).end()
	}
}

// responsiveness: each request to the team counts 1 if answered within one
// round of reaching it, 0.5 within two, 0 later or never.
func (l *ledger) responsiveness(card int, out []Loss) (Dim, []Loss) {
	id := l.cardID(card)
	n, pending := 0, 0
	for i := range l.reqs {
		if card == coalitionCard || l.reqs[i].to == id {
			if l.reqs[i].pending {
				pending++
			} else {
				n++
			}
		}
	}
	if n == 0 {
		if pending > 0 {
			return Dim{Basis: "no request it had a round to answer"}, out
		}
		return Dim{Basis: "no requests received"}, out
	}
	var got float64
	for i := range l.reqs {
		r := &l.reqs[i]
		if (card != coalitionCard && r.to != id) || r.pending {
			continue
		}
		got += r.v
		if r.v < 1 {
			out = append(out, Loss{Round: r.round, Cause: r.seq, Rule: "slow_answer", Points: round1(100 * (1 - r.v) / float64(n)),
				Text: r.text})
		}
	}
	return Dim{Measured: true, Score: 100 * got / float64(n),
		Basis: l.text.begin().f(got, 1).s(" of ").d(n).s(" requests answered in time").end()}, out
}

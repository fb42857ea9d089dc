package score

// reachLateRounds is how many rounds late a need-to-know pair decays to zero.
const reachLateRounds = 3

// need is one need-to-know pair: a team that needs an item by a round.
type need struct {
	id         string // team id
	text       string // the loss's, when the need fell due and was not met in time
	team, item int32  // positions, team -1 for an id that is no team's
	by         int
	read       int  // first round the team could read the item, if readable
	first      int  // seq of the first readable delivery or translation, -1 none
	readable   bool // the team could read it at some point
}

// indexNeeds lists the items' needs; holders can read their item from
// round 1.
func (l *ledger) indexNeeds() {
	items, total := 0, 0
	for i := range l.sc.Items {
		if k := len(l.sc.Items[i].Need); k > 0 {
			items++
			total += k
		}
	}
	if total == 0 {
		return
	}
	l.needs = make([]need, 0, total)
	l.itemNeeds = make(map[string][2]int32, items)
	for i := range l.sc.Items {
		it := &l.sc.Items[i]
		if len(it.Need) == 0 {
			continue
		}
		lo := int32(len(l.needs))
		for _, n := range it.Need {
			l.needs = append(l.needs, need{id: n.Team, team: int32(l.teams.Of(n.Team)), item: int32(i), by: n.By, first: -1})
		}
		if _, dup := l.itemNeeds[it.ID]; !dup {
			l.itemNeeds[it.ID] = [2]int32{lo, int32(len(l.needs))}
		}
		for _, h := range it.HeldBy {
			markReadable(l.needs[lo:], h, 1)
		}
	}
}

// needsOf returns the needs of an item (a root id).
func (l *ledger) needsOf(root string) []need {
	s, ok := l.itemNeeds[root]
	if !ok {
		return nil
	}
	return l.needs[s[0]:s[1]]
}

// markReadable records that a team could read an item in a round, given the
// item's needs.
func markReadable(ns []need, team string, round int) {
	for i := range ns {
		if n := &ns[i]; n.id == team && n.team >= 0 && (!n.readable || round < n.read) {
			n.read, n.readable = round, true
		}
	}
}

// markFirstRead records the first readable delivery (or translation) of an
// item to a team, given the item's needs.
func markFirstRead(ns []need, team string, seq int) {
	for i := range ns {
		if n := &ns[i]; n.id == team && n.first < 0 {
			n.first = seq
		}
	}
}

// met is how far a need was met: 1 if the team could read the item by its
// need round, decaying linearly to 0 three rounds late.
func (n *need) met() float64 {
	if !n.readable {
		return 0
	}
	late := max(0, n.read-n.by)
	return max(0, 1-float64(late)/reachLateRounds)
}

// due reports whether a need fell due in the game.
func (l *ledger) due(n *need) bool { return n.by <= max(l.last, 1) }

// prepareReach writes the loss text of each need that fell due and was not
// met in time.
func (l *ledger) prepareReach() {
	for i := range l.needs {
		n := &l.needs[i]
		if !l.due(n) {
			continue
		}
		if n.met() >= 1 {
			continue
		}
		item := l.sc.Items[n.item].ID
		t := l.text.begin()
		if n.readable {
			t.s(l.name(n.id)).s(" could read ").q(item).s(" only in round ").d(n.read).s(", ").d(n.read - n.by).
				s(" round(s) after it was needed (round ").d(n.by).s(")")
		} else {
			t.s(l.name(n.id)).s(" never got a readable copy of ").q(item).s(", needed by round ").d(n.by)
		}
		n.text = t.end()
	}
}

// reach: each need-to-know pair counts 1 if the team could read the item by
// its need round, decaying linearly to 0 three rounds late.
func (l *ledger) reach(card int, out []Loss) (Dim, []Loss) {
	var n, got float64
	from := len(out)
	for i := range l.needs {
		p := &l.needs[i]
		if !l.due(p) || !covers(card, int(p.team)) {
			continue
		}
		v := p.met()
		n++
		got += v
		if v < 1 {
			out = append(out, Loss{Round: p.by, Cause: p.first, Rule: "need_to_know", Points: (1 - v) * 100, Text: p.text})
		}
	}
	if n == 0 {
		return Dim{Basis: "no need-to-know pairs fell due"}, out
	}
	for i := from; i < len(out); i++ {
		out[i].Points = round1(out[i].Points / n)
	}
	return Dim{Measured: true, Score: 100 * got / n,
		Basis: l.text.begin().f(got, 1).s(" of ").d(int(n)).s(" need-to-know pairs met in time").end()}, out
}

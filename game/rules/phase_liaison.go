package rules

import "liaison/game/scenario"

// phaseLiaison (a) posts liaison officers: from this round on a
// zero-latency, secure, capacity-2 gateway link joins the two teams.
func (r *resolver) phaseLiaison() {
	r.ordersOf(func(t int, o *Order) {
		p := r.st.ix.team(o.To[0])
		r.postLiaison(t, p, o.Note)
	}, PostLiaison)
}

// postLiaison records an officer of team a posted to team b and opens its
// link; note is a's reason (Order.Note), "" for a starting officer.
func (r *resolver) postLiaison(a, b int, note string) {
	st := r.st
	st.liaisons = append(st.liaisons, liaison{from: a, to: b, round: st.round})
	ch := chanInfo{
		id: "liaison:" + r.id(a) + ">" + r.id(b), name: "Liaison officer of " + r.id(a) + " at " + r.id(b),
		kind: kindLiaison, members: []int{a, b}, latency: 0, capacity: 2, secure: true,
		maxRank: len(scenario.Classifications) - 1, format: scenario.FormatAuto, liaison: true, pref: 0,
	}
	ch.fillOthers(st.ix)
	st.lchans = append(st.lchans, ch)
	st.down = append(st.down, 0)
	st.lastUsed = append(st.lastUsed, 0)
	r.emit(Event{Kind: EvLiaison, Team: r.id(a), To: r.one(b), Channel: st.lchans[len(st.lchans)-1].id,
		Text: r.id(a) + " posts a liaison officer to " + r.id(b), Note: note})
}

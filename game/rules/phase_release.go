package rules

// phaseRelease (c) handles ORCON release asks and grants. An ask is refused
// at once when the originator trusts the asker below Rules.ReleaseTrust.
func (r *resolver) phaseRelease() {
	r.ordersOf(func(t int, o *Order) {
		st := r.st
		it := st.ix.item(o.Item)
		if it < 0 {
			return
		}
		info := &st.ix.items[it]
		switch o.Kind {
		case AskRelease:
			owner := info.origin
			rel := release{item: it, asker: t, owner: owner, round: st.round, status: relOpen}
			r.emit(Event{Kind: EvAskRelease, Team: r.id(t), To: r.one(owner), Item: info.id,
				Text: r.id(t) + " asks " + r.id(owner) + " to release " + info.id, Note: o.Note})
			if need := st.ix.sc.Rules.ReleaseTrust; st.trustOf(owner, t) < need {
				rel.status = relRefused
				r.emit(Event{Kind: EvRefuse, Team: r.id(owner), To: r.one(t), Item: info.id,
					Text: r.id(owner) + " refuses: its trust in " + r.id(t) + " is below " + itoa(need)})
			}
			st.releases = append(st.releases, rel)
		case Grant:
			to := st.ix.team(o.To[0])
			found := false
			for k := range st.releases {
				if rel := &st.releases[k]; rel.item == it && rel.asker == to && rel.status == relOpen {
					rel.status = relGranted
					found = true
					break
				}
			}
			if !found {
				st.releases = append(st.releases, release{item: it, asker: to, owner: t, round: st.round, status: relGranted})
			}
			r.emit(Event{Kind: EvGrant, Team: r.id(t), To: r.one(to), Item: info.id,
				Text: r.id(t) + " releases " + info.id + " to " + r.id(to), Note: o.Note})
		}
	}, AskRelease, Grant)
}

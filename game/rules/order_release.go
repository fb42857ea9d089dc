package rules

// Ask-release and grant: the legality of ORCON release orders, and their
// enumeration in Legal.

func (st *State) checkAsk(t int, it int) rej {
	if _, rj := st.heldItem(t, it); !rj.ok() {
		return rj
	}
	info := &st.ix.items[it]
	switch {
	case !info.orcon || info.origin < 0:
		return rejNotORCON(info.id)
	case info.origin == t:
		return rejOwnItem(info.id)
	case st.released(t, it):
		return rejAlreadyReleased(info.id, "you")
	}
	for k := range st.releases {
		if r := &st.releases[k]; r.asker == t && r.item == it && r.status == relOpen {
			return rejAskOpen(info.id)
		}
	}
	return rej{}
}

func (st *State) checkGrantOrder(t int, o *Order) rej {
	it := st.ix.item(o.Item)
	if it < 0 {
		return rejUnknownItem(o.Item)
	}
	r, rj := st.oneTarget(t, o)
	if !rj.ok() {
		return rj
	}
	return st.checkGrant(t, it, r)
}

func (st *State) checkGrant(t int, it, to int) rej {
	info := &st.ix.items[it]
	switch {
	case !info.orcon || info.origin < 0:
		return rejNotORCON(info.id)
	case info.origin != t:
		return rejNotOriginator(info.id, st.ix.teamIDs[info.origin])
	case st.released(to, it):
		return rejAlreadyReleased(info.id, st.ix.teamIDs[to])
	}
	return rej{}
}

func (l *lister) releases() {
	st, t := l.st, l.t
	if l.affords(AskRelease) {
		for h := range st.inbox[t] {
			it := st.inbox[t][h].item
			if l.focus != nil && !l.focus.Item(AskRelease, h) {
				continue
			}
			if st.checkAsk(t, it).ok() {
				l.add(Order{Kind: AskRelease, Team: l.id, Item: st.ix.items[it].id})
			}
		}
	}
	if l.affords(Grant) {
		for k := range st.releases {
			rel := &st.releases[k]
			if rel.owner != t || rel.status != relOpen {
				continue
			}
			if st.checkGrant(t, rel.item, rel.asker).ok() {
				l.add(Order{Kind: Grant, Team: l.id, Item: st.ix.items[rel.item].id, To: st.ix.teams[rel.asker].one})
			}
		}
	}
}

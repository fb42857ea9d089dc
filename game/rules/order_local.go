package rules

// Sanitise, verify and translate: the legality of the orders a team runs on an
// item it holds, and their enumeration in Legal.

// heldItem returns the inbox position of a held item, or a rejection.
func (st *State) heldItem(t, it int) (int, rej) {
	if it < 0 {
		return -1, rejNotHeld("that item")
	}
	h := st.held(t, it)
	if h < 0 {
		return -1, rejNotHeld(st.ix.items[it].id)
	}
	return h, rej{}
}

// checkLocal checks a sanitise, verify or translate order (kind k) on item
// it: the team must hold it.
func (st *State) checkLocal(t int, k OrderKind, it int) rej {
	h, rj := st.heldItem(t, it)
	if !rj.ok() {
		return rj
	}
	return st.checkLocalAt(t, k, it, h)
}

// checkLocalAt is checkLocal for item it held at inbox position h.
func (st *State) checkLocalAt(t int, k OrderKind, it, h int) rej {
	switch k {
	case Sanitise:
		return st.checkSanitiseAt(t, it, h)
	case Verify:
		return st.checkVerifyAt(t, it, h)
	}
	return st.checkTranslateAt(t, it, h)
}

// checkSanitiseAt checks a sanitise order on item it, held at inbox position h.
func (st *State) checkSanitiseAt(t, it, h int) rej {
	info := &st.ix.items[it]
	switch {
	case info.sanitised:
		return rejSanitisedAgain(info.id)
	case !st.inbox[t][h].readable:
		return rejUnreadable(info.id)
	case info.orcon && info.origin != t && !st.released(t, it):
		return rejORCONSanitise(info.id)
	case st.held(t, it+st.ix.nItems) >= 0:
		return rejHasSanitised(st.ix.items[it+st.ix.nItems].id)
	}
	return rej{}
}

// checkVerifyAt checks a verify order on item it, held at inbox position h.
func (st *State) checkVerifyAt(t, it, h int) rej {
	switch {
	case st.inbox[t][h].verified:
		return rejVerified(st.ix.items[it].id)
	}
	return rej{}
}

// checkTranslateAt checks a translate order on item it, held at inbox position h.
func (st *State) checkTranslateAt(t, it, h int) rej {
	switch {
	case st.inbox[t][h].readable:
		return rejReadable(st.ix.items[it].id)
	}
	return rej{}
}

func (l *lister) local() {
	st, t := l.st, l.t
	for _, k := range [...]OrderKind{Sanitise, Verify, Translate} {
		if !l.affords(k) {
			continue
		}
		for h := range st.inbox[t] {
			it := st.inbox[t][h].item
			if l.focus != nil && !l.focus.Item(k, h) {
				continue
			}
			if st.checkLocalAt(t, k, it, h).ok() {
				l.add(Order{Kind: k, Team: l.id, Item: st.ix.items[it].id})
			}
		}
	}
}

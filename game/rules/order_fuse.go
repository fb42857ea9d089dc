package rules

import "slices"

// Fuse: the legality of fuse orders (an assessment of a threat), and their
// enumeration in Legal.

// checkOpenThreat refuses a threat already disrupted or struck.
func (st *State) checkOpenThreat(th int) rej {
	switch st.resolved[th] {
	case disrupted:
		return rejResolved(st.ix.threats[th].id, "disrupted")
	case struck:
		return rejResolved(st.ix.threats[th].id, "struck")
	}
	return rej{}
}

func (st *State) checkFuse(t int, th int, id string) rej {
	if th < 0 {
		return rejUnknownThreat(id)
	}
	if rj := st.checkOpenThreat(th); !rj.ok() {
		return rj
	}
	if st.assessed[t*len(st.ix.threats)+th] != 0 {
		return rejAssessedAlready(id)
	}
	if f := st.missingFacet(t, th); f != "" {
		return rejMissingFacet(id, f)
	}
	return rej{}
}

// missingFacet returns the first facet of threat th that team t cannot
// back with a readable, confirmed item not found false ("" if none).
func (st *State) missingFacet(t, th int) string {
	for _, f := range st.ix.threats[th].facets {
		if !st.backs(t, f, false) {
			return f
		}
	}
	return ""
}

// backs reports whether team t holds a usable item revealing facet f (and,
// if trueOnly, a true one).
func (st *State) backs(t int, f string, trueOnly bool) bool {
	for k := range st.inbox[t] {
		h := &st.inbox[t][k]
		if !st.usableFor(h) {
			continue
		}
		info := &st.ix.items[h.item]
		if trueOnly && !info.truth {
			continue
		}
		if slices.Contains(info.facets, f) {
			return true
		}
	}
	return false
}

func (l *lister) fuses() {
	st, t := l.st, l.t
	if !l.affords(Fuse) {
		return
	}
	for th := range st.ix.threats {
		if st.checkFuse(t, th, st.ix.threats[th].id).ok() {
			l.add(Order{Kind: Fuse, Team: l.id, Threat: st.ix.threats[th].id})
		}
	}
}

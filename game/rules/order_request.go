package rules

// Request: the legality of request orders, and their enumeration in Legal.

// oneTarget parses the single team an order names in To.
func (st *State) oneTarget(t int, o *Order) (int, rej) {
	if len(o.To) != 1 {
		return -1, rejOneTarget()
	}
	var buf [1]int
	rs, rj := st.parseTeams(t, o.To, buf[:])
	if !rj.ok() {
		return -1, rj
	}
	return rs[0], rej{}
}

func (st *State) checkRequest(t int, o *Order) rej {
	r, rj := st.oneTarget(t, o)
	if !rj.ok() {
		return rj
	}
	if o.Threat == "" && o.Facet == "" && o.Item == "" {
		return rejNoSubject()
	}
	if o.Threat != "" && st.ix.threatIndex(o.Threat) < 0 {
		return rejUnknownThreat(o.Threat)
	}
	if o.Facet != "" {
		if _, found := st.ix.facetTh[o.Facet]; !found {
			return rejUnknownFacet(o.Facet)
		}
	}
	if o.Item != "" && st.ix.item(o.Item) < 0 {
		return rejUnknownItem(o.Item)
	}
	if st.openRequest(t, r, st.requestThreat(o), o.Facet, o.Item) {
		return rejOpenRequest(st.ix.teamIDs[r], subjectOf(o))
	}
	c := st.channelArg(o.Channel)
	if c == -2 {
		return rejUnknownChannel(o.Channel)
	}
	return st.checkTraffic(t, []int{r}, c)
}

// openRequest reports whether team t has a request to r about the same
// threat, facet and item still open (unanswered and not expired).
func (st *State) openRequest(t, r int, threat, facet, item string) bool {
	for k := range st.requests {
		q := &st.requests[k]
		if q.from == t && q.to == r && q.answered == 0 && !q.expired && q.threat == threat && q.facet == facet && q.item == item {
			return true
		}
	}
	return false
}

// requestThreat is the threat a request is about: its Threat, or the
// threat of its Facet.
func (st *State) requestThreat(o *Order) string {
	if o.Threat == "" && o.Facet != "" {
		if th, found := st.ix.facetTh[o.Facet]; found {
			return st.ix.threats[th].id
		}
	}
	return o.Threat
}

// subjectOf names what a request asks about.
func subjectOf(o *Order) string {
	switch {
	case o.Facet != "":
		return o.Facet
	case o.Item != "":
		return o.Item
	}
	return o.Threat
}

func (l *lister) requests() {
	st, t := l.st, l.t
	if !l.affords(Request) {
		return
	}
	var buf [16]int
	for _, th := range st.knownThreats(t, buf[:0]) {
		if st.resolved[th] != open {
			continue
		}
		for _, f := range st.ix.threats[th].facets {
			if st.backs(t, f, false) {
				continue
			}
			// checkRequest on Order{To: [r], Facet: f}: the team, facet and
			// subject are valid by construction, the channel is the best
			// one (reaches), so what is left is an open request to r.
			threat := st.ix.threats[st.ix.facetTh[f]].id
			for r := range st.ix.teams {
				if r == t || !l.reaches(r) || st.openRequest(t, r, threat, f, "") {
					continue
				}
				l.add(Order{Kind: Request, Team: l.id, To: st.ix.teams[r].one, Facet: f})
			}
		}
	}
}

// knownThreats lists the threats team t has a readable facet of or assessed.
func (st *State) knownThreats(t int, buf []int) []int {
	out := buf[:0]
	nth := len(st.ix.threats)
	for th := 0; th < nth; th++ {
		if st.assessed[t*nth+th] != 0 || st.knowsOf(t, th) {
			out = append(out, th)
		}
	}
	return out
}

// knowsOf reports whether team t holds a readable item revealing a facet of th.
func (st *State) knowsOf(t, th int) bool {
	for k := range st.inbox[t] {
		h := &st.inbox[t][k]
		if h.readable && st.ix.items[h.item].revealsFacetOf(th) {
			return true
		}
	}
	return false
}

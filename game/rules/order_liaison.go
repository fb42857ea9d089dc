package rules

// Post-liaison: the legality of post-liaison orders, and their enumeration in
// Legal.

func (st *State) checkPost(t int, o *Order) rej {
	r, rj := st.oneTarget(t, o)
	if !rj.ok() {
		return rj
	}
	return st.checkPostTo(t, r)
}

func (st *State) checkPostTo(t int, r int) rej {
	if st.posted(t, r) {
		return rejPosted(st.ix.teamIDs[r])
	}
	if used, slots := st.postedBy(t), st.ix.teams[t].slots; used >= slots {
		return rejNoSlot(used, slots)
	}
	return rej{}
}

// postedBy counts the liaison officers team t has posted.
func (st *State) postedBy(t int) int {
	n := 0
	for _, l := range st.liaisons {
		if l.from == t {
			n++
		}
	}
	return n
}

func (l *lister) posts() {
	st, t := l.st, l.t
	if !l.affords(PostLiaison) {
		return
	}
	for r := range st.ix.teams {
		if r != t && st.checkPostTo(t, r).ok() {
			l.add(Order{Kind: PostLiaison, Team: l.id, To: st.ix.teams[r].one})
		}
	}
}

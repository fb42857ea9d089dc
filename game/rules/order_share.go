package rules

import "slices"

// Share: the legality of share orders (docs/rules.md, "Orders and action
// points"), and the channel checks requests, responds and messages reuse.

func (st *State) checkShareOrder(t int, o *Order) rej {
	it := st.ix.item(o.Item)
	if it < 0 || st.held(t, it) < 0 {
		return rejNotHeld(o.Item)
	}
	if len(o.To) == 0 {
		return rejNoRecipient()
	}
	var buf [16]int
	rs, c, rj := st.recipientsOn(t, o, buf[:])
	if !rj.ok() {
		return rj
	}
	return st.checkSend(t, it, rs, c)
}

// checkSend applies the forbidding rules of a share (or a respond with an
// item): held, REL TO and clearance of every recipient (every member of a
// database), channel known, joining sender and recipients, up.
func (st *State) checkSend(t, it int, rs []int, c int) rej {
	if st.held(t, it) < 0 {
		return rejNotHeld(st.ix.items[it].id)
	}
	info := &st.ix.items[it]
	for _, r := range rs {
		if rj := st.releasable(info, r); !rj.ok() {
			return rj
		}
	}
	if c < 0 {
		for _, r := range rs {
			if st.bestChannel(t, r, it) < 0 {
				return rejNoChannelUp(st.ix.teamIDs[r])
			}
		}
		return rej{}
	}
	if rj := st.checkOn(t, rs, c); !rj.ok() {
		return rj
	}
	if st.channel(c).db {
		return st.dbAllows(c, t, it)
	}
	return rej{}
}

// checkOn checks that channel c joins t and every recipient and is up.
func (st *State) checkOn(t int, rs []int, c int) rej {
	ch := st.channel(c)
	if !slices.Contains(ch.members, t) {
		return rejNotMember(st.ix.teamIDs[t], ch.id)
	}
	for _, r := range rs {
		if !slices.Contains(ch.members, r) {
			return rejNotMember(st.ix.teamIDs[r], ch.id)
		}
	}
	if !st.up(c, st.round) {
		return rejChannelDown(ch.id)
	}
	return rej{}
}

// checkTraffic checks the channel of a message or request from t to rs.
func (st *State) checkTraffic(t int, rs []int, c int) rej {
	if c >= 0 {
		return st.checkOn(t, rs, c)
	}
	for _, r := range rs {
		if st.bestChannel(t, r, -1) < 0 {
			return rejNoChannelUp(st.ix.teamIDs[r])
		}
	}
	return rej{}
}

func (l *lister) shares() {
	st, t := l.st, l.t
	if !l.affords(Share) {
		return
	}
	var buf [32]*chanInfo
	chs := buf[:0]
	for _, c := range st.ix.memberOf[t] {
		if st.up(c, st.round) {
			chs = append(chs, st.channel(c))
		}
	}
	for k := range st.liaisons { // liaison k is channel len(ix.chans)+k, members {from, to}
		if l, c := &st.liaisons[k], len(st.ix.chans)+k; (l.from == t || l.to == t) && st.up(c, st.round) {
			chs = append(chs, st.channel(c))
		}
	}
	// to[r]: for the current item, whether the focus wants it shared with
	// team r (0 not asked yet, 1 no, 2 yes), asked once whatever the
	// number of channels to r.
	var tobuf [16]int8
	to := tobuf[:0]
	if l.focus != nil {
		to = slices.Grow(to, st.nTeams())[:st.nTeams()]
	}
	wants := func(k, r int) bool {
		if l.focus == nil {
			return true
		}
		if to[r] == 0 {
			to[r] = 1
			if l.focus.ShareTo(k, r) {
				to[r] = 2
			}
		}
		return to[r] == 2
	}
	for k := range st.inbox[t] {
		it := st.inbox[t][k].item
		info := &st.ix.items[it]
		if l.focus != nil && !l.focus.Item(Share, k) {
			continue
		}
		clear(to)
		for _, ch := range chs {
			if ch.db {
				wanted := l.focus == nil
				for _, r := range ch.others[t] {
					if wanted = wanted || wants(k, r); wanted {
						break
					}
				}
				ok := wanted
				for _, r := range ch.others[t] {
					if !ok {
						break
					}
					ok = st.releasable(info, r).ok()
				}
				if ok {
					l.add(Order{Kind: Share, Team: l.id, Item: info.id, To: ch.otherIDs[t], Channel: ch.id})
				}
				continue
			}
			for _, r := range ch.others[t] {
				if wants(k, r) && st.releasable(info, r).ok() {
					l.add(Order{Kind: Share, Team: l.id, Item: info.id, To: st.ix.teams[r].one, Channel: ch.id})
				}
			}
		}
	}
}

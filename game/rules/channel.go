package rules

import (
	"slices"

	"liaison/game/scenario"
)

// connects reports whether channel c joins teams a and b and is up in the
// current round.
func (st *State) connects(c, a, b int) bool {
	ch := st.channel(c)
	return slices.Contains(ch.members, a) && slices.Contains(ch.members, b) && st.up(c, st.round)
}

// bestChannel picks the channel for traffic from t to r when the order
// names none: among the channels joining them that are up this round (and,
// for an item it >= 0 over a database, releasable to every member), prefer
// a liaison link, then a secure link, then a database, then an insecure
// link; then the lowest latency; then file order. -1 if none.
func (st *State) bestChannel(t, r, it int) int {
	best := -1
	consider := func(c int) {
		if !st.connects(c, t, r) {
			return
		}
		ch := st.channel(c)
		if it >= 0 && ch.db && !st.dbAllows(c, t, it).ok() {
			return
		}
		if best < 0 {
			best = c
			return
		}
		b := st.channel(best)
		if ch.pref < b.pref || (ch.pref == b.pref && ch.latency < b.latency) {
			best = c
		}
	}
	// Only channels t is on can join it to r: its static channels, then
	// the posted liaisons, in channel order.
	for _, c := range st.ix.memberOf[t] {
		consider(c)
	}
	for k := range st.liaisons { // liaison k is channel len(ix.chans)+k, members {from, to}
		if l := &st.liaisons[k]; (l.from == t || l.to == t) && (l.from == r || l.to == r) {
			consider(len(st.ix.chans) + k)
		}
	}
	return best
}

// eachChanOf calls f with every channel team t is a member of, in channel
// order (static channels, then posted liaisons).
func (st *State) eachChanOf(t int, f func(c int)) {
	for _, c := range st.ix.memberOf[t] {
		f(c)
	}
	for k := range st.liaisons { // liaison k is channel len(ix.chans)+k, members {from, to}
		if l := &st.liaisons[k]; l.from == t || l.to == t {
			f(len(st.ix.chans) + k)
		}
	}
}

// dbAllows checks that item it may reach every member of database c other
// than the sender t: REL TO and clearance.
func (st *State) dbAllows(c, t, it int) rej {
	info := &st.ix.items[it]
	for _, m := range st.channel(c).members {
		if m == t {
			continue
		}
		if rj := st.releasable(info, m); !rj.ok() {
			return rj
		}
	}
	return rej{}
}

// releasable applies the forbidding caveats for one recipient: REL TO and
// the recipient's clearance.
func (st *State) releasable(info *itemInfo, m int) rej {
	if !info.relToAllows(st.ix, m) {
		return rejRelTo(st.ix.teamIDs[m])
	}
	if info.rank > st.ix.teams[m].clearRank {
		return rejNotCleared(st.ix.teamIDs[m], scenario.Classifications[info.rank])
	}
	return rej{}
}

// arrival is the round traffic sent now from t to r over c arrives:
// latency, plus one round when their languages differ and no liaison
// officer is posted between them, plus one round for a slow team's
// responses.
func (st *State) arrival(t, r, c int, respond bool) int {
	ch := st.channel(c)
	at := st.round + ch.latency
	lt, lr := st.ix.teams[t].language, st.ix.teams[r].language
	if lt != "" && lr != "" && lt != lr && !ch.liaison && !st.hasLiaison(t, r) {
		at++
	}
	if respond && st.ix.teams[t].slow {
		at++
	}
	return at
}

// convert is the format an item in format f arrives in at team r over c.
func (st *State) convert(f string, c, r int) string {
	switch cf := st.channel(c).format; cf {
	case "":
		return f
	case scenario.FormatAuto:
		return st.ix.teams[r].team.Format
	default:
		return cf
	}
}

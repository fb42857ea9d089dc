package rules

// Caveats come in two strengths. Forbidden (Validate refuses, see
// checkSend): item not held, REL TO excluding a recipient, an item above
// a recipient's clearance, an unknown or down channel, a recipient not on
// the channel. Wrong but possible (breaches checked here): the share goes
// through, is logged as EvBreach with its severity, and costs the breacher
// the originator's trust.

// breaches logs every caveat rule a transmission of item it by t over c to
// rs breaks: one EvBreach per rule (personal data: per recipient).
func (r *resolver) breaches(t, it, c int, rs []int) {
	st := r.st
	info := &st.ix.items[it]
	sev := &st.ix.sc.Scoring.Severity
	ch := st.channel(c)
	nonOrigin := info.origin != t
	if info.orcon && nonOrigin && !st.released(t, it) {
		r.breach(t, it, c, rs, RuleORCON, sev.ORCON, "re-shared ORCON item "+info.id+" without the originator's release")
	}
	if info.strictTLP && nonOrigin {
		r.breach(t, it, c, rs, RuleTLP, sev.TLPRed, "re-shared TLP:"+info.tlp+" item "+info.id+" outside its audience")
	}
	if info.personal {
		for _, rc := range rs {
			if !st.legal[rc].AllowsPersonalDataFrom(r.id(t)) {
				r.breach(t, it, c, []int{rc}, RulePersonalData, sev.PersonalData,
					"sent personal data in "+info.id+" to "+r.id(rc)+", whose law does not allow it from "+r.id(t))
			}
		}
	}
	if (!ch.secure && info.rank > 1) || info.rank > ch.maxRank {
		r.breach(t, it, c, rs, RuleInsecureLink, sev.InsecureLink, "sent "+className(info.rank)+" item "+info.id+" over "+ch.id+", which may carry only "+linkLimit(ch))
	}
}

// breach emits one EvBreach and the originator's loss of trust in the breacher.
func (r *resolver) breach(t, it, c int, rs []int, rule string, severity int, why string) {
	st := r.st
	info := &st.ix.items[it]
	ev := Event{Kind: EvBreach, Team: r.id(t), To: r.ids(rs), Item: info.id, Root: st.ix.items[info.root].id,
		Channel: st.channel(c).id, Rule: rule, Value: severity, Text: r.id(t) + " " + why}
	if info.origin >= 0 {
		ev.From = r.id(info.origin)
	}
	r.emit(ev)
	st.breaches[t]++
	if info.origin >= 0 && info.origin != t {
		r.moveTrust(info.origin, t, -st.ix.sc.Rules.TrustMoves.Breach, TrustBreach,
			r.id(t)+" breached "+rule+" on "+info.id)
	}
}

func className(rank int) string {
	if rank >= 0 && rank < len(classNames) {
		return classNames[rank]
	}
	return "?"
}

var classNames = []string{"UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET"}

// linkLimit describes the highest class a channel may carry.
func linkLimit(ch *chanInfo) string {
	lim := ch.maxRank
	if !ch.secure {
		lim = min(lim, 1)
	}
	if !ch.secure {
		return className(lim) + " (insecure)"
	}
	return className(lim)
}

package rules

import "slices"

// Message: the legality of free-text message orders, and their enumeration in
// Legal.

func (st *State) checkMessage(t int, o *Order) rej {
	if !validMsgKind(o.MsgKind) {
		return rejBadMsgKind(string(o.MsgKind))
	}
	if len(o.To) == 0 {
		return rejNoRecipient()
	}
	if len(o.Subject) > maxSubject {
		return rejTooLong("subject", len(o.Subject), maxSubject)
	}
	var buf [16]int
	rs, c, rj := st.recipientsOn(t, o, buf[:])
	if !rj.ok() {
		return rj
	}
	return st.checkTraffic(t, rs, c)
}

func validMsgKind(k MsgKind) bool {
	switch k {
	case MsgRequest, MsgOffer, MsgPropose, MsgAck, MsgDecline, MsgWarn:
		return true
	}
	return false
}

// messages lists, to each teammate reachable this round over the best
// channel: REQUEST, OFFER and WARN about each known open threat, and ACK
// and DECLINE about each pending operation both are part of.
func (l *lister) messages() {
	st, t := l.st, l.t
	if !l.affords(Message) {
		return
	}
	var buf [16]int
	known := st.knownThreats(t, buf[:0])
	for r := range st.ix.teams {
		if r == t || !l.reaches(r) {
			continue
		}
		to := st.ix.teams[r].one
		for _, th := range known {
			if st.resolved[th] != open {
				continue
			}
			for _, k := range [...]MsgKind{MsgRequest, MsgOffer, MsgWarn} {
				l.add(Order{Kind: Message, Team: l.id, To: to, MsgKind: k, Subject: st.ix.threats[th].id})
			}
		}
		for k := range st.ops {
			op := &st.ops[k]
			if op.outcome != opPending || !slices.Contains(op.teams, t) || !slices.Contains(op.teams, r) {
				continue
			}
			for _, mk := range [...]MsgKind{MsgAck, MsgDecline} {
				l.add(Order{Kind: Message, Team: l.id, To: to, MsgKind: mk, Subject: op.id})
			}
		}
	}
}

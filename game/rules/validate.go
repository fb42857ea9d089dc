package rules

import "slices"

// Limits on free text in orders (orders come from users and the network).
const (
	maxNote    = 280
	maxSubject = 100
)

// Validate returns nil if o is legal for o.Team given the orders already
// queued by that team this round, else a *RejectError whose message is a
// short human reason. Every order is checked against the state at the start
// of the round: what this round's orders produce (a sanitised copy, a
// translation, an assessment, a new liaison link) is usable next round.
func (st *State) Validate(queued []Order, o Order) error {
	return st.check(queued, &o).err(o)
}

// check is Validate without formatting: the reason stays a code.
func (st *State) check(queued []Order, o *Order) rej {
	if st.over {
		return rejOver()
	}
	t := st.ix.team(o.Team)
	if t < 0 {
		return rejUnknownTeam(o.Team)
	}
	var rj rej
	switch o.Kind {
	case Share:
		rj = st.checkShareOrder(t, o)
	case Request:
		rj = st.checkRequest(t, o)
	case Respond:
		rj = st.checkRespond(t, o)
	case Sanitise, Verify, Translate:
		rj = st.checkLocal(t, o.Kind, st.ix.item(o.Item))
	case AskRelease:
		rj = st.checkAsk(t, st.ix.item(o.Item))
	case Grant:
		rj = st.checkGrantOrder(t, o)
	case Fuse:
		rj = st.checkFuse(t, st.ix.threatIndex(o.Threat), o.Threat)
	case Propose:
		rj = st.checkPropose(t, o)
	case Commit:
		rj = st.checkCommit(t, st.opIndex(o.Ref), o.Ref)
	case PostLiaison:
		rj = st.checkPost(t, o)
	case Message:
		rj = st.checkMessage(t, o)
	case Pass:
		return rej{} // always legal, whatever the queue
	default:
		return rejUnknownKind(string(o.Kind))
	}
	if !rj.ok() {
		return rj
	}
	if len(o.Note) > maxNote {
		// Every order's reason goes into the log and to its recipients.
		return rejTooLong("note", len(o.Note), maxNote)
	}
	if rj := st.queueConflict(t, queued, o); !rj.ok() {
		return rj
	}
	if c, left := st.cost(o.Kind), st.apLeft(t, queued); c > left {
		return rejNotEnoughAP(string(o.Kind), c, max(0, left))
	}
	return rej{}
}

// parseTeams turns order targets into team indices (into buf): each must
// exist, differ from the sender and appear once.
func (st *State) parseTeams(t int, to []string, buf []int) ([]int, rej) {
	out := buf[:0]
	for _, id := range to {
		r := st.ix.team(id)
		switch {
		case r < 0:
			return nil, rejBadRecipient(id)
		case r == t:
			return nil, rejSendToSelf()
		case slices.Contains(out, r):
			return nil, rejNamedTwice(id)
		}
		out = append(out, r)
	}
	return out, rej{}
}

// channelArg resolves an order's channel: -1 for "" (best available),
// -2 for an unknown id.
func (st *State) channelArg(id string) int {
	if id == "" {
		return -1
	}
	if c := st.channelIndex(id); c >= 0 {
		return c
	}
	return -2
}

// recipientsOn parses the recipients (into buf) and the channel of an
// order that sends something: a share or a message.
func (st *State) recipientsOn(t int, o *Order, buf []int) (rs []int, c int, rj rej) {
	rs, rj = st.parseTeams(t, o.To, buf)
	if !rj.ok() {
		return nil, 0, rj
	}
	c = st.channelArg(o.Channel)
	if c == -2 {
		return nil, 0, rejUnknownChannel(o.Channel)
	}
	return rs, c, rej{}
}

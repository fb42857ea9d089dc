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

// Valid reports whether Validate(queued, *o) would return nil, without
// building the error.
func (st *State) Valid(queued []Order, o *Order) bool {
	return st.check(queued, o).ok()
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

func (st *State) checkShareOrder(t int, o *Order) rej {
	it := st.ix.item(o.Item)
	if it < 0 || st.held(t, it) < 0 {
		return rejNotHeld(o.Item)
	}
	if len(o.To) == 0 {
		return rejNoRecipient()
	}
	var buf [16]int
	rs, rj := st.parseTeams(t, o.To, buf[:])
	if !rj.ok() {
		return rj
	}
	c := st.channelArg(o.Channel)
	if c == -2 {
		return rejUnknownChannel(o.Channel)
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

func (st *State) checkRespond(t int, o *Order) rej {
	q := st.requestIndex(o.Ref)
	if q < 0 {
		return rejUnknownRequest(o.Ref)
	}
	rq := &st.requests[q]
	switch {
	case rq.to != t:
		if rq.from == t {
			return rejNotYours(o.Ref, st.ix.teamIDs[rq.to])
		}
		return rejUnknownRequest(o.Ref)
	case rq.arrived == 0:
		return rejNotArrived(o.Ref)
	case rq.answered != 0:
		return rejAnswered(o.Ref)
	}
	if o.Item == "" {
		return rej{}
	}
	it := st.ix.item(o.Item)
	if it < 0 {
		return rejNotHeld(o.Item)
	}
	c := st.channelArg(o.Channel)
	if c == -2 {
		return rejUnknownChannel(o.Channel)
	}
	return st.checkSend(t, it, []int{rq.from}, c)
}

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
	rs, rj := st.parseTeams(t, o.To, buf[:])
	if !rj.ok() {
		return rj
	}
	c := st.channelArg(o.Channel)
	if c == -2 {
		return rejUnknownChannel(o.Channel)
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

func (st *State) checkPropose(t int, o *Order) rej {
	th := st.ix.threatIndex(o.Threat)
	if th < 0 {
		return rejUnknownThreat(o.Threat)
	}
	if rj := st.checkOpenThreat(th); !rj.ok() {
		return rj
	}
	if st.assessed[t*len(st.ix.threats)+th] == 0 {
		return rejNotAssessed("you", o.Threat)
	}
	if o.At <= st.round || o.At > st.deadline[th] {
		return rejBadOpRound(st.round, st.deadline[th])
	}
	var buf [16]int
	_, rj := st.parseTeams(t, o.To, buf[:])
	return rj
}

func (st *State) checkCommit(t int, op int, id string) rej {
	if op < 0 {
		return rejUnknownOp(id)
	}
	p := &st.ops[op]
	if !slices.Contains(p.teams, t) {
		return rejNotInOp(id)
	}
	if p.outcome != opPending || p.round < st.round {
		return rejOpClosed(id)
	}
	return rej{}
}

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

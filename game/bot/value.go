package bot

import (
	"liaison/game/rules"
	"liaison/game/scenario"
)

// Base priorities of order kinds (higher first); personalities adjust them.
const (
	vCommit    = 100
	vFuse      = 90
	vPropose   = 85
	vRespond   = 80
	vGrant     = 70
	vVerify    = 60
	vTranslate = 55
	vShare     = 50
	vSanitise  = 45
	vDecline   = 62
	vLiaison   = 35
	vRequest   = 25
	vAsk       = 20
	vMessage   = 30 // an ACK or DECLINE of a proposal (0 AP)
)

// jointTrust is the trust a joint operation needs both ways (the rules'
// default joint_trust): below it a bot neither proposes to nor joins a
// partner, and says so.
const jointTrust = 30

// hoarderTrust: a hoarder declines requests from partners it trusts less.
const hoarderTrust = 30

// shareTrust: below this trust no bot shares unasked (reciprocity).
const shareTrust = 25

// value scores an order for this bot; 0 or less means "not worth it".
func (b *Bot) value(k *knowledge, o *rules.Order, q []rules.Order, shares int) float64 {
	st := b.style
	v := k.v
	if queuedSame(q, o) {
		return 0
	}
	switch o.Kind {
	case rules.Commit:
		for _, op := range v.Operations {
			if op.ID == o.Ref && op.Round == v.Round && !contains(op.Committed, v.Team) && !b.declines(k, &op) {
				return vCommit
			}
		}
	case rules.Fuse:
		return vFuse
	case rules.Propose:
		return b.proposeValue(k, o)
	case rules.Message:
		// Only the ACKs and DECLINEs extra builds (with their reason).
		if o.Note != "" && (o.MsgKind == rules.MsgAck || o.MsgKind == rules.MsgDecline) {
			return vMessage
		}
	case rules.Respond:
		return b.respondValue(k, o)
	case rules.Grant:
		if st.name == "hoarder" {
			return 5
		}
		return vGrant
	case rules.Verify, rules.Translate, rules.AskRelease, rules.Sanitise:
		if i := k.item(o.Item); i >= 0 {
			return b.itemValue(k, o.Kind, i)
		}
	case rules.Share:
		return b.shareValue(k, o, shares)
	case rules.PostLiaison:
		if st.liaison && len(v.Liaisons) == 0 && v.Round <= 3 && len(o.To) == 1 && o.To[0] == k.lowestTrust() {
			return vLiaison
		}
	case rules.Request:
		return b.requestValue(k, o)
	}
	return 0
}

func (b *Bot) respondValue(k *knowledge, o *rules.Order) float64 {
	v := k.v
	req := k.request(o.Ref)
	if req == nil || req.Answered {
		return 0
	}
	since := req.Round
	if b.style.name == "hoarder" && req.Arrived > 0 {
		since = req.Arrived // a hoarder answers at the last chance
	}
	if v.Round-since < b.style.answerDelay {
		return 0
	}
	age := float64(v.Round - req.Round)
	if req.Arrived > 0 && v.Round >= req.Arrived+2 {
		// The last chance before it expires: before proposals and fusion.
		age += 15
	}
	if o.Item == "" {
		// A decline is dropped later when an answer is also on offer
		// (dropAnsweredDeclines); here it waits one round only for a
		// sanitised copy that will answer.
		if b.style.name == "hoarder" && v.TrustOut[req.From] < hoarderTrust {
			return vDecline + age
		}
		if req.Arrived > 0 && v.Round <= req.Arrived+1 && k.copyPending(req) {
			return 0
		}
		return vDecline + age
	}
	if b.style.name == "hoarder" && v.TrustOut[req.From] < hoarderTrust {
		return 0
	}
	it := k.itemView(o.Item)
	if it == nil || !b.canAnswer(k, it, req) {
		return 0
	}
	c := k.channel(o.Channel)
	if b.style.careful && k.breachRisk(it, req.From, c) != "" {
		return 0
	}
	if b.style.name == "legalistic" && !secure(c) {
		return 0 // only over a liaison officer or a secure link
	}
	val := vRespond + age
	if c != nil {
		val -= float64(c.Latency) / 4
		if !k.readableBy(it, c, req.From) {
			val -= 2
		}
	}
	return val
}

// secure reports whether c is a liaison officer's link or a secure link.
func secure(c *rules.ChannelView) bool {
	return c != nil && (c.Secure || c.Kind == "liaison")
}

// readableBy reports whether item it sent over c arrives in a format team
// to reads (a gateway converts; a plain link passes the sender's copy).
func (k *knowledge) readableBy(it *rules.ItemView, c *rules.ChannelView, to string) bool {
	ti := k.teamInfo(to)
	if ti == nil {
		return true
	}
	f := it.Format
	switch {
	case c.Format == "auto":
		return true
	case c.Format != "":
		f = c.Format
	}
	return f == ti.Format || contains(ti.Reads, f)
}

// copyPending reports whether the bot holds an original that answers req
// but may not go to the requester as it is, whose sanitised copy would
// (its tear line keeps what was asked), and the copy is not made yet: the
// bot sanitises this round and answers with the copy next round.
func (k *knowledge) copyPending(req *rules.RequestView) bool {
	for i := range k.v.Items {
		it := &k.v.Items[i]
		if it.Sanitised || k.copied[i] || !answers(it, req) || !it.Readable || (it.Truth != nil && !*it.Truth) {
			continue
		}
		if k.blocked(it, req.From) && k.copyHelps(it, req) {
			return true
		}
	}
	return false
}

// blocked reports whether held item it may not go to team to as it is, or
// only with a caveat breach: REL TO, clearance, or a caveat breachRisk names.
func (k *knowledge) blocked(it *rules.ItemView, to string) bool {
	return relBlocks(it, to) || classAbove(it.Class, k.clearance(to)) || k.breachRisk(it, to, nil) != ""
}

// copyFixes reports whether the sanitised copy of original it could go to
// team to cleanly and still carries a facet: a readable original whose
// tear line keeps something, that the team may sanitise, and whose copy
// (one class lower, no REL TO, ORCON or personal data) fits to's clearance.
func (k *knowledge) copyFixes(it *rules.ItemView, to string) bool {
	if it.Sanitised || !it.Readable || len(it.TearLine) == 0 {
		return false
	}
	if it.ORCON && it.Origin != k.v.Team && !it.Released {
		return false // the originator must release it first
	}
	if (it.TLP == "RED" || it.TLP == "AMBER+STRICT") && it.Origin != k.v.Team {
		return false
	}
	return scenario.ClassRank(it.Class)-1 <= scenario.ClassRank(k.clearance(to))
}

// copyHelps reports whether the sanitised copy of it would answer req.
func (k *knowledge) copyHelps(it *rules.ItemView, req *rules.RequestView) bool {
	if !k.copyFixes(it, req.From) {
		return false
	}
	if req.Item != "" {
		return true
	}
	for _, f := range it.TearLine {
		if f == req.Facet || (req.Facet == "" && threatOf(f) == req.Threat) {
			return true
		}
	}
	return false
}

// askedFor reports whether team to has an open request to the bot that
// held item it answers.
func (k *knowledge) askedFor(it *rules.ItemView, to string) bool {
	for i := range k.v.Requests {
		r := &k.v.Requests[i]
		if r.From == to && r.To == k.v.Team && !r.Answered && answers(it, r) {
			return true
		}
	}
	return false
}

// canAnswer reports whether the bot would answer req with item it: it must
// answer the question, be readable and not known false, and (for careful
// bots) be shareable without a caveat breach on some channel.
func (b *Bot) canAnswer(k *knowledge, it *rules.ItemView, req *rules.RequestView) bool {
	if !answers(it, req) || !it.Readable || (it.Truth != nil && !*it.Truth) {
		return false
	}
	if !b.style.careful {
		return true
	}
	if relBlocks(it, req.From) {
		return false
	}
	return k.breachRisk(it, req.From, nil) == ""
}

// answers reports whether holding item it satisfies the request.
func answers(it *rules.ItemView, req *rules.RequestView) bool {
	if req.Item != "" {
		return it.ID == req.Item || it.Root == req.Item
	}
	for _, f := range it.Facets {
		if f == req.Facet || (req.Facet == "" && req.Threat != "" && threatOf(f) == req.Threat) {
			return true
		}
	}
	return false
}

func (b *Bot) shareValue(k *knowledge, o *rules.Order, shares int) float64 {
	st := b.style
	v := k.v
	i := k.item(o.Item)
	if i < 0 || len(o.To) != 1 {
		return 0
	}
	if st.maxShares > 0 && shares >= st.maxShares {
		return 0
	}
	it := &v.Items[i]
	to := o.To[0]
	ti := k.team(to)
	if !b.mayShare(k, i) || !b.mayShareTo(k, i, ti, to) {
		return 0
	}
	wanted := ti >= 0 && k.wantsItem(i, ti)
	c := k.channel(o.Channel)
	if st.careful && c != nil && k.breachRisk(it, to, c) != "" {
		return 0
	}
	if st.name == "legalistic" && c != nil && !secure(c) {
		return 0
	}
	val := float64(vShare)
	if len(it.Facets) > 0 {
		val += 8
	}
	if !wanted {
		val -= 10
	}
	if c != nil {
		if c.Secure {
			val += 2
		}
		val -= float64(c.Latency)
		if c.Kind == "liaison" {
			val += 3
		}
		if !k.readableBy(it, c, to) {
			val -= 8 // prefer a gateway that delivers it readable
		}
	}
	return val
}

// mayShare reports whether the bot could want to share held item i at all
// this round, whoever the recipient: the part of shareValue that depends
// on the item alone.
func (b *Bot) mayShare(k *knowledge, i int) bool {
	st := b.style
	it := &k.v.Items[i]
	switch {
	case !st.shareMandate && !st.shareAnyone:
		return false
	case k.v.Round-it.Received < st.shareAfter:
		return false
	case it.Truth != nil && !*it.Truth:
		return false // known false: never pass on
	case st.careful && (!it.Readable || (!it.Confirmed && !it.Verified)):
		return false
	case st.verify && !it.Verified && weakCredibility(it):
		return false // verify a doubtful report before passing it on
	case st.careful && st.sanitiseFirst && hasCaveats(it) && !it.Sanitised:
		return false
	}
	return true
}

// mayShareTo reports whether the bot could want to share held item i with
// team to (position ti, -1 if unknown) over some channel: the part of
// shareValue that depends on the item and the recipient.
func (b *Bot) mayShareTo(k *knowledge, i, ti int, to string) bool {
	st := b.style
	it := &k.v.Items[i]
	if k.sentItem(i, ti) || it.Origin == to || it.From == to {
		return false // it has it already: its own item, or it sent it to us
	}
	if !st.shareAnyone && (ti < 0 || !k.wantsItem(i, ti) || k.v.TrustOut[to] < shareTrust) {
		return false // reciprocity: nothing unasked to a partner trusted this little
	}
	return !st.careful || k.breachRisk(it, to, nil) == ""
}

// itemValue values an order of kind k (verify, translate, ask-release or
// sanitise) about held item i: it depends on the item alone.
func (b *Bot) itemValue(k *knowledge, kind rules.OrderKind, i int) float64 {
	st := b.style
	it := &k.v.Items[i]
	switch kind {
	case rules.Verify:
		if !st.verify || it.Verified || len(it.Facets) == 0 {
			return 0
		}
		if !it.Confirmed {
			return vVerify
		}
		if weakCredibility(it) {
			return vVerify - 25
		}
	case rules.Translate:
		if !it.Readable {
			return vTranslate
		}
	case rules.AskRelease:
		if st.careful && st.shareMandate && len(it.Facets) > 0 && !askedRelease(k.v, it.ID) {
			return vAsk
		}
	case rules.Sanitise:
		return b.sanitiseValue(k, i)
	}
	return 0
}

func (b *Bot) sanitiseValue(k *knowledge, i int) float64 {
	if !b.style.careful {
		return 0
	}
	it := &k.v.Items[i]
	if it.Sanitised || k.copied[i] {
		return 0
	}
	if !it.Readable || len(it.TearLine) == 0 {
		return 0 // nothing a copy could carry (copyFixes)
	}
	if b.style.sanitiseFirst && hasCaveats(it) {
		return vSanitise + 5
	}
	if !hasCaveats(it) && scenario.ClassRank(it.Class) <= k.minClearance() {
		return 0 // nobody is blocked from it as it is
	}
	// Sanitise when a partner that needs it (its mandate covers it, or it
	// asked for it) may not have it as it is, and the copy would go to it
	// cleanly with a facet left. A hoarder sanitises only for a request.
	for ti, t := range k.v.Teams {
		if t.ID == k.v.Team || k.sentID(i, ti) {
			continue
		}
		asked := k.openToMe() && k.askedFor(it, t.ID)
		if !asked && !(b.style.shareMandate && k.wantsItem(i, ti) && k.v.TrustOut[t.ID] >= shareTrust) {
			continue
		}
		if k.blocked(it, t.ID) && k.copyFixes(it, t.ID) {
			if asked {
				return vSanitise + 10
			}
			return vSanitise
		}
	}
	return 0
}

// proposeValue values a joint operation: only with partners whose
// capabilities with the bot's cover the threat's needs, each trusted at
// least jointTrust and reachable over a channel; fewer partners and an
// earlier round first (more lead time).
func (b *Bot) proposeValue(k *knowledge, o *rules.Order) float64 {
	if len(o.To) == 0 || k.opFor[o.Threat] {
		return 0
	}
	needs := k.threatNeeds(o.Threat)
	if th := k.threat(o.Threat); th != nil && len(o.To)+1 < th.MinTeams {
		return 0 // too few teams: it would fail
	}
	for _, n := range needs {
		covered := contains(k.me.Capabilities, n)
		for _, t := range o.To {
			if ti := k.teamInfo(t); ti != nil && contains(ti.Capabilities, n) {
				covered = true
			}
		}
		if !covered {
			return 0
		}
	}
	for _, t := range o.To {
		if k.v.TrustOut[t] < jointTrust || !k.reaches(t) {
			return 0
		}
	}
	d := o.At - k.opRound(k.threat(o.Threat))
	return vPropose - 0.1*float64(len(o.To)) - 0.05*float64(max(d, -d))
}

// opLead is how many rounds ahead a bot plans a joint operation: the next
// round, for the most lead time before the deadline (planning further
// ahead to give partners time to assess scored lower over 200 games of
// harbour-watch and northern-corridor).
const opLead = 1

// opRound is the round a bot proposes an operation on th for: opLead
// rounds ahead, but no later than the deadline (and never before next round).
func (k *knowledge) opRound(th *rules.ThreatView) int {
	at := k.v.Round + opLead
	if th != nil && th.Deadline > 0 {
		at = min(at, th.Deadline)
	}
	return max(at, k.v.Round+1)
}

// reaches reports whether some channel the team is on joins it to team t.
func (k *knowledge) reaches(t string) bool {
	for i := range k.v.Channels {
		if contains(k.v.Channels[i].Members, t) {
			return true
		}
	}
	return false
}

// declines reports whether the bot turns down operation op proposed by a
// partner: it trusts the proposer below jointTrust (reckless bots join
// anything).
func (b *Bot) declines(k *knowledge, op *rules.OpView) bool {
	return !b.style.shareAnyone && op.Proposer != k.v.Team && k.v.TrustOut[op.Proposer] < jointTrust
}

func (b *Bot) requestValue(k *knowledge, o *rules.Order) float64 {
	v := k.v
	if b.style.name == "reckless" || len(o.To) != 1 {
		return 0
	}
	for _, r := range v.Requests {
		if r.From == v.Team && !r.Answered && !r.Expired && r.Facet == o.Facet && r.Threat == o.Threat {
			return 0 // one open request per facet at a time
		}
	}
	for _, th := range v.Threats {
		if th.ID != o.Threat && threatOf(o.Facet) != th.ID {
			continue
		}
		if th.Assessed || th.Resolved != "" || o.Facet == "" || contains(th.Held, o.Facet) {
			return 0
		}
		// Ask the partner trusted most first.
		return vRequest + float64(v.TrustOut[o.To[0]])/100
	}
	return 0
}

// weakCredibility reports whether the item's Admiralty credibility is 4
// (doubtful) or worse.
func weakCredibility(it *rules.ItemView) bool {
	cred := it.Admiralty
	return len(cred) == 2 && cred[1] >= '4'
}

func askedRelease(v *rules.View, item string) bool {
	for _, r := range v.Releases {
		if r.Item == item && r.Asker == v.Team {
			return true
		}
	}
	return false
}

func lowestTrust(v *rules.View) string {
	best, bestT := "", 101
	for _, t := range v.Teams {
		if t.ID == v.Team {
			continue
		}
		if tr := v.TrustOut[t.ID]; tr < bestT {
			best, bestT = t.ID, tr
		}
	}
	return best
}

func threatOf(facet string) string {
	for i := 0; i < len(facet); i++ {
		if facet[i] == ':' {
			return facet[:i]
		}
	}
	return facet
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

func queuedSame(q []rules.Order, o *rules.Order) bool {
	for _, x := range q {
		if x.Kind == o.Kind && x.Item == o.Item && x.Ref == o.Ref && x.Threat == o.Threat && x.Facet == o.Facet && slicesEqual(x.To, o.To) {
			return true
		}
	}
	return false
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

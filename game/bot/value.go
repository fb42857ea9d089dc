package bot

import (
	"liaison/game/rules"
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
)

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
			if op.ID == o.Ref && op.Round == v.Round && !contains(op.Committed, v.Team) {
				return vCommit
			}
		}
	case rules.Fuse:
		return vFuse
	case rules.Propose:
		if len(o.To) > 0 && !k.opFor[o.Threat] {
			return vPropose
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
	var req *rules.RequestView
	for i := range v.Requests {
		if v.Requests[i].ID == o.Ref {
			req = &v.Requests[i]
		}
	}
	if req == nil || req.Answered || v.Round-req.Round < b.style.answerDelay {
		return 0
	}
	age := float64(v.Round - req.Round)
	if o.Item == "" {
		// Decline only when nothing we hold answers it cleanly.
		for i := range v.Items {
			if b.canAnswer(k, &v.Items[i], req) {
				return 0
			}
		}
		return vDecline + age
	}
	it := k.itemView(o.Item)
	if it == nil || !b.canAnswer(k, it, req) {
		return 0
	}
	if b.style.careful && k.breachRisk(it, req.From, k.channel(o.Channel)) != "" {
		return 0
	}
	return vRespond + age
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
	if k.sentItem(i, ti) {
		return false
	}
	if !st.shareAnyone && (ti < 0 || !k.wantsItem(i, ti)) {
		return false
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
		if cred := it.Admiralty; len(cred) == 2 && cred[1] >= '4' {
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
	if b.style.sanitiseFirst && hasCaveats(it) {
		return vSanitise + 5
	}
	// Sanitise when a team that needs it is blocked by a caveat. Without
	// a caveat that can block anyone (REL TO, or one breachRisk names
	// whatever the channel), no team is.
	me := k.v.Team
	if len(it.RelTo) == 0 && !it.PersonalData && !(it.ORCON && it.Origin != me && !it.Released) &&
		!((it.TLP == "RED" || it.TLP == "AMBER+STRICT") && it.Origin != me) {
		return 0
	}
	for ti, t := range k.v.Teams {
		if t.ID == k.v.Team || !k.wantsItem(i, ti) || k.sentID(i, ti) {
			continue
		}
		if relBlocks(it, t.ID) || k.breachRisk(it, t.ID, nil) != "" {
			return vSanitise
		}
	}
	return 0
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

package bot

import (
	"math/rand/v2"
	"slices"
	"strconv"

	"liaison/game/internal/enginefast"
	"liaison/game/internal/reuse"
	"liaison/game/rules"
)

// Bot is a computer partner with one personality.
type Bot struct {
	style style
	seed  uint64
}

// Bot is a Player.
var _ Player = (*Bot)(nil)

// Name describes the bot.
func (b *Bot) Name() string { return b.style.name + " bot" }

// LeanView reports true: the bot never reads the log, messages, injects or
// the others' trust in its team, so callers that build views for bots may
// leave them out; the orders are the same either way.
func (b *Bot) LeanView() bool { return true }

// maxOrders bounds one round's orders, whatever the AP.
const maxOrders = 16

// Orders greedily picks the most valuable legal order until nothing is worth
// its AP. Ties are broken by a PCG seeded from the bot's seed and the round.
func (b *Bot) Orders(v rules.View, legal Legality) []rules.Order {
	if q := b.AppendOrders(nil, v, legal); len(q) > 0 {
		return q
	}
	return nil
}

// AppendOrders appends the orders Orders returns to dst and returns the
// extended slice, for a caller that reuses one list round after round.
func (b *Bot) AppendOrders(dst []rules.Order, v rules.View, legal Legality) []rules.Order {
	if v.Over {
		return dst
	}
	sc := scratchPool.Get()
	defer scratchPool.Put(sc)
	// The view is copied into the scratch (knowledge keeps a pointer to
	// it), so that v itself does not escape to the heap.
	sc.v = v
	k := sc.k.reset(&sc.v)
	// The tie-break source: rand.New(rand.NewPCG(seed, round)).Float64(),
	// drawn from the PCG directly.
	sc.pcg.Seed(b.seed, uint64(v.Round))
	sc.b = b
	q := sc.q[:0]
	shares := 0
	// Legal is asked once and every candidate valued once; then the best
	// are taken in order, each re-valued against what is already queued
	// (values only fall as the queue grows) and re-checked with Validate.
	// Only candidates worth something are kept (in Legal's order, which
	// breaks ties), so orders valued 0 are never copied.
	sc.cands, sc.order = sc.cands[:0], sc.order[:0]
	defer func() {
		k.reset(nil)
		sc.v, sc.b = rules.View{}, nil
		sc.cands, sc.order, sc.q = sc.cands[:0], sc.order[:0], q[:0]
	}()
	// Kinds, items and recipients this bot never values are not listed:
	// value gives them 0, and orders valued 0 draw no tie-break, so
	// nothing changes.
	sc.f = focus{b, k}
	enginefast.EachLegal(legal, v.Team, &sc.f, sc.visit)
	sc.extra = b.extra(k, nil, legal, sc.extra[:0])
	for _, o := range sc.extra {
		sc.consider(o)
	}
	sc.order = dropAnsweredDeclines(sc.cands, sc.order)
	cands, order := sc.cands, sc.order
	sortCandidates(order)
	left := v.AP // AP left after q
	for _, r := range order {
		if len(q) >= maxOrders {
			break
		}
		o := &cands[r.i]
		if len(q) > 0 && left >= 0 && legal.Cost(o.Kind) > left {
			continue // Validate would refuse it for AP
		}
		if len(q) > 0 && (b.value(k, o, q, shares) <= 0 || legal.Validate(q, *o) != nil) {
			continue
		}
		q = append(q, *o)
		left -= legal.Cost(o.Kind)
		switch o.Kind {
		case rules.Share:
			shares++
			for _, t := range o.To {
				k.markSent(o.Item, t)
			}
		case rules.Propose:
			k.opFor[o.Threat] = true
		}
	}
	sc.note = b.annotate(k, q, sc.note, &sc.notes)
	return append(dst, q...)
}

// dropAnsweredDeclines removes the declines of requests some candidate
// answers with an item: a bot declines only what it cannot answer.
func dropAnsweredDeclines(cands []rules.Order, order []candidate) []candidate {
	out := order[:0]
	for _, c := range order {
		o := &cands[c.i]
		if o.Kind == rules.Respond && o.Item == "" && answeredBy(cands, order, o.Ref) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// answeredBy reports whether a candidate answers request ref with an item.
func answeredBy(cands []rules.Order, order []candidate, ref string) bool {
	for _, c := range order {
		if o := &cands[c.i]; o.Kind == rules.Respond && o.Item != "" && o.Ref == ref {
			return true
		}
	}
	return false
}

// focus is the bot's enginefast.Focus: it rules out the kinds of order,
// and the orders about items (and recipients), that value would give 0
// whatever the channel, so Legal never builds them. It must never rule
// out an order value could give more.
type focus struct {
	b *Bot
	k *knowledge
}

// Kind implements enginefast.Focus: the kinds value can give a positive
// value in the view; it must never leave one out (see value).
func (f *focus) Kind(kind rules.OrderKind) bool {
	st := f.b.style
	switch kind {
	case rules.Commit, rules.Fuse, rules.Propose, rules.Respond, rules.Grant, rules.Translate, rules.Share:
		return true
	case rules.Verify:
		return st.verify
	case rules.Sanitise:
		return st.careful
	case rules.PostLiaison:
		return st.liaison && len(f.k.v.Liaisons) == 0 && f.k.v.Round <= 3
	case rules.Request:
		return st.name != "reckless"
	case rules.AskRelease:
		return st.careful && st.shareMandate
	}
	return false
}

// Item implements enginefast.Focus.
func (f *focus) Item(kind rules.OrderKind, i int) bool {
	if i < 0 || i >= len(f.k.v.Items) {
		return true
	}
	switch kind {
	case rules.Share:
		return f.b.mayShare(f.k, i)
	case rules.Sanitise, rules.Verify, rules.Translate, rules.AskRelease:
		// Their value depends on the item alone.
		return f.b.itemValue(f.k, kind, i) > 0
	}
	return true
}

// ShareTo implements enginefast.Focus.
func (f *focus) ShareTo(i, t int) bool {
	if i < 0 || i >= len(f.k.v.Items) || t < 0 || t >= len(f.k.v.Teams) {
		return true
	}
	return f.b.mayShareTo(f.k, i, t, f.k.v.Teams[t].ID)
}

// extra builds orders Legal does not enumerate in the shape a bot wants
// (a proposal with a chosen partner set; an ACK or DECLINE, with its
// reason, of an operation a partner proposed last round), kept only if
// they validate.
func (b *Bot) extra(k *knowledge, q []rules.Order, legal Legality, out []rules.Order) []rules.Order {
	for i := range k.v.Operations {
		op := &k.v.Operations[i]
		if op.Proposer == k.v.Team || op.Outcome != "" || op.Made != k.v.Round-1 || op.Round < k.v.Round {
			continue
		}
		o := rules.Order{Kind: rules.Message, Team: k.v.Team, To: []string{op.Proposer}, MsgKind: rules.MsgAck, Subject: op.ID}
		if b.declines(k, op) {
			o.MsgKind = rules.MsgDecline
			o.Note = clipNote("Declined: our trust in you (" + itoa(k.v.TrustOut[op.Proposer]) + ") is too low for a joint operation on " + k.threatName(op.Threat))
		} else {
			w := noteWriter{k: k}
			w.s("Joining your operation on round ")
			w.n(op.Round)
			w.s(": we bring ")
			w.bring(k.me, op.Threat, "our support")
			if !k.assessed(op.Threat) {
				w.s("; we have yet to assess the plot")
			}
			o.Note = clipNote(string(w.b))
		}
		if legal.Validate(q, o) == nil {
			out = append(out, o)
		}
	}
	for _, th := range k.v.Threats {
		if !th.Assessed || th.Resolved != "" || k.opFor[th.ID] {
			continue
		}
		at := k.opRound(&th)
		if th.Deadline > 0 && at > th.Deadline {
			continue
		}
		partners := k.partnersFor(th.Needs, th.MinTeams)
		if len(partners) == 0 {
			continue
		}
		o := rules.Order{Kind: rules.Propose, Team: k.v.Team, Threat: th.ID, At: at, To: partners}
		if legal.Validate(q, o) == nil {
			out = append(out, o)
		}
	}
	return out
}

// partnersFor picks, greedily in file order, teams whose capabilities with
// this team's cover the needs, preferring the partners trusted most.
func (k *knowledge) partnersFor(needs []string, minTeams int) []string {
	missing := map[string]bool{}
	for _, n := range needs {
		missing[n] = true
	}
	for _, c := range k.me.Capabilities {
		delete(missing, c)
	}
	var partners []string
	order := make([]string, 0, len(k.v.Teams))
	for _, t := range k.v.Teams {
		if t.ID != k.v.Team {
			order = append(order, t.ID)
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return k.v.TrustOut[b] - k.v.TrustOut[a] })
	for _, t := range order {
		if len(missing) == 0 {
			break
		}
		useful := false
		for _, c := range k.teamInfo(t).Capabilities {
			if missing[c] {
				useful = true
				delete(missing, c)
			}
		}
		if useful {
			partners = append(partners, t)
		}
	}
	if len(missing) > 0 {
		return nil
	}
	// Enough teams for the operation (at least one partner: an operation
	// is joint), adding the most trusted of the others.
	for _, t := range order {
		if len(partners)+1 >= max(2, minTeams) {
			break
		}
		if !contains(partners, t) {
			partners = append(partners, t)
		}
	}
	return partners
}

// scratch is one Orders call's reusable buffers.
type scratch struct {
	b     *Bot
	cands []rules.Order
	order []candidate
	q     []rules.Order
	k     knowledge
	v     rules.View
	f     focus
	pcg   rand.PCG
	visit func(o rules.Order) // consider, bound once
	note  []byte              // annotate's buffer
	notes noteCache           // notes given before, interned
	extra []rules.Order       // extra's orders
}

var scratchPool = reuse.Pool[scratch]{New: func() *scratch {
	sc := &scratch{}
	sc.visit = sc.consider
	return sc
}}

// consider values candidate o and keeps it if it is worth something, with
// its tie-break drawn (only orders worth something draw one).
func (sc *scratch) consider(o rules.Order) {
	if val := sc.b.value(&sc.k, &o, nil, 0); val > 0 {
		draw := float64(sc.pcg.Uint64()<<11>>11) / (1 << 53)
		sc.order = append(sc.order, candidate{i: len(sc.cands), val: val + draw*0.5})
		sc.cands = append(sc.cands, o)
	}
}

// candidate is an index into the round's legal orders and its value.
type candidate struct {
	i   int
	val float64
}

// before reports whether a goes before b: more valuable first, then in
// Legal's order. (val, i) orders candidates totally, i being unique, so
// any sort gives the one order.
func (a candidate) before(b candidate) bool {
	return a.val > b.val || a.val == b.val && a.i < b.i
}

// sortCandidates sorts by before: by insertion for the short lists of most
// rounds, else with slices.SortFunc.
func sortCandidates(cs []candidate) {
	if len(cs) > 24 {
		slices.SortFunc(cs, func(a, b candidate) int {
			switch {
			case a.i == b.i:
				return 0
			case a.before(b):
				return -1
			}
			return 1
		})
		return
	}
	for i := 1; i < len(cs); i++ {
		c := cs[i]
		j := i
		for ; j > 0 && c.before(cs[j-1]); j-- {
			cs[j] = cs[j-1]
		}
		cs[j] = c
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

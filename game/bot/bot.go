package bot

import (
	"math/rand/v2"
	"slices"

	"liaison/game/rules"
)

// Bot is a computer partner with one personality.
type Bot struct {
	style style
	seed  uint64
}

// Name describes the bot.
func (b *Bot) Name() string { return b.style.name + " bot" }

// maxOrders bounds one round's orders, whatever the AP.
const maxOrders = 16

// Orders greedily picks the most valuable legal order until nothing is worth
// its AP. Ties are broken by a PCG seeded from the bot's seed and the round.
func (b *Bot) Orders(v rules.View, legal Legality) []rules.Order {
	if v.Over {
		return nil
	}
	k := newKnowledge(&v)
	rng := rand.New(rand.NewPCG(b.seed, uint64(v.Round)))
	var q []rules.Order
	shares := 0
	// Legal is asked once and every candidate valued once; then the best
	// are taken in order, each re-valued against what is already queued
	// (values only fall as the queue grows) and re-checked with Validate.
	cands := legal.Legal(v.Team, nil)
	cands = append(cands, b.extra(k, nil, legal)...)
	order := make([]candidate, 0, len(cands))
	for i := range cands {
		if val := b.value(k, cands[i], nil, 0); val > 0 {
			order = append(order, candidate{i: i, val: val + rng.Float64()*0.5})
		}
	}
	slices.SortStableFunc(order, func(a, b candidate) int {
		switch {
		case a.val > b.val:
			return -1
		case a.val < b.val:
			return 1
		}
		return a.i - b.i
	})
	for _, r := range order {
		if len(q) >= maxOrders {
			break
		}
		o := cands[r.i]
		if len(q) > 0 && (b.value(k, o, q, shares) <= 0 || legal.Validate(q, o) != nil) {
			continue
		}
		q = append(q, o)
		switch o.Kind {
		case rules.Share:
			shares++
			for _, t := range o.To {
				k.sent[[2]string{o.Item, t}] = true
			}
		case rules.Propose:
			k.opFor[o.Threat] = true
		}
	}
	return q
}

// extra builds orders Legal does not enumerate in the shape a bot wants
// (a proposal with a chosen partner set), kept only if they validate.
func (b *Bot) extra(k *knowledge, q []rules.Order, legal Legality) []rules.Order {
	var out []rules.Order
	for _, th := range k.v.Threats {
		if !th.Assessed || th.Resolved != "" || k.opFor[th.ID] {
			continue
		}
		at := k.v.Round + 1
		if th.Deadline > 0 && at > th.Deadline {
			continue
		}
		partners := k.partnersFor(th.Needs)
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
func (k *knowledge) partnersFor(needs []string) []string {
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
		for _, c := range k.teams[t].Capabilities {
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
	if len(partners) == 0 && len(order) > 0 {
		// Every capability is ours: still act jointly with the most trusted partner.
		partners = append(partners, order[0])
	}
	return partners
}

// candidate is an index into the round's legal orders and its value.
type candidate struct {
	i   int
	val float64
}

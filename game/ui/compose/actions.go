package compose

import (
	"cmp"
	"fmt"
	"strings"

	"liaison/game/rules"
)

// Board-level names for teams and channels, from the view.
type names struct {
	v     *rules.View
	short map[string]string
}

func (n names) team(id string) string {
	if s, ok := n.short[id]; ok {
		return s
	}
	return id
}

func (n names) teams(ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = n.team(id)
	}
	return strings.Join(parts, " + ")
}

func (n names) channel(id string) string {
	for i := range n.v.Channels {
		if n.v.Channels[i].ID == id {
			if n.v.Channels[i].Kind == "liaison" {
				return "the liaison officer's link" // the engine's name spells out ids
			}
			if nm := cmp.Or(n.v.Channels[i].Short, n.v.Channels[i].Name); nm != "" {
				return nm
			}
			return id
		}
	}
	return id
}

// Actions lists what the team can do with sel, given its queue. Enabled
// actions come from the engine's legal orders; for each kind of action that
// has no legal form, one disabled action carries the engine's reason. Pass
// is always last.
func Actions(v *rules.View, or Oracle, queued []rules.Order, sel Selection) []Action {
	b := builder{v: v, or: or, q: queued, n: names{v, rules.ShortNames(v.Teams)}, nm: NewNamer(v), legal: or.Legal(v.Team, queued)}
	switch sel.Kind {
	case Item:
		b.item(sel.ID)
	case Team:
		b.team(sel.ID)
	case Threat:
		b.threat(sel.ID)
	case Request:
		b.request(sel.ID)
	case Operation:
		b.operation(sel.ID)
	case Release:
		b.release(sel.ID, sel.With)
	}
	b.add(Action{Label: "Pass: end the round with AP left", Kind: rules.Pass, Order: rules.Order{Kind: rules.Pass, Team: v.Team}, Enabled: true,
		Reason: "Idle AP cost a little discipline; pass when nothing useful fits."})
	return b.out
}

type builder struct {
	v     *rules.View
	or    Oracle
	q     []rules.Order
	n     names
	nm    *Namer
	legal []rules.Order
	out   []Action
}

func (b *builder) add(a Action) {
	a.Cost = b.or.Cost(a.Kind)
	b.out = append(b.out, a)
}

// legalWhere returns the legal orders matching f.
func (b *builder) legalWhere(f func(o *rules.Order) bool) []rules.Order {
	var out []rules.Order
	for i := range b.legal {
		if f(&b.legal[i]) {
			out = append(out, b.legal[i])
		}
	}
	return out
}

// disabled adds a disabled action for o with the engine's reason (or a
// generic one when the engine would accept it but listed no legal form).
func (b *builder) disabled(label string, o rules.Order) {
	reason := "Not possible this round."
	if err := b.or.Validate(b.q, o); err != nil {
		reason = b.nm.Humanize(err.Error())
	}
	b.add(Action{Label: label, Kind: o.Kind, Order: o, Reason: reason})
}

func (b *builder) enabled(label string, o rules.Order, hint string) {
	b.add(Action{Label: label, Kind: o.Kind, Order: o, Enabled: true, Reason: hint})
}

func (b *builder) item(id string) {
	team := b.v.Team
	// Share to each other team: the legal ways, or the reason for each team.
	for _, t := range b.v.Teams {
		if t.ID == team {
			continue
		}
		ways := b.legalWhere(func(o *rules.Order) bool {
			return o.Kind == rules.Share && o.Item == id && len(o.To) == 1 && o.To[0] == t.ID
		})
		if len(ways) == 0 {
			b.disabled("Share to "+b.n.team(t.ID), rules.Order{Kind: rules.Share, Team: team, Item: id, To: []string{t.ID}})
			continue
		}
		for _, o := range ways {
			b.share("Share to "+b.n.team(t.ID)+" over "+b.n.channel(o.Channel), o)
		}
	}
	// Shared databases: one post reaches every member.
	for _, o := range b.legalWhere(func(o *rules.Order) bool { return o.Kind == rules.Share && o.Item == id && len(o.To) > 1 }) {
		b.share("Post to "+b.n.channel(o.Channel)+" ("+b.n.teams(o.To)+")", o)
	}
	for _, k := range []rules.OrderKind{rules.Sanitise, rules.Verify, rules.Translate, rules.AskRelease} {
		o := rules.Order{Kind: k, Team: team, Item: id}
		label := itemVerb[k]
		if ways := b.legalWhere(func(x *rules.Order) bool { return x.Kind == k && x.Item == id }); len(ways) > 0 {
			b.enabled(label, ways[0], itemHint[k])
		} else {
			b.disabled(label, o)
		}
	}
	// Answer open requests with this card.
	for _, o := range b.legalWhere(func(o *rules.Order) bool { return o.Kind == rules.Respond && o.Item == id }) {
		b.enabled(fmt.Sprintf("Answer %s's request with it", b.n.team(b.requester(o.Ref))), o, b.over(o.Channel))
	}
}

// share adds an enabled share, flagged when the view shows a risk.
func (b *builder) share(label string, o rules.Order) {
	for i := range b.v.Items {
		if b.v.Items[i].ID == o.Item {
			if risks := shareRisks(b.v, &b.v.Items[i], o.To, o.Channel); len(risks) > 0 {
				b.add(Action{Label: label, Kind: o.Kind, Order: o, Enabled: true, Reason: riskHint(risks), Risky: true})
				return
			}
		}
	}
	b.enabled(label, o, "")
}

// requestAction adds an enabled request, flagged when it costs trust.
func (b *builder) requestAction(label string, o rules.Order) {
	if c := informalCost(b.v, b.or, &o); c > 0 {
		b.add(Action{Label: label, Kind: o.Kind, Order: o, Enabled: true, Risky: true, TrustCost: c,
			Reason: "Warning: " + trustWarning(b.n, &o, c) + " Post a liaison officer first to avoid it."})
		return
	}
	b.enabled(label, o, b.over(o.Channel))
}

// over names the channel an order uses, as a hint.
func (b *builder) over(ch string) string {
	if ch == "" {
		return ""
	}
	return "over " + b.n.channel(ch)
}

var itemVerb = map[rules.OrderKind]string{
	rules.Sanitise:   "Sanitise (tear line)",
	rules.Verify:     "Verify",
	rules.Translate:  "Translate",
	rules.AskRelease: "Ask the originator to release it",
}

var itemHint = map[rules.OrderKind]string{
	rules.Sanitise:   "Makes a copy with fewer facets and looser caveats, usable next round.",
	rules.Verify:     "Reveals whether it is true and confirms it.",
	rules.Translate:  "Makes it readable in your own format.",
	rules.AskRelease: "ORCON: the originator decides whether you may pass it on.",
}

func (b *builder) requester(ref string) string {
	for _, r := range b.v.Requests {
		if r.ID == ref {
			return r.From
		}
	}
	return ""
}

func (b *builder) team(id string) {
	team := b.v.Team
	if id == team {
		return
	}
	name := b.n.team(id)
	reqs := b.legalWhere(func(o *rules.Order) bool {
		return o.Kind == rules.Request && len(o.To) == 1 && o.To[0] == id
	})
	seen := map[string]bool{}
	for _, o := range reqs {
		if seen[o.Facet] {
			continue // one per facet: the engine lists the best channel first
		}
		seen[o.Facet] = true
		b.requestAction("Request "+b.nm.Facet(o.Facet)+" from "+name, o)
	}
	if len(reqs) == 0 {
		b.disabled("Request from "+name, rules.Order{Kind: rules.Request, Team: team, To: []string{id}})
	}
	if ways := b.legalWhere(func(o *rules.Order) bool {
		return o.Kind == rules.PostLiaison && len(o.To) == 1 && o.To[0] == id
	}); len(ways) > 0 {
		b.enabled("Post a liaison officer to "+name, ways[0], "Zero-latency secure link and trust that grows each round.")
	} else {
		b.disabled("Post a liaison officer to "+name, rules.Order{Kind: rules.PostLiaison, Team: team, To: []string{id}})
	}
	msgs := b.legalWhere(func(o *rules.Order) bool {
		return o.Kind == rules.Message && len(o.To) == 1 && o.To[0] == id
	})
	for _, o := range msgs {
		b.enabled(fmt.Sprintf("Message %s: %s about %s", name, o.MsgKind, b.nm.Humanize(o.Subject)), o, "Structured message; uses channel capacity.")
	}
	if len(msgs) == 0 {
		b.disabled("Message "+name, rules.Order{Kind: rules.Message, Team: team, To: []string{id}, MsgKind: rules.MsgAck})
	}
}

func (b *builder) threat(id string) {
	team := b.v.Team
	if ways := b.legalWhere(func(o *rules.Order) bool { return o.Kind == rules.Fuse && o.Threat == id }); len(ways) > 0 {
		b.enabled("Fuse an assessment", ways[0], "Combine the facets you hold into an assessment.")
	} else {
		b.disabled("Fuse an assessment", rules.Order{Kind: rules.Fuse, Team: team, Threat: id})
	}
	props := b.legalWhere(func(o *rules.Order) bool { return o.Kind == rules.Propose && o.Threat == id })
	for _, o := range props {
		b.enabled(fmt.Sprintf("Propose operation in round %d with %s", o.At, b.n.teams(o.To)), o, "")
	}
	if len(props) == 0 {
		b.disabled("Propose a joint operation", rules.Order{Kind: rules.Propose, Team: team, Threat: id, At: b.v.Round + 1})
	}
	for _, op := range b.v.Operations {
		if op.Threat == id {
			b.operation(op.ID)
		}
	}
	for _, t := range b.v.Teams {
		if t.ID == team {
			continue
		}
		for _, o := range b.legalWhere(func(o *rules.Order) bool {
			return o.Kind == rules.Request && len(o.To) == 1 && o.To[0] == t.ID && strings.HasPrefix(o.Facet, id+":")
		}) {
			b.requestAction("Request "+b.nm.Facet(o.Facet)+" from "+b.n.team(t.ID), o)
			break
		}
	}
}

func (b *builder) request(id string) {
	team := b.v.Team
	resp := b.legalWhere(func(o *rules.Order) bool { return o.Kind == rules.Respond && o.Ref == id })
	for _, o := range resp {
		if o.Item == "" {
			b.enabled("Decline the request", o, "Answers without sharing; better than silence.")
		} else {
			b.enabled("Answer with "+b.itemTitle(o.Item)+" over "+b.n.channel(o.Channel), o, "")
		}
	}
	if len(resp) == 0 {
		b.disabled("Answer the request", rules.Order{Kind: rules.Respond, Team: team, Ref: id})
	}
}

func (b *builder) itemTitle(id string) string {
	for i := range b.v.Items {
		if b.v.Items[i].ID == id {
			return b.v.Items[i].Title
		}
	}
	return id
}

func (b *builder) operation(id string) {
	team := b.v.Team
	if ways := b.legalWhere(func(o *rules.Order) bool { return o.Kind == rules.Commit && o.Ref == id }); len(ways) > 0 {
		b.enabled("Commit to "+b.nm.Operation(id), ways[0], "Counts only in the operation's round.")
	} else {
		b.disabled("Commit to "+b.nm.Operation(id), rules.Order{Kind: rules.Commit, Team: team, Ref: id})
	}
}

func (b *builder) release(item, asker string) {
	team := b.v.Team
	o := rules.Order{Kind: rules.Grant, Team: team, Item: item, To: []string{asker}}
	if ways := b.legalWhere(func(x *rules.Order) bool {
		return x.Kind == rules.Grant && x.Item == item && len(x.To) == 1 && x.To[0] == asker
	}); len(ways) > 0 {
		b.enabled("Grant release to "+b.n.team(asker), ways[0], "They may then pass the item on.")
	} else {
		b.disabled("Grant release to "+b.n.team(asker), o)
	}
}

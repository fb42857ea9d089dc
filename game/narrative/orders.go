package narrative

import (
	"slices"
	"strconv"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// orders tells what became of each of the team's orders: the k-th
// acceptance event of the team (EvOrder or EvRejected, emitted in queue
// order) belongs to its k-th order; the phases' events follow.
func (b *builder) orders() {
	me, round := b.in.Team, b.in.Round
	var acc []int
	for i, e := range b.events {
		if e.Round == round && e.Team == me && (e.Kind == rules.EvOrder || e.Kind == rules.EvRejected) {
			acc = append(acc, i)
		}
	}
	orders := b.in.Orders
	if orders == nil {
		for _, i := range acc {
			orders = append(orders, orderOf(b.events[i]))
		}
	}
	for k, o := range orders {
		if k < len(acc) {
			i := acc[k]
			b.used[i] = true
			if e := b.events[i]; e.Kind == rules.EvRejected {
				b.add(Orders, Bad, "your order to "+b.orderPhrase(o)+" was refused: "+b.n.words(e.Text)+".", refusalHint(e.Text))
				continue
			}
		}
		b.outcome(o)
	}
}

// orderOf rebuilds an order from its acceptance event (the fields the
// event keeps).
func orderOf(e rules.Event) rules.Order {
	o := rules.Order{Kind: rules.OrderKind(e.Ref), Team: e.Team, Item: e.Item, Threat: e.Threat, Facet: e.Facet, To: e.To}
	switch o.Kind {
	case rules.Respond, rules.Commit:
		o.Ref = e.Subject
	case rules.Propose:
		o.At = e.Value
	}
	return o
}

// orderPhrase says what an order asked for, as the infinitive after
// "your order to": "share “Crew list” with Estrel".
func (b *builder) orderPhrase(o rules.Order) string {
	n := b.n
	switch o.Kind {
	case rules.Share:
		return "share " + n.item(o.Item) + " with " + n.teamList(o.To)
	case rules.Request:
		return "ask " + n.teamList(o.To) + " for " + n.subject(o.Threat, o.Facet, o.Item)
	case rules.Respond:
		if o.Item == "" {
			return "decline " + n.request(o.Ref)
		}
		return "answer " + n.request(o.Ref) + " with " + n.item(o.Item)
	case rules.Sanitise:
		return "sanitise " + n.item(o.Item)
	case rules.Verify:
		return "verify " + n.item(o.Item)
	case rules.Translate:
		return "translate " + n.item(o.Item)
	case rules.AskRelease:
		return "ask for the release of " + n.item(o.Item)
	case rules.Grant:
		return "release " + n.item(o.Item) + " to " + n.teamList(o.To)
	case rules.Fuse:
		return "fuse your facets of " + lowerArticle(n.threat(o.Threat))
	case rules.Propose:
		return "propose a joint operation on " + lowerArticle(n.threat(o.Threat)) + " for round " + strconv.Itoa(o.At)
	case rules.Commit:
		return "commit to " + n.operation(o.Ref, "")
	case rules.PostLiaison:
		return "post a liaison officer to " + n.teamList(o.To)
	case rules.Message:
		return "send a " + string(o.MsgKind) + " message to " + n.teamList(o.To)
	case rules.Pass:
		return "pass"
	}
	return "act"
}

// refusalHint suggests what to do about a refusal, from its reason.
func refusalHint(reason string) string {
	switch {
	case strings.Contains(reason, "not enough AP"):
		return "queue fewer orders: each costs action points (AP), and AP do not carry over."
	case strings.Contains(reason, "translate first"):
		return "translate the item first (Translate), then act on it next round."
	case strings.Contains(reason, "sanitise first"):
		return "sanitise the item (a tear-line copy with looser caveats), then share the copy."
	case strings.Contains(reason, "fuse first"):
		return "fuse the threat's facets into an assessment first."
	case strings.Contains(reason, "is down"), strings.Contains(reason, "is up"):
		return "use another channel until the outage ends."
	case strings.Contains(reason, "operation round must be after"):
		return "propose a round after this one and no later than the deadline."
	}
	return ""
}

// take returns the positions of the unused events of this round that
// match, and marks them used.
func (b *builder) take(match func(e *rules.Event) bool) []int {
	var out []int
	for i := range b.events {
		e := &b.events[i]
		if !b.used[i] && e.Round == b.in.Round && match(e) {
			b.used[i] = true
			out = append(out, i)
		}
	}
	return out
}

// outcome tells what became of one accepted order.
func (b *builder) outcome(o rules.Order) {
	me, n := b.in.Team, b.n
	mine := func(k rules.EventKind) func(e *rules.Event) bool {
		return func(e *rules.Event) bool { return e.Kind == k && e.Team == me }
	}
	rejected := func(e *rules.Event) bool {
		return e.Kind == rules.EvRejected && e.Team == me && e.Ref == string(o.Kind)
	}
	refusedLate := func() bool {
		for _, i := range b.take(rejected) {
			b.add(Orders, Bad, "your order to "+b.orderPhrase(o)+" failed at resolution: "+n.words(b.events[i].Text)+".", refusalHint(b.events[i].Text))
			return true
		}
		return false
	}
	switch o.Kind {
	case rules.Share:
		if !b.traffic(o.Item, o.To, "your share of "+n.item(o.Item)) {
			b.add(Orders, Bad, "you ordered "+n.item(o.Item)+" shared with "+n.teamList(o.To)+", but nothing was sent: no channel to them could carry it.",
				"check the network: a channel must be up, reach them and be cleared for the item.")
		}
	case rules.Respond:
		for _, i := range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvRespond && e.Team == me && e.Ref == o.Ref }) {
			e := b.events[i]
			if e.Item == "" {
				b.add(Orders, Info, "you declined "+n.request(o.Ref)+".", "")
			} else {
				b.add(Orders, Good, "you answered "+n.request(o.Ref)+" with "+n.item(e.Item)+".", "")
			}
		}
		if o.Item != "" {
			b.traffic(o.Item, nil, "your answer, "+n.item(o.Item)+",")
		}
	case rules.Request:
		for _, i := range b.take(func(e *rules.Event) bool {
			return (e.Kind == rules.EvRequest || e.Kind == rules.EvDrop && e.Ref == string(rules.Request)) && e.Team == me && slices.Equal(e.To, o.To)
		}) {
			e := b.events[i]
			if e.Kind == rules.EvDrop {
				b.add(Orders, Bad, "your request to "+n.teamList(e.To)+" was dropped: "+n.channel(e.Channel)+" was full this round.",
					"ask again next round, or over another channel.")
				b.addScore(Bad, "discipline: a request dropped by a full channel.")
				continue
			}
			b.add(Orders, Info, "you asked "+n.teamList(e.To)+" for "+n.subject(e.Threat, e.Facet, e.Item)+" over "+n.channel(e.Channel)+b.arrival(e.Value, e.To)+".", "")
		}
	case rules.Sanitise:
		for _, i := range b.take(mine(rules.EvSanitise)) {
			b.add(Orders, Good, "you made "+n.item(b.events[i].Item)+": a tear-line copy without the caveats that held the original back.", "")
		}
	case rules.Verify:
		for _, i := range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvVerify && e.Team == me && e.Item == o.Item }) {
			if b.events[i].Truth {
				b.add(Orders, Good, "you verified "+n.item(o.Item)+": it is true, and now confirmed.", "")
			} else {
				b.add(Orders, Bad, "you verified "+n.item(o.Item)+": it is false.", "do not rely on it and do not pass it on: a false item shared costs trust.")
			}
		}
	case rules.Translate:
		for range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvTranslate && e.Team == me && e.Item == o.Item }) {
			b.add(Orders, Good, "you translated "+n.item(o.Item)+" into your own format: it is readable now.", "")
		}
	case rules.AskRelease:
		for range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvAskRelease && e.Team == me && e.Item == o.Item }) {
			b.add(Orders, Info, "you asked the originator of "+n.item(o.Item)+" to release it, so that you may pass it on.", "")
		}
	case rules.Grant:
		for range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvGrant && e.Team == me && e.Item == o.Item }) {
			b.add(Orders, Good, "you released "+n.item(o.Item)+" to "+n.teamList(o.To)+": they may pass it on.", "")
		}
	case rules.Fuse:
		if refusedLate() {
			return
		}
		for range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvFuse && e.Team == me && e.Threat == o.Threat }) {
			b.add(Orders, Good, "you fused your facets into an assessment: "+b.assessment(o.Threat), "")
		}
	case rules.Propose:
		if refusedLate() {
			return
		}
		for _, i := range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvPropose && e.Team == me && e.Threat == o.Threat }) {
			e := b.events[i]
			others := slices.DeleteFunc(slices.Clone(e.To), func(t string) bool { return t == me })
			b.add(Orders, Good, "you proposed "+n.proposal(e.Ref, e.Threat, e.Value)+" with "+n.teamList(others)+".",
				"every participant, you included, must commit in round "+strconv.Itoa(e.Value)+".")
		}
	case rules.Commit:
		if refusedLate() {
			return
		}
		for _, i := range b.take(func(e *rules.Event) bool { return e.Kind == rules.EvCommit && e.Team == me && e.Ref == o.Ref }) {
			e := b.events[i]
			if e.Truth {
				b.add(Orders, Good, "you committed to "+n.operation(e.Ref, e.Threat)+".", "")
			} else {
				b.add(Orders, Bad, "your commitment to "+n.operation(e.Ref, e.Threat)+" does not count: a commitment counts only in the operation's own round.",
					"commit again in the operation's round.")
			}
		}
	case rules.PostLiaison:
		for range b.take(mine(rules.EvLiaison)) {
			b.add(Orders, Good, "you posted a liaison officer to "+n.teamList(o.To)+": a secure link with no delay, and trust grows both ways every round.", "")
		}
	case rules.Message:
		for _, i := range b.take(func(e *rules.Event) bool {
			return (e.Kind == rules.EvMessage || e.Kind == rules.EvDrop && e.Ref == string(o.MsgKind)) && e.Team == me
		}) {
			e := b.events[i]
			if e.Kind == rules.EvDrop {
				b.add(Orders, Bad, "your "+messageNoun(string(o.MsgKind))+" was dropped: "+n.channel(e.Channel)+" was full this round.", "")
				continue
			}
			b.add(Orders, Info, "you sent "+message(string(o.MsgKind))+" to "+n.teamList(e.To)+" over "+n.channel(e.Channel)+b.arrival(e.Value, e.To)+".", "")
		}
	case rules.Pass:
		b.add(Orders, Info, "you passed.", "")
	}
}

// arrival says when something sent reaches its recipients.
func (b *builder) arrival(at int, to []string) string {
	// The sentence has just named the recipients: "them", not their
	// long names again.
	who := "them"
	if len(to) == 0 {
		who = "its recipients"
	}
	if at <= b.in.Round {
		return "; it reached " + who + " this round"
	}
	return "; it reaches " + who + " in round " + strconv.Itoa(at)
}

// traffic tells what became of an item the team put on the network: sent
// (and whether it will be readable), dropped, leaked, caveats broken. It
// reports whether any event was found.
func (b *builder) traffic(item string, to []string, what string) bool {
	// what is the subject of the sentences: "“Crew list”" or "your answer, “Crew list”,".
	me, n := b.in.Team, b.n
	found := false
	for _, i := range b.take(func(e *rules.Event) bool {
		if e.Team != me || e.Item != item {
			return false
		}
		switch e.Kind {
		case rules.EvSend, rules.EvDrop:
			return to == nil || len(e.To) == 0 || slices.Contains(to, e.To[0])
		case rules.EvLeak, rules.EvBreach:
			return true
		}
		return false
	}) {
		found = true
		e := b.events[i]
		switch e.Kind {
		case rules.EvSend:
			line := what + " went to " + n.teamList(e.To) + " over " + n.channel(e.Channel) + b.arrival(e.Value, e.To)
			if len(e.To) == 0 {
				b.add(Orders, Good, line+".", "")
			} else if ok, hint := b.readableFor(item, e.Channel, e.To[0]); !ok {
				b.add(Orders, Action, line+", but garbled: "+hint, "tell them to translate it, or next time share it over a channel that converts formats.")
			} else {
				b.add(Orders, Good, line+", readable.", "")
			}
		case rules.EvDrop:
			b.add(Orders, Bad, what+" was dropped: "+n.channel(e.Channel)+" was full this round.",
				"send it again next round, or over another channel: a channel carries only so many items a round, in queue order.")
			b.addScore(Bad, "discipline: "+n.item(item)+" dropped by a full channel.")
		case rules.EvLeak:
			b.add(Orders, Bad, n.item(item)+" leaked on the insecure "+strings.TrimPrefix(n.channel(e.Channel), "the ")+": the adversary may learn of it.",
				"send sensitive items over secure links.")
			b.add(Score, Bad, "an item leaked: the plot it reveals may strike sooner.", "")
		case rules.EvBreach:
			why := strings.TrimPrefix(e.Text, me+" ")
			b.add(Orders, Bad, "sharing "+n.item(item)+" broke a handling rule: you "+n.words(why)+".",
				"read an item's caveats (class, REL TO, TLP, personal data, ORCON) before sharing; sanitise or ask for release first.")
			b.addScore(Bad, "compliance: a caveat breach with "+n.item(item)+".")
		}
	}
	return found
}

// readableFor predicts whether an item the team sent over a channel reaches
// a recipient readable; if not, it says why in words.
func (b *builder) readableFor(item, channel, to string) (bool, string) {
	format := ""
	for _, it := range b.in.View.Items {
		if it.ID == item {
			format = it.Format
			break
		}
	}
	cf := ""
	if strings.HasPrefix(channel, "liaison:") {
		cf = scenario.FormatAuto // a liaison officer translates (rules: postLiaison)
	} else if c, ok := b.in.Scenario.Channel(channel); ok {
		cf = c.Format
	}
	for _, c := range b.in.View.Channels {
		if c.ID == channel {
			cf = c.Format
		}
	}
	switch cf {
	case "":
	case scenario.FormatAuto:
		return true, ""
	default:
		format = cf
	}
	t, ok := b.in.Scenario.Team(to)
	if !ok || format == "" || t.Speaks(format) {
		return true, ""
	}
	return false, "it travels in " + format + " and they read only " + strings.Join(append([]string{t.Format}, t.Reads...), ", ") +
		"; they must translate it (Translate, " + plural(b.in.Scenario.Costs.Cost("translate"), "AP", "AP") + ") before they can use it."
}

// assessment describes a threat as the team knows it after assessing it.
func (b *builder) assessment(threat string) string {
	for _, th := range b.in.View.Threats {
		if th.ID != threat {
			continue
		}
		s := "it is " + b.n.threat(threat) + "; it strikes in round " + strconv.Itoa(th.Deadline)
		if len(th.Needs) > 0 {
			s += ", and disrupting it needs " + andList(th.Needs)
			if tt, ok := b.in.Scenario.Threat(threat); ok && tt.Disrupt.MinTeams > 1 {
				s += " from at least " + strconv.Itoa(tt.Disrupt.MinTeams) + " teams"
			}
		}
		return s + "."
	}
	return "you now know " + b.n.threat(threat) + "."
}

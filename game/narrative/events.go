package narrative

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"liaison/game/rules"
)

// addScore adds a line to the score section that names what cost or
// earned points; score figures, when there are any, replace it.
func (b *builder) addScore(tone Tone, text string) {
	b.scored = append(b.scored, len(b.lines[Score]))
	b.add(Score, tone, text, "")
}

// unscored returns the score section's lines that no figure replaces.
func (b *builder) unscored() []Line {
	var out []Line
	for i, l := range b.lines[Score] {
		if !slices.Contains(b.scored, i) {
			out = append(out, l)
		}
	}
	return out
}

// because adds the acting team's reason, when it gave one.
func (b *builder) because(text, note string) string {
	if note = strings.TrimSpace(note); note != "" {
		return text + " Their reason: “" + b.n.prose(note) + "”"
	}
	return text
}

// rest tells every event no order claimed: what partners did toward the
// team, trust, operations, threats and the news for the next round.
func (b *builder) rest() {
	me, n, round := b.in.Team, b.n, b.in.Round
	for i := range b.events {
		if b.used[i] {
			continue
		}
		b.used[i] = true
		e := &b.events[i]
		if e.Round > round {
			b.news(e)
			continue
		}
		from := n.teamName(e.Team)
		toMe := slices.Contains(e.To, me)
		switch e.Kind {
		case rules.EvInject, rules.EvOutage, rules.EvNote, rules.EvExpectation, rules.EvOrder, rules.EvSend:
			// Injects and outages of the round were told with the round
			// before (or the briefing); the team's own
			// accepted orders and sends are told with its orders.
		case rules.EvDeliver:
			b.delivered(e)
		case rules.EvReceive:
			b.received(e)
		case rules.EvRespond:
			if toMe {
				if e.Item == "" {
					b.add(Partners, Bad, b.because(from+" declined "+n.request(e.Ref)+".", e.Note), "ask another partner, or ask again through a liaison officer.")
				} else {
					b.add(Partners, Good, b.because(from+" answered "+n.request(e.Ref)+" with "+n.item(e.Item)+".", e.Note), "")
				}
			}
		case rules.EvExpire:
			if e.Team == me {
				b.add(Partners, Bad, "you left "+n.request(e.Ref)+" unanswered until it expired.", "answer or decline every request that reaches you: an unanswered one costs trust and responsiveness.")
				b.addScore(Bad, "responsiveness: a request to you expired unanswered.")
			} else if toMe {
				b.add(Partners, Bad, from+" never answered "+n.request(e.Ref)+": it expired.", "")
			}
		case rules.EvDelay:
			what := message(e.Ref)
			switch {
			case e.Item != "":
				what = n.item(e.Item)
			case strings.HasPrefix(e.Ref, "req-"):
				what = n.request(e.Ref)
			}
			b.add(Orders, Bad, "what you sent to "+n.teamName(e.Team)+" ("+what+") is held by the outage of "+n.channel(e.Channel)+"; it goes on when the channel is back up.", "")
		case rules.EvAskRelease:
			if toMe {
				b.add(Partners, Action, b.because(from+" asks you to release "+n.item(e.Item)+" (originator control) so that they may pass it on.", e.Note), "grant the release if you agree (Grant).")
			}
		case rules.EvGrant:
			if toMe {
				b.add(Partners, Good, b.because(from+" released "+n.item(e.Item)+" to you: you may pass it on.", e.Note), "")
			}
		case rules.EvRefuse:
			switch {
			case toMe:
				b.add(Partners, Bad, b.because(from+" refused to release "+n.item(e.Item)+": "+n.words(strings.TrimPrefix(e.Text, e.Team+" refuses: "))+".", e.Note), "build their trust in you, then ask again.")
			case e.Team == me:
				b.add(Partners, Info, "you refused to release "+n.item(e.Item)+" to "+n.teamList(e.To)+": "+n.words(strings.TrimPrefix(e.Text, e.Team+" refuses: "))+".", "")
			}
		case rules.EvPropose:
			if e.Team != me && toMe {
				b.add(Partners, Action, b.because(from+" proposes "+n.proposal(e.Ref, e.Threat, e.Value)+" with you.", e.Note),
					"commit to it in round "+strconv.Itoa(e.Value)+" (Commit): an operation fails without the teams it needs.")
			}
		case rules.EvLiaison:
			if toMe {
				b.add(Partners, Good, b.because(from+" posted a liaison officer to you: a secure link with no delay.", e.Note), "")
			}
		case rules.EvBreach:
			b.breach(e)
		case rules.EvOperation:
			if e.Truth {
				b.add(Partners, Good, upperFirst(n.operation(e.Ref, e.Threat))+" succeeded.", "")
			} else {
				why := e.Text
				if _, r, ok := strings.Cut(why, " fails: "); ok {
					why = r
				}
				b.add(Partners, Bad, upperFirst(n.operation(e.Ref, e.Threat))+" failed: "+n.words(why)+".", "")
				b.addScore(Bad, "synchronisation: "+n.operation(e.Ref, e.Threat)+" failed.")
			}
		case rules.EvTrust:
			b.trust(e)
		case rules.EvIdle:
			if e.Team == me {
				b.addScore(Bad, "discipline: you left "+plural(e.Value, "action point", "action points")+" (AP) unused.")
			}
		case rules.EvCommit, rules.EvVerify, rules.EvTranslate, rules.EvSanitise, rules.EvFuse, rules.EvRequest,
			rules.EvMessage, rules.EvDrop, rules.EvLeak, rules.EvRejected:
			// Told with the order that made them; an order not given to
			// the narrative leaves nothing more to say.
		default:
			b.news(e)
		}
	}
}

// delivered tells an item reaching the team.
func (b *builder) delivered(e *rules.Event) {
	n := b.n
	if e.From == "" {
		return // the team's own collection: listed with the new cards
	}
	text := n.teamName(e.From) + " sent you " + n.item(e.Item) + " over " + n.channel(e.Channel)
	var hint string
	tone := Good
	switch {
	case !e.Readable && !e.Confirmed:
		text += ": it arrived garbled (another format) and unconfirmed."
		hint = "translate it (Translate) to read it, and verify it (Verify) before relying on it."
		tone = Action
	case !e.Readable:
		text += ": it arrived garbled, in a format you cannot read."
		hint = "translate it (Translate, " + plural(b.in.Scenario.Costs.Cost("translate"), "AP", "AP") + ") to read it and use its facets."
		tone = Action
	case !e.Confirmed:
		text += ": readable but unconfirmed (you trust the sender too little to take it on faith)."
		hint = "verify it (Verify) before you fuse it."
		tone = Action
	default:
		text += ", readable and confirmed."
	}
	b.add(Partners, tone, b.because(text, e.Note), hint)
}

// received tells a request or message reaching the team.
func (b *builder) received(e *rules.Event) {
	n := b.n
	from := n.teamName(e.From)
	if q, ok := n.reqs[e.Ref]; ok || strings.HasPrefix(e.Ref, "req-") {
		what := n.subject(e.Threat, e.Facet, e.Item)
		hint := "answer it (Respond: share an item, or decline)"
		if ok && q.To == b.in.Team {
			hint += " by round " + strconv.Itoa(b.in.Round+b.in.Scenario.Rules.RequestExpiry-1)
		}
		b.add(Partners, Action, b.because(from+" asks you for "+what+".", e.Note), hint+": an unanswered request costs trust.")
		return
	}
	text := from + " sent you " + message(e.Ref)
	if s := n.subject(e.Threat, e.Facet, e.Item); e.Subject != "" && s != "information" {
		text += " about " + s
	} else if e.Subject != "" {
		text += " about " + n.words(e.Subject)
	}
	text += "."
	for _, m := range b.in.View.Messages {
		if m.Round == e.Round && m.From == e.From && string(m.Kind) == e.Ref && m.Subject == e.Subject && m.Note != "" {
			text += " They say: “" + n.prose(m.Note) + "”"
			break
		}
	}
	b.add(Partners, Info, text, "")
}

// breach tells a caveat broken by the team or with the team's item.
func (b *builder) breach(e *rules.Event) {
	me, n := b.in.Team, b.n
	why := strings.TrimPrefix(e.Text, e.Team+" ")
	switch {
	case e.Team == me:
		b.add(Orders, Bad, "you broke a handling rule: you "+n.words(why)+".", "")
		b.addScore(Bad, "compliance: a caveat breach with "+n.item(e.Item)+".")
	case e.From == me:
		b.add(Partners, Bad, n.teamName(e.Team)+" broke the caveats of your "+n.item(e.Item)+": they "+n.words(why)+".", "")
	default:
		b.add(Partners, Bad, n.teamName(e.Team)+" broke a handling rule sending you "+n.item(e.Item)+".", "")
	}
}

// trustMove is the change of one direction of trust between the team and
// a partner over the round: the sum of its moves and their causes.
type trustMove struct {
	truster, trusted string
	old, now, delta  int
	causes           []trustCause
	hint             string
}

// trustCause is one reason trust moved in the round, with its sum.
type trustCause struct {
	why   string
	delta int
}

// trust records a change of trust between the team and another; moves are
// summed per direction and partner (trusts) so a round of liaison officers
// reads as one line, not four.
func (b *builder) trust(e *rules.Event) {
	me := b.in.Team
	if e.Team != me && e.From != me {
		return
	}
	cause := b.trustCause(e)
	for _, m := range b.trusts {
		if m.truster == e.Team && m.trusted == e.From {
			m.now = e.Value
			m.delta += e.Delta
			k := slices.IndexFunc(m.causes, func(c trustCause) bool { return c.why == cause })
			if k < 0 {
				m.causes = append(m.causes, trustCause{why: cause})
				k = len(m.causes) - 1
			}
			m.causes[k].delta += e.Delta
			if h := trustHint(e); h != "" && m.hint == "" {
				m.hint = h
			}
			return
		}
	}
	b.trusts = append(b.trusts, &trustMove{truster: e.Team, trusted: e.From, old: e.Value - e.Delta, now: e.Value,
		delta: e.Delta, causes: []trustCause{{why: cause, delta: e.Delta}}, hint: trustHint(e)})
}

// trustCause says in a few words why trust moved.
func (b *builder) trustCause(e *rules.Event) string {
	switch e.Rule {
	case rules.TrustLiaison:
		return "liaison officers at work"
	case rules.TrustJointSuccess:
		return "a joint operation succeeded"
	}
	return b.n.words(e.Text)
}

// trustLines writes the summed trust moves.
func (b *builder) trustLines() {
	n := b.n
	for _, m := range b.trusts {
		tone := Good
		if m.delta < 0 {
			tone = Bad
		}
		var parts []string
		for _, c := range m.causes {
			if len(m.causes) == 1 {
				parts = append(parts, c.why)
			} else if c.delta != 0 {
				parts = append(parts, fmt.Sprintf("%s (%+d)", c.why, c.delta))
			}
		}
		if len(parts) == 0 {
			continue
		}
		if m.delta == 0 {
			tone = Info
		}
		why := strings.Join(parts, "; ")
		if m.truster == b.in.Team {
			b.add(Trust, tone, fmt.Sprintf("your trust in %s: %d → %d (%s): %s.", n.teamName(m.trusted), m.old, m.now, signed(m.delta), why), "")
			continue
		}
		hint := m.hint
		if m.delta < 0 {
			b.addScore(Bad, "trust: "+n.teamName(m.truster)+" trusts you less.")
		}
		b.add(Trust, tone, fmt.Sprintf("%s's trust in you: %d → %d (%s): %s.", n.teamName(m.truster), m.old, m.now, signed(m.delta), why), hint)
	}
}

// trustHint says how to avoid a fall of a partner's trust.
func trustHint(e *rules.Event) string {
	if e.Delta >= 0 {
		return ""
	}
	switch e.Rule {
	case rules.TrustInformal:
		return "this partner is formal: send requests through a liaison officer (Post liaison), or accept the cost."
	case rules.TrustUnanswered:
		return "answer or decline requests before they expire."
	case rules.TrustFalseShared:
		return "verify items before you pass them on."
	case rules.TrustBreach:
		return "respect the originator's caveats."
	case rules.TrustStoodUp:
		return "commit to operations you are part of, in their round."
	}
	return ""
}

// news tells what the whole game learns: threats disrupted or struck,
// deadlines moved, outages, the next round's injects, the end.
func (b *builder) news(e *rules.Event) {
	n := b.n
	switch e.Kind {
	case rules.EvInject:
		title := ""
		for _, in := range b.in.Scenario.Injects {
			if in.ID == e.Ref {
				title = in.Title
			}
		}
		text := strings.TrimSpace(e.Text)
		if title != "" {
			text = title + ": " + text
		}
		b.add(News, Info, n.prose(text), "")
	case rules.EvOutage:
		b.add(News, Bad, upperFirst(n.channel(e.Channel))+" is down until the end of round "+strconv.Itoa(e.Value)+".", "use another channel meanwhile.")
	case rules.EvDisrupted:
		b.add(News, Good, n.threat(e.Threat)+" was disrupted "+plural(e.Value, "round", "rounds")+" before its deadline.", "")
		b.addScore(Good, "outcome: "+n.threat(e.Threat)+" disrupted with "+plural(e.Value, "round", "rounds")+" of lead time.")
	case rules.EvStruck:
		b.add(News, Bad, n.threat(e.Threat)+" struck: it was never disrupted.", "")
		b.addScore(Bad, "outcome: "+n.threat(e.Threat)+" struck.")
	case rules.EvDeadline:
		dir := "earlier"
		if e.Delta > 0 {
			dir = "later"
		}
		why := e.Text
		if _, r, ok := strings.Cut(why, ": "); ok {
			why = r
		}
		b.add(News, Bad, fmt.Sprintf("%s now strikes in round %d (%s by %s): %s.", n.threat(e.Threat), e.Value, dir, plural(abs(e.Delta), "round", "rounds"), n.words(why)), "")
	case rules.EvEnd:
		b.add(News, Info, "the game ends: "+n.words(e.Text)+".", "")
	}
}

// signed writes a change with its sign, "±0" for none.
func signed(d int) string {
	if d == 0 {
		return "±0"
	}
	return fmt.Sprintf("%+d", d)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cards lists the cards that reached the team's hand this round or at the
// start of the next, with what the team must do before using them.
func (b *builder) cards() {
	n := b.n
	arrived := map[string]bool{} // items delivered during the round
	for _, e := range b.events {
		// A partner's delivery; the team's own collections of the round
		// are its starting cards (round 1) or were new the round before.
		if e.Kind == rules.EvDeliver && e.Round == b.in.Round && e.Team == b.in.Team && e.From != "" {
			arrived[e.Item] = true
		}
	}
	for _, it := range b.in.View.Items {
		// New: delivered during the round, or by the next round's
		// injects (those of this round were new the round before).
		if !(it.Received == b.in.Round+1 || it.Received == b.in.Round && arrived[it.ID]) {
			continue
		}
		text := n.item(it.ID)
		if it.From != "" {
			text += " from " + n.teamName(it.From)
		}
		var state []string
		hint := ""
		if !it.Readable {
			state = append(state, "garbled")
			hint = "translate it to read it."
		}
		if !it.Confirmed {
			state = append(state, "unconfirmed")
			if hint == "" {
				hint = "verify it before you rely on it."
			}
		}
		if len(state) == 0 {
			state = append(state, "readable")
		}
		text += " (" + strings.Join(state, ", ") + "; source and information rated " + it.Admiralty + ")."
		b.lines[Cards] = append(b.lines[Cards], Line{Text: upperFirst(text), Tone: Info, Hint: upperFirst(hint), New: true})
	}
}

package report

import (
	"fmt"
	"slices"
	"strings"

	"liaison/game/rules"
)

// notableKinds are the events a summary lists one by one and xAPI reports.
var notableKinds = map[rules.EventKind]bool{
	rules.EvInject: true, rules.EvBreach: true, rules.EvLeak: true, rules.EvDeadline: true,
	rules.EvFuse: true, rules.EvPropose: true, rules.EvOperation: true, rules.EvDisrupted: true,
	rules.EvStruck: true, rules.EvExpire: true, rules.EvLiaison: true, rules.EvExpectation: true,
	rules.EvVerify: true, rules.EvOutage: true, rules.EvEnd: true, rules.EvRefuse: true,
	rules.EvGrant: true, rules.EvSanitise: true,
}

// trustRules explains each trust rule (docs/rules.md, Trust).
var trustRules = map[string]string{
	"useful_share":  "a true, readable item it needed arrived in time",
	"false_shared":  "it passed on a report that verification showed false",
	"breach":        "it broke a caveat on the truster's item",
	"unanswered":    "it left a request unanswered",
	"liaison":       "a liaison officer is posted between them",
	"informal":      "the request did not come through a liaison officer",
	"joint_success": "a joint operation together succeeded",
	"stood_up":      "it did not commit to an operation it was part of",
	"inject":        "a scenario inject shifted it",
}

// describe returns the what and the why of an event in plain words.
func (b *builder) describe(e rules.Event) (what, why string) {
	n := b.names
	switch e.Kind {
	case rules.EvInject:
		to := "every team"
		if len(e.To) < len(b.sc.Teams) {
			to = n.teams(e.To)
		}
		return fmt.Sprintf("Inject “%s” reaches %s", n.inject(e.Ref), to), b.human.text(e.Text)
	case rules.EvNote:
		return "Facilitator note", b.human.text(e.Text)
	case rules.EvOrder:
		what = fmt.Sprintf("%s orders: %s", n.team(e.Team), order(e.Ref))
		switch {
		case rules.OrderKind(e.Ref) == rules.Respond && e.Item != "":
			what += " with " + n.item(e.Item)
		case rules.OrderKind(e.Ref) == rules.Respond:
			what = fmt.Sprintf("%s orders: decline a request", n.team(e.Team))
		case e.Item != "":
			what += " " + n.item(e.Item)
		}
		if len(e.To) > 0 {
			what += " → " + n.teams(e.To)
		}
		return what, fmt.Sprintf("costs %d AP", e.Cost)
	case rules.EvRejected:
		return fmt.Sprintf("%s order to %s is refused", possessive(n.team(e.Team)), order(e.Ref)), b.human.engine(e.Text)
	case rules.EvSend:
		what = fmt.Sprintf("%s sends %s to %s over %s", n.team(e.Team), n.item(e.Item), n.teams(e.To), n.channel(e.Channel))
		return what, b.sendWhy(e)
	case rules.EvDeliver:
		return b.deliverWhat(e), b.deliverWhy(e)
	case rules.EvDrop:
		return fmt.Sprintf("%s from %s to %s is dropped", b.thing(e), n.team(e.Team), n.teams(e.To)), b.human.engine(e.Text)
	case rules.EvDelay:
		return fmt.Sprintf("%s from %s to %s is held", b.thing(e), n.team(e.From), n.team(e.Team)),
			fmt.Sprintf("%s is down", n.channel(e.Channel))
	case rules.EvLeak:
		why = "an insecure link leaks with a seeded chance per item"
		if e.Threat != "" {
			why += "; the adversary behind " + n.threat(e.Threat) + " learned of it"
		}
		return fmt.Sprintf("%s sent by %s leaks on %s", n.item(e.Item), n.team(e.Team), n.channel(e.Channel)), why
	case rules.EvDeadline:
		return fmt.Sprintf("%s now strikes in round %d (%+d)", n.threat(e.Threat), e.Value, e.Delta), b.human.engine(e.Text)
	case rules.EvBreach:
		what = fmt.Sprintf("%s breaches %s with %s to %s", n.team(e.Team), ruleName(rules.RuleNames, e.Rule), n.item(e.Item), n.teams(e.To))
		return what, fmt.Sprintf("%s (severity %d; %s trust in it falls)", b.human.engine(e.Text), e.Value, possessive(n.team(e.From)))
	case rules.EvTrust:
		dir := "rises"
		if e.Delta < 0 {
			dir = "falls"
		}
		what = fmt.Sprintf("%s trust in %s %s by %d to %d", possessive(n.team(e.Team)), n.team(e.From), dir, abs(e.Delta), e.Value)
		return what, ruleName(trustRules, e.Rule) + ": " + b.human.engine(e.Text)
	case rules.EvRequest:
		return fmt.Sprintf("%s asks %s about %s", n.team(e.Team), n.teams(e.To), b.subject(e)),
			fmt.Sprintf("the request goes over %s, due to arrive in round %d", n.channel(e.Channel), e.Value)
	case rules.EvReceive:
		why = "it can be answered from now on"
		if !strings.HasPrefix(e.Ref, "req-") {
			why = "a message asks for no answer"
		}
		if _, ok := n.reqs[e.Ref]; ok {
			// The request's description names who asked.
			return fmt.Sprintf("%s reaches %s", b.thing(e), n.team(e.Team)), why
		}
		return fmt.Sprintf("%s from %s reaches %s", b.thing(e), n.team(e.From), n.team(e.Team)), why
	case rules.EvRespond:
		if e.Item == "" {
			return fmt.Sprintf("%s declines %s", n.team(e.Team), b.request(e)), answeredIn(e.Value)
		}
		return fmt.Sprintf("%s answers %s with %s", n.team(e.Team), b.request(e), n.item(e.Item)), answeredIn(e.Value)
	case rules.EvExpire:
		return fmt.Sprintf("%s leaves %s unanswered", n.team(e.Team), b.request(e)),
			"no answer within the expiry window; the requester's trust falls"
	case rules.EvSanitise:
		return fmt.Sprintf("%s sanitises %s", n.team(e.Team), n.item(e.Root)),
			fmt.Sprintf("tear line: the copy keeps %s and drops personal data, ORCON and REL TO", n.facets(facetsOf(b.sc, e.Item)))
	case rules.EvVerify:
		verdict := "true"
		if !e.Truth {
			verdict = "false"
		}
		return fmt.Sprintf("%s verifies %s: %s", n.team(e.Team), n.item(e.Item), verdict), "verification confirms the holding and reveals the truth"
	case rules.EvTranslate:
		return fmt.Sprintf("%s translates %s", n.team(e.Team), n.item(e.Item)), "it arrived in a format the team does not read; now readable"
	case rules.EvAskRelease:
		return fmt.Sprintf("%s asks %s to release %s", n.team(e.Team), n.teams(e.To), n.item(e.Item)), "ORCON: the originator must release it before it is passed on"
	case rules.EvGrant:
		return fmt.Sprintf("%s releases %s to %s", n.team(e.Team), n.item(e.Item), n.teams(e.To)), "the originator granted an ORCON release"
	case rules.EvRefuse:
		return fmt.Sprintf("%s refuses to release %s to %s", n.team(e.Team), n.item(e.Item), n.teams(e.To)), b.human.engine(e.Text)
	case rules.EvFuse:
		why = "every facet was held readable and confirmed; the assessment is correct"
		if !e.Truth {
			why = "the assessment rests on a false facet: an operation on it will fail"
		}
		return fmt.Sprintf("%s assesses %s", n.team(e.Team), n.threat(e.Threat)), why
	case rules.EvPropose:
		partners := slices.DeleteFunc(slices.Clone(e.To), func(id string) bool { return id == e.Team })
		return fmt.Sprintf("%s proposes a %s with %s", n.team(e.Team), n.jointOp(e), n.teams(partners)), "partners must each commit in that round"
	case rules.EvCommit:
		why = "in the operation's round"
		if !e.Truth {
			why = "not in the operation's round: it does not count"
		}
		op := n.operation(e.Ref)
		if p, ok := n.ops[e.Ref]; ok && p.Team == e.Team {
			op = "its own " + n.jointOp(p)
		}
		return fmt.Sprintf("%s commits to %s", n.team(e.Team), op), why
	case rules.EvOperation:
		verdict := "succeeds"
		why = "every partner committed in its round, with a correct assessment, enough trust and the capabilities it needs"
		if !e.Truth {
			verdict, why = "fails", b.opFailure(e)
		}
		return fmt.Sprintf("%s %s (committed: %s)", upperFirst(n.operation(e.Ref)), verdict, orNone(n.teams(e.To))), why
	case rules.EvDisrupted:
		return fmt.Sprintf("%s is disrupted by %s", n.threat(e.Threat), n.teams(e.To)),
			fmt.Sprintf("%d %s of lead time before its deadline", e.Value, plural(e.Value, "round", "rounds"))
	case rules.EvStruck:
		return fmt.Sprintf("%s strikes", n.threat(e.Threat)), "it reached its deadline without being disrupted"
	case rules.EvLiaison:
		return fmt.Sprintf("%s posts a liaison officer to %s", n.team(e.Team), n.teams(e.To)),
			"a zero-latency secure link that converts formats; trust rises both ways every round"
	case rules.EvMessage:
		what = fmt.Sprintf("%s sends %s about %s to %s", n.team(e.Team), message(e.Ref), orNone(b.human.engine(e.Subject)), n.teams(e.To))
		return what, orNone(b.human.text(e.Text))
	case rules.EvIdle:
		return fmt.Sprintf("%s leaves %d AP unused", n.team(e.Team), e.Value), "unused action points cost discipline (one point per three)"
	case rules.EvExpectation:
		return b.expectationWhat(e), b.human.text(e.Text)
	case rules.EvOutage:
		return fmt.Sprintf("%s goes down until the end of round %d", n.channel(e.Channel), e.Value), "inject “" + n.inject(e.Ref) + "”"
	case rules.EvEnd:
		return "The game ends", b.human.engine(e.Text)
	}
	return string(e.Kind), b.human.engine(e.Text)
}

func (b *builder) expectationWhat(e rules.Event) string {
	verdict := "missed"
	switch {
	case e.Rule == "manual":
		verdict = "for the evaluator to judge"
	case e.Truth:
		verdict = "met"
	}
	return fmt.Sprintf("Expected outcome of “%s” %s", b.names.inject(e.Ref), verdict)
}

// sendWhy says whether the recipient needed the item and when it arrives.
func (b *builder) sendWhy(e rules.Event) string {
	why := fmt.Sprintf("arrives in round %d", e.Value)
	if len(e.To) == 1 {
		if by := b.needBy(rules.RootID(e.Item), e.To[0]); by > 0 {
			why += fmt.Sprintf("; %s needs it by round %d", b.names.team(e.To[0]), by)
		} else {
			why += fmt.Sprintf("; %s has no need to know it", b.names.team(e.To[0]))
		}
	}
	return why
}

func (b *builder) deliverWhat(e rules.Event) string {
	n := b.names
	switch {
	case e.From != "":
		return fmt.Sprintf("%s from %s reaches %s", n.item(e.Item), n.team(e.From), n.team(e.Team))
	case strings.Contains(e.Text, "held at the start"):
		return fmt.Sprintf("%s holds %s at the start", n.team(e.Team), n.item(e.Item))
	}
	return fmt.Sprintf("%s receives %s", n.team(e.Team), n.item(e.Item))
}

func (b *builder) deliverWhy(e rules.Event) string {
	var parts []string
	if !e.Readable {
		parts = append(parts, "garbled: it is in a format the team does not read, so it must translate it")
	}
	if !e.Confirmed {
		parts = append(parts, fmt.Sprintf("unconfirmed: the team trusts the sender below %d, so it must verify it before fusing", b.sc.Rules.ConfirmTrust))
	}
	if by := b.needBy(rules.RootID(e.Item), e.Team); by > 0 && e.Readable {
		if e.Round <= by {
			parts = append(parts, fmt.Sprintf("needed by round %d: in time", by))
		} else {
			parts = append(parts, fmt.Sprintf("needed by round %d: %d %s late", by, e.Round-by, plural(e.Round-by, "round", "rounds")))
		}
	}
	if len(parts) == 0 {
		if e.From == "" {
			return b.human.engine(e.Text)
		}
		return "readable and confirmed"
	}
	return strings.Join(parts, "; ")
}

// thing names what an event carries: an item, a request or a message.
func (b *builder) thing(e rules.Event) string {
	switch {
	case e.Item != "" && e.Kind != rules.EvReceive:
		return b.names.item(e.Item)
	case strings.HasPrefix(e.Ref, "req-"):
		return upperFirst(b.request(e))
	case e.Ref == string(rules.Request): // a request dropped before it had an id
		return "A request"
	case e.Ref != "":
		return upperFirst(message(e.Ref))
	}
	return "Traffic"
}

func (b *builder) subject(e rules.Event) string {
	if e.Facet == "" && e.Threat == "" && e.Item == "" {
		return orNone(b.human.engine(e.Subject))
	}
	return b.names.subject(e)
}

// request describes the request an event answers or lets expire, by who
// asked for what ("Nordvik Security Service's request of round 7 for …").
func (b *builder) request(e rules.Event) string {
	if _, ok := b.names.reqs[e.Ref]; ok {
		return b.names.request(e.Ref)
	}
	return possessive(b.names.teams(e.To)) + " request"
}

// opFailure is why a joint operation failed (EvOperation), in names: the
// engine's text without its "<op> fails: " lead.
func (b *builder) opFailure(e rules.Event) string {
	return b.human.engine(strings.TrimPrefix(e.Text, e.Ref+" fails: "))
}

func answeredIn(rounds int) string {
	if rounds <= 1 {
		return "answered at the first chance"
	}
	return fmt.Sprintf("answered after %d rounds", rounds)
}

func ruleName(m map[string]string, rule string) string {
	if s, ok := m[rule]; ok {
		return s
	}
	return rule
}

func orNone(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// upperFirst capitalises the first letter of a sentence.
func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

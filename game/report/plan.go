package report

import (
	"fmt"
	"slices"
	"strings"

	"liaison/game/rules"
)

// maxActions bounds the improvement plan.
const maxActions = 8

// advice is the recommendation for each loss rule.
var advice = map[string]string{
	"need_to_know":     "Share what partners need before they need it: read their mandates and requests, send a sanitised copy when caveats block the original, and choose a route that arrives readable (gateway, platform or liaison officer).",
	"tlp":              "Never pass TLP RED or AMBER+STRICT material on; share a sanitised derivative instead.",
	"personal_data":    "Check the recipient's legal profile before sending personal data; sanitise to drop it, or wait for an agreement.",
	"insecure_link":    "Keep classified material off insecure or low-level links: wait for the secure link, use the platform, or send a sanitised copy.",
	"orcon":            "Ask the originator for release before passing ORCON material on, or pass a sanitised copy.",
	"rel_to":           "Respect REL TO lists; sanitise before releasing wider.",
	"unanswered":       "Answer every request, even with a decline, before it expires.",
	"breach":           "Handle partners' caveats as they mark them: a breach costs the originator's trust.",
	"false_shared":     "Verify doubtful reporting (low Admiralty grade, low-trust sender) before passing it on.",
	"informal":         "Route requests to formal partners through a liaison officer.",
	"stood_up":         "Commit to every operation you are part of in its round, or decline early so partners can re-plan.",
	"inject":           "Rebuild shaken trust with liaison officers and timely useful shares.",
	"not_synchronised": "Before the operation's round, confirm every participant holds the assessment and will commit (ACK messages).",
	"mistimed":         "Commit in the operation's round: earlier or later commitments do not count.",
	"slow_answer":      "Answer requests at the first chance.",
	"struck":           "Fuse the assessment as soon as the facets are in hand and propose the joint operation with lead time before the deadline.",
	"unresolved":       "Drive every plot to a decision: assess, propose and commit before the game ends.",
	"late_disruption":  "Plan the operation earlier: full marks need the threat's lead time before the deadline.",
	"over_share":       "Share only with partners whose mandate or request shows a need to know.",
	"dropped":          "Respect channel capacity: spread traffic over rounds and routes, and use the platform for broadcasts.",
	"idle_ap":          "Spend every action point: verify, sanitise, answer requests or post a liaison officer.",
}

// plan draws the improvement plan from the coalition's largest losses,
// grouped by rule and by the teams that caused them.
func (b *builder) plan(c Card) []Action {
	out := []Action{}
	for _, g := range groupLosses(c, true) {
		if len(out) == maxActions || g.impact <= 0 {
			break
		}
		a := Action{Dimension: g.dim, Rule: g.rule, Impact: round1(g.impact), Teams: g.losses[0].Actors}
		if a.Teams == nil {
			a.Teams = []string{}
		}
		var causes []int
		biggest := g.losses[0]
		for _, l := range g.losses {
			a.Rounds = append(a.Rounds, l.Round)
			causes = append(causes, lossEvents(l)...)
			if l.Impact > biggest.Impact {
				biggest = l
			}
		}
		a.Rounds = uniqueSorted(a.Rounds)
		a.Causes = uniqueSorted(causes)
		who := "The coalition"
		if len(a.Teams) > 0 {
			who = b.names.teams(a.Teams)
		}
		a.Issue = fmt.Sprintf("%s — %s: %d %s (%s), costing %.1f points; e.g. %s",
			lossTitle(g.dim, g.rule), who, len(g.losses), plural(len(g.losses), "case", "cases"), roundList(a.Rounds), a.Impact, biggest.Text)
		a.Recommendation = advice[g.rule]
		if a.Recommendation == "" {
			a.Recommendation = "Review the events behind these losses with the team."
		}
		switch g.rule {
		case "need_to_know":
			a.Recommendation += " " + b.routeHint(g.losses)
		case "struck", "unresolved", "late_disruption":
			a.Recommendation += " " + b.threatHint(a.Causes)
		case "slow_answer":
			a.Recommendation += b.tempoHint(a.Teams)
		}
		out = append(out, a)
	}
	return out
}

// routeHint says what happened to the items behind need-to-know losses:
// never sent, sent but never readable, or late, and what got in the way.
func (b *builder) routeHint(losses []Loss) string {
	var never, unread, late, drops, garbled, delays int
	var channels []string
	for _, l := range losses {
		switch {
		case l.Cause >= 0:
			late++
		case len(l.Related) == 0:
			never++
		default:
			unread++
		}
		for _, s := range l.Related {
			e, ok := b.event(s)
			if !ok {
				continue
			}
			switch {
			case e.Kind == rules.EvDrop:
				drops++
				if !slices.Contains(channels, e.Channel) {
					channels = append(channels, e.Channel)
				}
			case e.Kind == rules.EvDeliver && !e.Readable:
				garbled++
			case e.Kind == rules.EvDelay:
				delays++
			}
		}
	}
	var what []string
	if never > 0 {
		what = append(what, fmt.Sprintf("%d never sent", never))
	}
	if unread > 0 {
		what = append(what, fmt.Sprintf("%d sent but never readable", unread))
	}
	if late > 0 {
		what = append(what, fmt.Sprintf("%d arrived late", late))
	}
	s := "Here: " + joinAnd(what) + "."
	var way []string
	if drops > 0 {
		names := make([]string, len(channels))
		for i, c := range channels {
			names[i] = b.names.channel(c)
		}
		way = append(way, fmt.Sprintf("%d %s dropped on a full channel (%s)", drops, plural(drops, "send was", "sends were"), joinAnd(names)))
	}
	if garbled > 0 {
		way = append(way, fmt.Sprintf("%d %s garbled (format mismatch: use a gateway or liaison link)", garbled, plural(garbled, "copy arrived", "copies arrived")))
	}
	if delays > 0 {
		way = append(way, fmt.Sprintf("traffic was held %d %s by outages (reroute)", delays, plural(delays, "time", "times")))
	}
	if len(way) > 0 {
		s += " On the way: " + strings.Join(way, "; ") + "."
	}
	return s
}

// threatHint tells the story of the threats behind outcome losses: who
// assessed them when, which operations were tried and how they ended, and
// deadline moves.
func (b *builder) threatHint(seqs []int) string {
	type story struct {
		assessed, ops, moves []string
		proposed             bool
	}
	var order []string
	stories := map[string]*story{}
	for _, s := range seqs {
		e, ok := b.event(s)
		if !ok || e.Threat == "" {
			continue
		}
		st, ok := stories[e.Threat]
		if !ok {
			st = &story{}
			stories[e.Threat] = st
			order = append(order, e.Threat)
		}
		switch e.Kind {
		case rules.EvFuse:
			st.assessed = append(st.assessed, fmt.Sprintf("%s (round %d)", b.names.team(e.Team), e.Round))
		case rules.EvPropose:
			st.proposed = true
		case rules.EvOperation:
			verdict := "succeeded"
			if !e.Truth {
				verdict = "failed: " + b.opFailure(e)
			}
			st.ops = append(st.ops, fmt.Sprintf("%s %s", upperFirst(b.names.operation(e.Ref)), verdict))
		case rules.EvDeadline:
			st.moves = append(st.moves, fmt.Sprintf("to round %d in round %d", e.Value, e.Round))
		}
	}
	// One short sentence per fact, so the story reads as steps rather than
	// one run-on clause list.
	var parts []string
	for _, id := range order {
		st := stories[id]
		name := b.names.threat(id)
		if len(st.assessed) == 0 {
			parts = append(parts, "Nobody assessed "+name+".")
		} else {
			parts = append(parts, name+" was assessed by "+joinAnd(st.assessed)+".")
		}
		switch {
		case len(st.ops) > 0:
			for _, op := range st.ops {
				parts = append(parts, op+".")
			}
		case !st.proposed:
			parts = append(parts, "No joint operation was proposed.")
		default:
			parts = append(parts, "An operation was proposed but never run.")
		}
		if len(st.moves) > 0 {
			parts = append(parts, "Its deadline moved "+joinAnd(st.moves)+".")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Here: " + strings.Join(parts, " ")
}

// tempoHint adds the slow-tempo advice only for the slow-tempo teams among
// those who answered late (a slow team acts on requests a round later, so
// it must answer the round a request arrives); "" when none is slow.
func (b *builder) tempoHint(teams []string) string {
	var slow []string
	for _, id := range teams {
		if t, ok := b.sc.Team(id); ok && t.Culture.Tempo == "slow" {
			slow = append(slow, id)
		}
	}
	switch len(slow) {
	case 0:
		return ""
	case 1:
		return " " + b.names.teams(slow) + " works at a slow tempo: it must answer the round a request arrives."
	}
	return " " + b.names.teams(slow) + " work at a slow tempo: they must answer the round a request arrives."
}

// roundList writes rounds compactly: "round 3", "rounds 3, 5 and 8".
func roundList(rs []int) string {
	if len(rs) == 0 {
		return "no round"
	}
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = fmt.Sprint(r)
	}
	return plural(len(rs), "round ", "rounds ") + joinAnd(s)
}

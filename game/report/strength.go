package report

import (
	"fmt"
	"slices"
	"sort"

	"liaison/game/rules"
	"liaison/game/score"
)

// strengths are the good behaviours that earned the coalition's total the
// most points (behaviours the rubric does not score directly come last).
func (b *builder) strengths(c Card) []Behaviour {
	w := weightShares(c)
	cands := []Behaviour{
		b.timelyReach(w["reach"]),
		b.promptAnswers(w["responsiveness"]),
		b.synchronisedOps(w["synchronisation"]),
		b.disruptions(w["outcome"]),
		b.cleanHandling(c, w["compliance"]),
		b.trustBuilding(c, w["trust"]),
		b.verification(),
		b.expectationsMet(),
	}
	var out []Behaviour
	for _, bh := range cands {
		if bh.Count > 0 {
			out = append(out, bh)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Points != out[j].Points {
			return out[i].Points > out[j].Points
		}
		return out[i].Count > out[j].Count
	})
	if len(out) > topBehaviours {
		out = out[:topBehaviours]
	}
	if out == nil {
		out = []Behaviour{}
	}
	return out
}

// weightShares returns each measured dimension's share of the total.
func weightShares(c Card) map[string]float64 {
	var sum float64
	for _, d := range c.Dims {
		if d.Measured {
			sum += d.Weight
		}
	}
	out := map[string]float64{}
	for _, d := range c.Dims {
		if d.Measured && sum > 0 {
			out[d.Name] = d.Weight / sum
		}
	}
	return out
}

// evidence collects the events, teams and rounds behind a strength.
type evidence struct {
	b      *builder
	teams  []string
	rounds []int
	events []int
}

func (ev *evidence) add(e rules.Event, teams ...string) {
	ev.events = append(ev.events, e.Seq)
	ev.rounds = append(ev.rounds, e.Round)
	ev.teams = append(ev.teams, teams...)
}

func (ev *evidence) fill(bh *Behaviour) Behaviour {
	bh.Teams = ev.b.inFileOrder(ev.teams)
	bh.Rounds = uniqueSorted(ev.rounds)
	bh.Events = uniqueSorted(ev.events)
	bh.Points = round1(bh.Points)
	return *bh
}

// timelyReach: need-to-know pairs met in time through a partner's delivery.
func (b *builder) timelyReach(share float64) Behaviour {
	bh := Behaviour{ID: "timely-reach", Title: "Needed intelligence delivered in time", Dimension: "reach"}
	ev := &evidence{b: b}
	pairs := 0
	for _, it := range b.sc.Items {
		for _, n := range it.Need {
			if n.By > max(b.last, 1) {
				continue
			}
			pairs++
			r, seq := b.hold.firstReadable(n.Team, it.ID)
			e, ok := b.event(seq)
			if r == 0 || r > n.By || !ok {
				continue
			}
			switch {
			case e.Kind == rules.EvDeliver && e.From != "":
				ev.add(e, e.From)
			case e.Kind == rules.EvTranslate:
				ev.add(e, e.Team)
			default:
				continue
			}
			bh.Count++
		}
	}
	if pairs > 0 {
		bh.Points = float64(bh.Count) * 100 / float64(pairs) * share
	}
	bh.Summary = fmt.Sprintf("%d of %d need-to-know pairs were met in time by a partner's delivery.", bh.Count, pairs)
	return ev.fill(&bh)
}

// promptAnswers: requests answered within one round of reaching the team,
// measured as the responsiveness score measures it (the respond event's
// Value is the rounds since the request arrived).
func (b *builder) promptAnswers(share float64) Behaviour {
	bh := Behaviour{ID: "prompt-answers", Title: "Requests answered within a round", Dimension: "responsiveness"}
	ev := &evidence{b: b}
	open := map[string]bool{}
	total := 0
	for e := range b.idx.all() {
		switch e.Kind {
		case rules.EvRequest:
			total++
			open[e.Ref] = true
		case rules.EvRespond:
			if !open[e.Ref] {
				continue
			}
			delete(open, e.Ref)
			if e.Value <= 1 {
				bh.Count++
				ev.add(e, e.Team)
			}
		}
	}
	if total > 0 {
		bh.Points = float64(bh.Count) * 100 / float64(total) * share
	}
	bh.Summary = fmt.Sprintf("%d of %d requests were answered within a round of reaching the team asked.", bh.Count, total)
	return ev.fill(&bh)
}

// synchronisedOps: joint operations where every party committed in its round.
func (b *builder) synchronisedOps(share float64) Behaviour {
	bh := Behaviour{ID: "synchronised-operations", Title: "Joint operations committed together", Dimension: "synchronisation"}
	ev := &evidence{b: b}
	total := 0
	for e := range b.idx.all() {
		switch {
		case e.Kind == rules.EvCommit && !e.Truth:
			total++
		case e.Kind == rules.EvOperation:
			total++
			parts, trail := b.operation(e.Ref)
			if len(minus(parts, e.To)) > 0 {
				continue
			}
			bh.Count++
			for _, s := range trail {
				if x, ok := b.event(s); ok && x.Kind != rules.EvPropose {
					ev.add(x, x.Team)
				}
			}
			ev.teams = append(ev.teams, parts...)
		}
	}
	if total > 0 {
		bh.Points = float64(bh.Count) * 100 / float64(total) * share
	}
	bh.Summary = fmt.Sprintf("%d of %d joint operations had every party commit in the operation's round.", bh.Count, total)
	return ev.fill(&bh)
}

// disruptions: plots disrupted before their deadline.
func (b *builder) disruptions(share float64) Behaviour {
	bh := Behaviour{ID: "disruptions", Title: "Plots disrupted before they struck", Dimension: "outcome"}
	ev := &evidence{b: b}
	var parts []string
	for e := range b.idx.all() {
		if e.Kind != rules.EvDisrupted {
			continue
		}
		th, ok := b.sc.Threat(e.Threat)
		if !ok {
			continue
		}
		bh.Count++
		lead := max(1, th.LeadRounds)
		v := 0.6 + 0.4*float64(min(e.Value, lead))/float64(lead)
		bh.Points += 100 * v / float64(len(b.sc.Threats)) * share
		ev.add(e, e.To...)
		parts = append(parts, fmt.Sprintf("%s with %d %s of lead time", th.Name, e.Value, plural(e.Value, "round", "rounds")))
	}
	bh.Summary = fmt.Sprintf("%d of %d plots disrupted: %s.", bh.Count, len(b.sc.Threats), orNone(joinAnd(parts)))
	return ev.fill(&bh)
}

// cleanHandling: teams that shared without a single caveat breach.
func (b *builder) cleanHandling(c Card, share float64) Behaviour {
	bh := Behaviour{ID: "clean-handling", Title: "Caveats handled without a breach", Dimension: "compliance"}
	ev := &evidence{b: b}
	sent := map[string]int{}
	breached := map[string]bool{}
	for e := range b.idx.all() {
		switch e.Kind {
		case rules.EvSend:
			sent[e.Team]++
		case rules.EvBreach:
			breached[e.Team] = true
		}
	}
	var clean []string
	sending, items, sanitised := 0, 0, 0
	for _, t := range b.sc.Teams {
		if sent[t.ID] == 0 {
			continue
		}
		sending++
		if breached[t.ID] {
			continue
		}
		clean = append(clean, t.ID)
		items += sent[t.ID]
	}
	for e := range b.idx.all() {
		if !slices.Contains(clean, e.Team) {
			continue
		}
		switch e.Kind {
		case rules.EvSanitise:
			sanitised++
			ev.add(e, e.Team)
		case rules.EvAskRelease, rules.EvGrant:
			ev.add(e, e.Team)
		}
	}
	ev.teams = append(ev.teams, clean...)
	bh.Count = items
	if sending > 0 && c.Team == score.Coalition {
		bh.Points = float64(len(clean)) * 100 / float64(sending) * share
	}
	bh.Summary = fmt.Sprintf("%s sent %d %s without a caveat breach, sanitising %d %s first.",
		orNone(b.names.teams(clean)), items, plural(items, "item", "items"), sanitised, plural(sanitised, "item", "items"))
	return ev.fill(&bh)
}

// trustBuilding: trust earned by timely shares, liaison officers and joint successes.
func (b *builder) trustBuilding(c Card, share float64) Behaviour {
	bh := Behaviour{ID: "trust-building", Title: "Trust built through useful shares and liaison", Dimension: "trust"}
	ev := &evidence{b: b}
	var start float64
	for _, a := range b.sc.Teams {
		for _, o := range b.sc.Teams {
			if a.ID != o.ID {
				start += float64(b.sc.TrustOf(a.ID, o.ID))
			}
		}
	}
	gained := map[string]int{}
	total := 0
	for e := range b.idx.all() {
		switch {
		case e.Kind == rules.EvLiaison:
			ev.add(e, e.Team)
		case e.Kind == rules.EvTrust && e.Delta > 0 && e.Rule != "inject":
			bh.Count++
			total += e.Delta
			gained[e.Rule] += e.Delta
			if e.Rule != "liaison" {
				ev.add(e, e.From)
			}
		}
	}
	if start > 0 {
		bh.Points = min(float64(total)*70/start, c.Dims[dimIndex(c, "trust")].Score) * share
	}
	bh.Summary = fmt.Sprintf("Trust rose %d points in %d steps: %d through timely useful shares, %d through liaison officers, %d through joint successes.",
		total, bh.Count, gained["useful_share"], gained["liaison"], gained["joint_success"])
	return ev.fill(&bh)
}

// verification: items verified, false reports exposed.
func (b *builder) verification() Behaviour {
	bh := Behaviour{ID: "verification", Title: "Doubtful reporting verified before use"}
	ev := &evidence{b: b}
	exposed := 0
	for e := range b.idx.all() {
		if e.Kind == rules.EvVerify {
			bh.Count++
			ev.add(e, e.Team)
			if !e.Truth {
				exposed++
			}
		}
	}
	bh.Summary = fmt.Sprintf("%d %s, exposing %d false %s (not scored directly).", bh.Count, plural(bh.Count, "verification", "verifications"),
		exposed, plural(exposed, "report", "reports"))
	return ev.fill(&bh)
}

// expectationsMet: MSEL expected outcomes met.
func (b *builder) expectationsMet() Behaviour {
	bh := Behaviour{ID: "expectations-met", Title: "MSEL expected outcomes met"}
	ev := &evidence{b: b}
	judged := 0
	for e := range b.idx.all() {
		if e.Kind != rules.EvExpectation || e.Rule == "manual" {
			continue
		}
		judged++
		if e.Truth {
			bh.Count++
			ev.add(e)
		}
	}
	bh.Summary = fmt.Sprintf("%d of %d machine-checked expected outcomes met (not scored directly).", bh.Count, judged)
	return ev.fill(&bh)
}

func dimIndex(c Card, name string) int {
	for i, d := range c.Dims {
		if d.Name == name {
			return i
		}
	}
	return 0
}

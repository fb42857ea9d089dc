package score

// A frozen copy of Compute as it was at commit 03298f3, before it was made
// allocation-light, kept only as the oracle of the equivalence tests: every
// package-level identifier and method carries a ref prefix.

import (
	"fmt"
	"sort"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// ledger indexes a game's events for the dimension calculators.
type refLedger struct {
	sc     *scenario.Scenario
	events []rules.Event
	last   int // last round played
	// readable[team][root] = first round the team held a readable copy.
	readable map[string]map[string]int
	names    map[string]string

	// Indexes built in the one pass over the events, so that each card
	// reads only the events its dimensions look at (positions in events,
	// in log order).
	byTeam     map[string][]int // events whose Team is the key
	sends      map[string]bool  // teams that sent an item (EvSend)
	breaches   []int            // EvBreach
	syncEvs    []int            // EvOperation and EvCommit
	parts      map[string][]string
	trustEvs   []int // EvTrust
	reqs       []*refReq
	firstRead  map[[2]string]int // team, root → first readable delivery or translation (deliverSeq)
	needs      map[[2]string]bool
	asked      map[[2]string]bool
	trustStart []float64 // trust matrices (team positions), start and final
	trustFinal []float64
	teamIdx    map[string]int
	outcomeDim *Dim
	outcomeL   []Loss
}

// req is a request to a team, and when it was answered.
type refReq struct {
	seq, round int
	from, to   string
	answered   int // rounds taken, -1 never
	arrive     int // round it reached the target: the request's Value (or round), later per EvDelay, exactly per EvReceive
}

func refNewLedger(sc *scenario.Scenario, events []rules.Event) *refLedger {
	l := &refLedger{sc: sc, events: events, readable: map[string]map[string]int{}, names: map[string]string{},
		byTeam: map[string][]int{}, sends: map[string]bool{}, parts: map[string][]string{},
		firstRead: map[[2]string]int{}, needs: map[[2]string]bool{}, asked: map[[2]string]bool{},
		teamIdx: map[string]int{}}
	for i, t := range sc.Teams {
		l.readable[t.ID] = map[string]int{}
		l.names[t.ID] = t.Name
		l.teamIdx[t.ID] = i
	}
	for _, it := range sc.Items {
		for _, h := range it.HeldBy {
			l.refMarkReadable(h, it.ID, 1)
		}
		for _, n := range it.Need {
			l.needs[[2]string{it.ID, n.Team}] = true
		}
	}
	n := len(sc.Teams)
	l.trustStart = make([]float64, n*n)
	for i, a := range sc.Teams {
		for j, b := range sc.Teams {
			if i != j {
				l.trustStart[i*n+j] = float64(sc.TrustOf(a.ID, b.ID))
			}
		}
	}
	l.trustFinal = append([]float64(nil), l.trustStart...)
	byID := map[string]*refReq{}
	for k := range events {
		e := &events[k]
		if e.Round > l.last {
			l.last = e.Round
		}
		if e.Team != "" {
			l.byTeam[e.Team] = append(l.byTeam[e.Team], k)
		}
		switch e.Kind {
		case rules.EvDeliver:
			if e.Readable {
				l.refMarkReadable(e.Team, refRootOf(e), e.Round)
				l.refMarkFirstRead(e)
			}
		case rules.EvTranslate:
			l.refMarkReadable(e.Team, refRoot(e.Item), e.Round)
			l.refMarkFirstRead(e)
		case rules.EvSend:
			l.sends[e.Team] = true
		case rules.EvBreach:
			l.breaches = append(l.breaches, k)
		case rules.EvPropose:
			l.parts[e.Ref] = refUnion([]string{e.Team}, e.To)
		case rules.EvOperation, rules.EvCommit:
			l.syncEvs = append(l.syncEvs, k)
		case rules.EvTrust:
			l.trustEvs = append(l.trustEvs, k)
			i, ok1 := l.teamIdx[e.Team]
			j, ok2 := l.teamIdx[e.From]
			if ok1 && ok2 && i != j {
				l.trustFinal[i*n+j] = float64(e.Value)
			}
		case rules.EvRequest:
			if len(e.To) == 0 {
				continue
			}
			r := &refReq{seq: e.Seq, round: e.Round, from: e.Team, to: e.To[0], answered: -1, arrive: max(e.Round, e.Value)}
			byID[e.Ref] = r
			l.reqs = append(l.reqs, r)
		case rules.EvDelay:
			if r, ok := byID[e.Ref]; ok && e.Ref != "" && r.answered < 0 && r.arrive <= e.Round {
				r.arrive = e.Round + 1
			}
		case rules.EvReceive:
			if r, ok := byID[e.Ref]; ok && e.Ref != "" && r.answered < 0 {
				r.arrive = e.Round
			}
		case rules.EvRespond:
			// Value is the rounds taken since the request reached the
			// responder, so channel latency is not held against it.
			if r, ok := byID[e.Ref]; ok && r.answered < 0 {
				r.answered = max(0, e.Value)
			}
			if len(e.To) > 0 {
				l.asked[[2]string{e.To[0], e.Team}] = true
			}
		}
	}
	return l
}

// markFirstRead records the first readable delivery (or translation) of an
// item's root to a team, for deliverSeq.
func (l *refLedger) refMarkFirstRead(e *rules.Event) {
	key := [2]string{e.Team, refRootOf(e)}
	if _, seen := l.firstRead[key]; !seen {
		l.firstRead[key] = e.Seq
	}
}

func (l *refLedger) refMarkReadable(team, root string, round int) {
	m, ok := l.readable[team]
	if !ok {
		return
	}
	if r, seen := m[root]; !seen || round < r {
		m[root] = round
	}
}

// Root strips the sanitised-copy suffix from an item id.
func refRoot(item string) string {
	if i := strings.IndexByte(item, '~'); i >= 0 {
		return item[:i]
	}
	return item
}

func refRootOf(e *rules.Event) string {
	if e.Root != "" {
		return refRoot(e.Root)
	}
	return refRoot(e.Item)
}

// name returns a team's display name.
func (l *refLedger) refName(team string) string {
	if n, ok := l.names[team]; ok {
		return n
	}
	return team
}

// involves reports whether a card (team or coalition) covers a team.
func refInvolves(card, team string) bool { return card == Coalition || card == team }

func refInvolvesAny(card string, teams []string) bool {
	if card == Coalition {
		return true
	}
	for _, t := range teams {
		if t == card {
			return true
		}
	}
	return false
}

// card computes every dimension for one team or the coalition.
func (l *refLedger) refCard(team string) Card {
	c := Card{Team: team}
	var sum, weights float64
	for _, dim := range scenario.Dimensions {
		var d Dim
		var losses []Loss
		switch dim {
		case "reach":
			d, losses = l.refReach(team)
		case "compliance":
			d, losses = l.refCompliance(team)
		case "trust":
			d, losses = l.refTrust(team)
		case "synchronisation":
			d, losses = l.refSynchronisation(team)
		case "responsiveness":
			d, losses = l.refResponsiveness(team)
		case "outcome":
			d, losses = l.refOutcome(team)
		case "discipline":
			d, losses = l.refDiscipline(team)
		default:
			panic("score: no calculator for dimension " + dim)
		}
		d.Name = dim
		d.Weight = l.sc.Scoring.Weights.Of(dim)
		d.Score = refClamp(d.Score)
		if d.Measured && d.Weight > 0 {
			sum += d.Score * d.Weight
			weights += d.Weight
		}
		c.Dims = append(c.Dims, d)
		for i := range losses {
			losses[i].Team = team
			losses[i].Dimension = dim
		}
		c.Losses = append(c.Losses, losses...)
	}
	if weights > 0 {
		c.Total = refRound1(sum / weights)
		measured := map[string]float64{}
		for _, d := range c.Dims {
			if d.Measured {
				measured[d.Name] = d.Weight
			}
		}
		for i := range c.Losses {
			c.Losses[i].Impact = refRound1(c.Losses[i].Points * measured[c.Losses[i].Dimension] / weights)
		}
	}
	c.Grade = refGrade(c.Total)
	sort.SliceStable(c.Losses, func(i, j int) bool {
		if c.Losses[i].Impact != c.Losses[j].Impact {
			return c.Losses[i].Impact > c.Losses[j].Impact
		}
		return c.Losses[i].Round < c.Losses[j].Round
	})
	return c
}

func refClamp(x float64) float64 {
	return refRound1(max(0, min(100, x)))
}

func refRound1(x float64) float64 {
	if x < 0 {
		return -refRound1(-x)
	}
	return float64(int64(x*10+0.5)) / 10
}

// Grade maps a total to a letter: A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, else F.
func refGrade(total float64) string {
	switch {
	case total >= 85:
		return "A"
	case total >= 70:
		return "B"
	case total >= 55:
		return "C"
	case total >= 40:
		return "D"
	}
	return "F"
}

// Compute scores a game from its scenario (defaults applied) and its event log.
func refCompute(sc *scenario.Scenario, events []rules.Event) Result {
	l := refNewLedger(sc, events)
	var res Result
	for _, t := range sc.Teams {
		res.Teams = append(res.Teams, l.refCard(t.ID))
	}
	res.Coalition = l.refCard(Coalition)
	res.Threats = len(sc.Threats)
	for _, e := range events {
		if e.Kind == rules.EvDisrupted {
			res.Disrupted++
		}
	}
	return res
}

// compliance starts at 100 and loses each breach's severity, floor 0. It is
// measured only for a team that sent at least one item (or for the coalition
// when anyone did): not sharing is not compliance.
func (l *refLedger) refCompliance(team string) (Dim, []Loss) {
	sent := l.sends
	var losses []Loss
	var by []string // breacher of each loss
	for _, k := range l.breaches {
		e := &l.events[k]
		if refInvolves(team, e.Team) {
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: e.Rule, Points: float64(e.Value),
				Text: l.refName(e.Team) + ": " + e.Text})
			by = append(by, e.Team)
		}
	}
	if team == Coalition {
		// The coalition's compliance is the mean of the teams that sent.
		var sum float64
		var n int
		for _, t := range l.sc.Teams {
			if !sent[t.ID] {
				continue
			}
			n++
			lost := 0.0
			for i, x := range losses {
				if by[i] == t.ID {
					lost += x.Points
				}
			}
			sum += max(0, 100-lost)
		}
		if n == 0 {
			return Dim{Basis: "no team shared anything"}, nil
		}
		for i := range losses {
			losses[i].Points = refRound1(losses[i].Points / float64(n))
		}
		return Dim{Measured: true, Score: sum / float64(n), Basis: fmt.Sprintf("%d breach(es) by %d sharing team(s)", len(losses), n)}, losses
	}
	if !sent[team] {
		return Dim{Basis: "shared nothing"}, nil
	}
	lost := 0.0
	for _, x := range losses {
		lost += x.Points
	}
	return Dim{Measured: true, Score: 100 - lost, Basis: fmt.Sprintf("%d breach(es)", len(losses))}, losses
}

// Discipline penalties (docs/rules.md, "Scoring": the defaults).
const (
	refOverSharePenalty = 2.0 // per item sent to a team without need to know
	refDropPenalty      = 1.0 // per dropped item or message
	refIdleAPPerPoint   = 3   // one point per this many idle AP
)

// discipline starts at 100: minus 2 per share to a team with no need to know
// (answers to that team's own requests excepted), minus 1 per dropped
// message, minus 1 per 3 idle AP. The coalition's is the teams' mean.
func (l *refLedger) refDiscipline(team string) (Dim, []Loss) {
	if team == Coalition {
		var sum float64
		var losses []Loss
		for _, t := range l.sc.Teams {
			d, ls := l.refDiscipline(t.ID)
			sum += d.Score
			losses = append(losses, ls...)
		}
		n := float64(len(l.sc.Teams))
		for i := range losses {
			losses[i].Points = refRound1(losses[i].Points / n)
		}
		return Dim{Measured: true, Score: sum / n, Basis: "mean of the teams"}, losses
	}
	needs := l.needs
	asked := l.asked // requester, responder pairs with an answered request
	var losses []Loss
	lost := 0.0
	idle := 0
	for _, k := range l.byTeam[team] {
		e := &l.events[k]
		switch e.Kind {
		case rules.EvSend:
			if e.Item == "" || len(e.To) == 0 {
				continue
			}
			to := e.To[0]
			if needs[[2]string{refRoot(e.Item), to}] || asked[[2]string{to, team}] {
				continue
			}
			lost += refOverSharePenalty
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "over_share", Points: refOverSharePenalty,
				Text: fmt.Sprintf("%s sent %q to %s, which had no need to know it", l.refName(team), e.Item, l.refName(to))})
		case rules.EvDrop:
			lost += refDropPenalty
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "dropped", Points: refDropPenalty,
				Text: fmt.Sprintf("%s overloaded channel %s: %s", l.refName(team), e.Channel, e.Text)})
		case rules.EvIdle:
			idle += e.Value
		}
	}
	if p := idle / refIdleAPPerPoint; p > 0 {
		lost += float64(p)
		losses = append(losses, Loss{Round: l.last, Cause: -1, Rule: "idle_ap", Points: float64(p),
			Text: fmt.Sprintf("%s left %d action points unused over the game", l.refName(team), idle)})
	}
	return Dim{Measured: true, Score: 100 - lost, Basis: fmt.Sprintf("%d penalty point(s)", int(lost))}, losses
}

// outcome: each threat disrupted with lead time L scores 0.6 + 0.4·min(L,
// lead)/lead (lead = the threat's lead_rounds); struck or unresolved, 0. The
// outcome is shared: every team carries the coalition's result.
func (l *refLedger) refOutcome(string) (Dim, []Loss) {
	if l.outcomeDim == nil {
		d, losses := l.refComputeOutcome()
		l.outcomeDim, l.outcomeL = &d, losses
	}
	return *l.outcomeDim, append([]Loss(nil), l.outcomeL...)
}

func (l *refLedger) refComputeOutcome() (Dim, []Loss) {
	done := map[string]rules.Event{}
	for _, e := range l.events {
		if e.Kind == rules.EvDisrupted || e.Kind == rules.EvStruck {
			if _, seen := done[e.Threat]; !seen {
				done[e.Threat] = e
			}
		}
	}
	if len(l.sc.Threats) == 0 {
		return Dim{Basis: "no threats"}, nil
	}
	ended := false
	for _, e := range l.events {
		ended = ended || e.Kind == rules.EvEnd
	}
	// Before the end, a threat neither disrupted nor struck is pending.
	pending := 0
	for _, th := range l.sc.Threats {
		if _, ok := done[th.ID]; !ok && !ended {
			pending++
		}
	}
	if pending == len(l.sc.Threats) {
		return Dim{Basis: "no threat resolved yet"}, nil
	}
	n := float64(len(l.sc.Threats) - pending)
	var got float64
	var losses []Loss
	disrupted := 0
	for _, th := range l.sc.Threats {
		e, ok := done[th.ID]
		if !ok && !ended {
			continue
		}
		switch {
		case ok && e.Kind == rules.EvDisrupted:
			disrupted++
			lead := max(1, th.LeadRounds)
			v := 0.6 + 0.4*float64(min(e.Value, lead))/float64(lead)
			got += v
			if v < 1 {
				losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "late_disruption", Points: refRound1(100 * (1 - v) / n),
					Text: fmt.Sprintf("%s was disrupted with %d round(s) of lead time; %d earns full marks", th.Name, e.Value, lead)})
			}
		case ok:
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "struck", Points: refRound1(100 / n),
				Text: fmt.Sprintf("%s struck in round %d: it was never disrupted", th.Name, e.Round)})
		default:
			losses = append(losses, Loss{Round: l.last, Cause: -1, Rule: "unresolved", Points: refRound1(100 / n),
				Text: fmt.Sprintf("%s was not disrupted when the game ended", th.Name)})
		}
	}
	basis := fmt.Sprintf("%d of %d threats disrupted", disrupted, int(n))
	if pending > 0 {
		basis = fmt.Sprintf("%d of %d resolved threats disrupted; %d still open", disrupted, int(n), pending)
	}
	return Dim{Measured: true, Score: 100 * got / n, Basis: basis}, losses
}

// reachLateRounds is how many rounds late a need-to-know pair decays to zero.
const refReachLateRounds = 3

// reach: each need-to-know pair counts 1 if the team could read the item by
// its need round, decaying linearly to 0 three rounds late.
func (l *refLedger) refReach(team string) (Dim, []Loss) {
	var n, got float64
	var losses []Loss
	type pair struct {
		item, team string
		by         int
	}
	var pairs []pair
	for _, it := range l.sc.Items {
		for _, need := range it.Need {
			if refInvolves(team, need.Team) && need.By <= max(l.last, 1) {
				pairs = append(pairs, pair{it.ID, need.Team, need.By})
			}
		}
	}
	for _, p := range pairs {
		n++
		r, ok := l.readable[p.team][p.item]
		v := 0.0
		if ok {
			late := max(0, r-p.by)
			v = max(0, 1-float64(late)/refReachLateRounds)
		}
		got += v
		if v < 1 {
			var text string
			if ok {
				text = fmt.Sprintf("%s could read %q only in round %d, %d round(s) after it was needed (round %d)", l.refName(p.team), p.item, r, r-p.by, p.by)
			} else {
				text = fmt.Sprintf("%s never got a readable copy of %q, needed by round %d", l.refName(p.team), p.item, p.by)
			}
			losses = append(losses, Loss{Round: p.by, Cause: l.refDeliverSeq(p.team, p.item), Rule: "need_to_know", Points: (1 - v) * 100, Text: text})
		}
	}
	if n == 0 {
		return Dim{Basis: "no need-to-know pairs fell due"}, nil
	}
	for i := range losses {
		losses[i].Points = refRound1(losses[i].Points / n)
	}
	return Dim{Measured: true, Score: 100 * got / n,
		Basis: fmt.Sprintf("%.1f of %d need-to-know pairs met in time", got, int(n))}, losses
}

// deliverSeq returns the first readable delivery of an item's root to a
// team, or -1 when there was none.
func (l *refLedger) refDeliverSeq(team, root string) int {
	if s, ok := l.firstRead[[2]string{team, root}]; ok {
		return s
	}
	return -1
}

// responsiveness: each request to the team counts 1 if answered within one
// round of reaching it, 0.5 within two, 0 later or never.
func (l *refLedger) refResponsiveness(team string) (Dim, []Loss) {
	var reqs []*refReq
	pending := 0
	for _, r := range l.reqs {
		if refInvolves(team, r.to) {
			// Unanswered and reaching the team only in the last round
			// (or never): it had no round to answer, so it is not counted.
			if r.answered < 0 && r.arrive >= l.last {
				pending++
				continue
			}
			reqs = append(reqs, r)
		}
	}
	if len(reqs) == 0 {
		if pending > 0 {
			return Dim{Basis: "no request it had a round to answer"}, nil
		}
		return Dim{Basis: "no requests received"}, nil
	}
	var got float64
	var losses []Loss
	for _, r := range reqs {
		v := 0.0
		switch {
		case r.answered < 0:
		case r.answered <= 1:
			v = 1
		case r.answered == 2:
			v = 0.5
		}
		got += v
		if v < 1 {
			text := fmt.Sprintf("%s never answered %s's request of round %d", l.refName(r.to), l.refName(r.from), r.round)
			if r.answered >= 0 {
				text = fmt.Sprintf("%s took %d rounds to answer %s's request of round %d", l.refName(r.to), r.answered, l.refName(r.from), r.round)
			}
			losses = append(losses, Loss{Round: r.round, Cause: r.seq, Rule: "slow_answer", Points: refRound1(100 * (1 - v) / float64(len(reqs))), Text: text})
		}
	}
	return Dim{Measured: true, Score: 100 * got / float64(len(reqs)), Basis: fmt.Sprintf("%.1f of %d requests answered in time", got, len(reqs))}, losses
}

// synchronisation: each joint operation counts 1 when every party committed
// in its round, 0 otherwise; a commitment made in the wrong round counts as
// a lone, mistimed commitment (0).
func (l *refLedger) refSynchronisation(team string) (Dim, []Loss) {
	parts := l.parts
	var n, ok float64
	var losses []Loss
	for _, k := range l.syncEvs {
		e := &l.events[k]
		switch e.Kind {
		case rules.EvOperation:
			teams := parts[e.Ref]
			if !refInvolvesAny(team, teams) {
				continue
			}
			committed := e.To
			missing := refMinus(teams, committed)
			n++
			if len(missing) == 0 {
				ok++
				continue
			}
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "not_synchronised", Points: 100,
				Text: fmt.Sprintf("operation %s on %s: %s did not commit in round %d", e.Ref, e.Threat, strings.Join(l.refNameAll(missing), ", "), e.Round)})
		case rules.EvCommit:
			if !e.Truth && refInvolves(team, e.Team) {
				n++
				losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: "mistimed", Points: 100,
					Text: fmt.Sprintf("%s committed to %s in round %d, not in the operation's round", l.refName(e.Team), e.Ref, e.Round)})
			}
		}
	}
	if n == 0 {
		return Dim{Basis: "no joint operation"}, nil
	}
	for i := range losses {
		losses[i].Points = refRound1(losses[i].Points / n)
	}
	return Dim{Measured: true, Score: 100 * ok / n, Basis: fmt.Sprintf("%d of %d operations fully synchronised", int(ok), int(n))}, losses
}

func refMinus(all, sub []string) []string {
	var out []string
	for _, a := range all {
		found := false
		for _, s := range sub {
			if s == a {
				found = true
				break
			}
		}
		if !found {
			out = append(out, a)
		}
	}
	return out
}

func (l *refLedger) refNameAll(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = l.refName(id)
	}
	return out
}

// union returns a followed by the elements of b not already present.
func refUnion(a, b []string) []string {
	out := append([]string(nil), a...)
	return append(out, refMinus(b, a)...)
}

// trust: 70% the mean final trust relative to the start (capped at 1) plus
// 30% the weakest pair's final trust relative to its start, over the pairs
// involving the team (both directions), or every pair for the coalition.
func (l *refLedger) refTrust(team string) (Dim, []Loss) {
	teams := l.sc.Teams
	idx := l.teamIdx
	n := len(teams)
	start, final := l.trustStart, l.trustFinal
	var sumStartPairs float64
	var losses []Loss
	for _, k := range l.trustEvs {
		e := &l.events[k]
		i, ok1 := idx[e.Team]
		j, ok2 := idx[e.From]
		if !ok1 || !ok2 || i == j {
			continue
		}
		if e.Delta < 0 && (refInvolves(team, e.Team) || refInvolves(team, e.From)) {
			losses = append(losses, Loss{Round: e.Round, Cause: e.Seq, Rule: e.Rule, Points: float64(-e.Delta),
				Text: fmt.Sprintf("%s's trust in %s fell by %d: %s", l.refName(e.Team), l.refName(e.From), -e.Delta, e.Text)})
		}
	}
	var sumS, sumF float64
	weakest := 1.0
	pairs := 0
	// The pairs involving the team, in (i, j) order: for a team, its row
	// and its column; for the coalition, every pair.
	me, isTeam := idx[team]
	if team == Coalition {
		isTeam = false
	}
	for i, a := range teams {
		for j, b := range teams {
			if isTeam && i != me && j != me {
				if j < me {
					continue
				}
				break
			}
			if i == j || !(refInvolves(team, a.ID) || refInvolves(team, b.ID)) {
				continue
			}
			pairs++
			s, f := start[i*n+j], final[i*n+j]
			sumS += s
			sumF += f
			rel := 1.0
			if s > 0 {
				rel = min(1, f/s)
			} else if f <= 0 {
				rel = 0
			}
			weakest = min(weakest, rel)
		}
	}
	if pairs == 0 || sumS == 0 {
		return Dim{Basis: "no trust to measure"}, nil
	}
	sumStartPairs = sumS
	meanRel := min(1, sumF/sumS)
	for i := range losses {
		// A fall of d in one pair lowers the mean ratio by d/sumS.
		losses[i].Points = refRound1(70 * losses[i].Points / sumStartPairs)
	}
	return Dim{Measured: true, Score: 70*meanRel + 30*weakest,
		Basis: fmt.Sprintf("mean trust %.0f%% of start, weakest pair %.0f%% of start", 100*sumF/sumS, 100*weakest)}, losses
}

package report

import (
	"slices"
	"strconv"
	"strings"

	"liaison/game/rules"
	"liaison/game/score"
)

// scores turns the scoring result into cards whose every loss names the
// teams that caused it and, for an absence, the events around it.
func (b *builder) scores() Scores {
	s := Scores{Coalition: b.card(b.res.Coalition)}
	for _, c := range b.res.Teams {
		s.Teams = append(s.Teams, b.card(c))
	}
	return s
}

func (b *builder) card(c score.Card) Card {
	out := Card{Team: c.Team, Name: b.names.team(c.Team), Total: c.Total, Grade: c.Grade}
	if c.Team == score.Coalition {
		out.Name = "Coalition"
	}
	for _, d := range c.Dims {
		dc := DimCard{Name: d.Name, Label: DimensionLabel(d.Name), Score: d.Score, Measured: d.Measured,
			Weight: d.Weight, Basis: plurals(d.Basis), Losses: []Loss{}}
		for _, l := range c.Losses {
			if l.Dimension != d.Name {
				continue
			}
			actors, related := b.lossCause(c.Team, l)
			dc.Losses = append(dc.Losses, Loss{Points: l.Points, Impact: l.Impact, Round: l.Round, Cause: l.Cause,
				Related: related, Rule: l.Rule, Actors: actors, Text: b.lossText(l)})
			dc.Lost += l.Points
		}
		dc.Lost = round1(dc.Lost)
		out.Dims = append(out.Dims, dc)
	}
	return out
}

// lossText words a scoring loss for readers: names for ids, counts in
// plain plurals, and an operation nobody fully committed to told by its
// proposer, threat and round (the score's text names it by id and threat).
func (b *builder) lossText(l score.Loss) string {
	text := l.Text
	if e, ok := b.event(l.Cause); ok && e.Kind == rules.EvOperation {
		if rest, ok := strings.CutPrefix(text, "operation "+e.Ref+" on "+e.Threat+": "); ok {
			text = upperFirst(b.names.operation(e.Ref)) + ": " + rest
		}
	}
	text = plurals(b.human.text(text))
	// "Nordvik Security Service: Nordvik Security Service sent …" (a
	// breach's text after its team's name) says the name once.
	if who, rest, ok := strings.Cut(text, ": "); ok && strings.HasPrefix(rest, who+" ") {
		text = rest
	}
	return text
}

// lossCause returns the teams whose behaviour caused a loss and, when the
// cause is an absence or needs context, the related events.
func (b *builder) lossCause(card string, l score.Loss) (actors []string, related []int) {
	e, hasCause := b.event(l.Cause)
	switch l.Dimension {
	case "reach":
		team, root := b.needPair(card, l)
		if root == "" {
			return nil, nil
		}
		related = b.itemTrail(root, team)
		if hasCause {
			switch {
			case e.Kind == rules.EvTranslate:
				return []string{e.Team}, related
			case e.From != "":
				return []string{e.From}, related
			}
			return nil, related
		}
		actors = b.hold.holdersBy(root, team, l.Round)
		if len(actors) == 0 {
			actors = b.hold.holdersBy(root, team, b.last)
		}
		if len(actors) == 0 {
			if it, ok := b.sc.Item(root); ok {
				actors = []string{it.Origin}
			}
		}
		return actors, related
	case "compliance":
		if hasCause {
			return []string{e.Team}, nil
		}
	case "trust":
		if hasCause && e.Rule != "inject" && e.From != "" {
			return []string{e.From}, nil
		}
	case "synchronisation":
		if !hasCause {
			return nil, nil
		}
		if l.Rule == "mistimed" {
			return []string{e.Team}, nil
		}
		parts, trail := b.operation(e.Ref)
		return minus(parts, e.To), trail
	case "responsiveness":
		if hasCause && len(e.To) > 0 {
			return []string{e.To[0]}, b.refTrail(e.Ref, e.Seq)
		}
	case "outcome":
		threat := e.Threat
		if !hasCause {
			threat = b.threatByName(l.Text)
		}
		return nil, b.threatTrail(threat)
	case "discipline":
		if hasCause {
			return []string{e.Team}, nil
		}
		team := card
		if team == score.Coalition {
			team = b.teamByPrefix(l.Text)
		}
		if team == "" {
			return nil, nil
		}
		for x := range b.idx.kindOf(rules.EvIdle, team) {
			related = append(related, x.Seq)
		}
		return []string{team}, related
	}
	return nil, nil
}

// needPair finds the need-to-know pair (team, root item) of a reach loss.
func (b *builder) needPair(card string, l score.Loss) (team, root string) {
	if e, ok := b.event(l.Cause); ok {
		root = e.Root
		if root == "" {
			root = e.Item
		}
		return e.Team, rules.RootID(root)
	}
	team = card
	if team == score.Coalition {
		team = b.teamByPrefix(l.Text)
	}
	for _, id := range b.needAt[needKey{team, l.Round}] {
		if strings.Contains(l.Text, strconv.Quote(id)) {
			return team, id
		}
	}
	return team, ""
}

// teamByPrefix returns the team whose name starts a text (longest match).
func (b *builder) teamByPrefix(text string) string {
	best := ""
	bestLen := 0
	for _, t := range b.sc.Teams {
		if strings.HasPrefix(text, t.Name) && len(t.Name) > bestLen {
			best, bestLen = t.ID, len(t.Name)
		}
	}
	return best
}

// threatByName returns the threat whose name starts a text.
func (b *builder) threatByName(text string) string {
	for _, th := range b.sc.Threats {
		if strings.HasPrefix(text, th.Name) {
			return th.ID
		}
	}
	return ""
}

// itemTrail lists the events that moved a root item towards a team.
func (b *builder) itemTrail(root, team string) []int {
	var out []int
	for e := range b.idx.root(root) {
		switch e.Kind {
		case rules.EvSend, rules.EvDrop, rules.EvDelay, rules.EvDeliver, rules.EvTranslate,
			rules.EvRespond, rules.EvAskRelease, rules.EvGrant, rules.EvRefuse, rules.EvBreach:
		default:
			continue
		}
		if e.Team == team || slices.Contains(e.To, team) {
			out = append(out, e.Seq)
		}
	}
	return out
}

// operation returns an operation's participants and its propose, commit
// and operation events.
func (b *builder) operation(ref string) (parts []string, trail []int) {
	for e := range b.idx.ref(ref) {
		switch e.Kind {
		case rules.EvPropose:
			parts = append([]string{e.Team}, minus(e.To, []string{e.Team})...)
			trail = append(trail, e.Seq)
		case rules.EvCommit, rules.EvOperation:
			trail = append(trail, e.Seq)
		}
	}
	return parts, trail
}

// refTrail lists the other events about a request (arrival, answer, expiry, drop).
func (b *builder) refTrail(ref string, except int) []int {
	var out []int
	for e := range b.idx.ref(ref) {
		if e.Seq != except && e.Kind != rules.EvOrder {
			out = append(out, e.Seq)
		}
	}
	return out
}

// threatTrail lists the decisive events about a threat.
func (b *builder) threatTrail(threat string) []int {
	if threat == "" {
		return nil
	}
	var out []int
	for e := range b.idx.threat(threat) {
		switch e.Kind {
		case rules.EvFuse, rules.EvPropose, rules.EvOperation, rules.EvDisrupted, rules.EvStruck, rules.EvDeadline, rules.EvLeak:
			out = append(out, e.Seq)
		}
	}
	return out
}

func minus(all, sub []string) []string {
	var out []string
	for _, a := range all {
		if !slices.Contains(sub, a) {
			out = append(out, a)
		}
	}
	return out
}

func round1(x float64) float64 {
	if x < 0 {
		return -round1(-x)
	}
	return float64(int64(x*10+0.5)) / 10
}

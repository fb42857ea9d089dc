package report

import (
	"fmt"
	"slices"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// maxDeciding bounds the events listed behind one expectation.
const maxDeciding = 12

// expectations reports every MSEL expected outcome: met, missed, for the
// evaluator, or never fired, with the events that decided it.
func (b *builder) expectations() []Expectation {
	var out []Expectation
	for i := range b.sc.Injects {
		in := &b.sc.Injects[i]
		if in.Expect == nil {
			continue
		}
		x := Expectation{Inject: in.ID, Title: b.names.inject(in.ID), Expected: b.human.text(in.Expect.Text), Cause: -1, Events: []int{}}
		if in.Expect.Check != nil {
			x.Check = b.condition(in.Expect.Check)
		}
		fired := -1
		for e := range b.idx.ref(in.ID) {
			switch {
			case e.Kind == rules.EvInject && fired < 0:
				fired = e.Seq
				x.Fired = e.Round
				x.Until = in.Expect.Deadline(e.Round)
			case e.Kind == rules.EvExpectation && x.Cause < 0:
				x.Cause, x.Decided = e.Seq, e.Round
				switch {
				case e.Rule == "manual":
					x.Status = ExpectManual
				case e.Truth:
					x.Status = ExpectMet
				default:
					x.Status = ExpectMissed
				}
			}
		}
		switch {
		case fired < 0:
			x.Status = ExpectNotFired
			x.Why = "The inject never fired, so the outcome was not tested."
			out = append(out, x)
			continue
		case x.Cause < 0:
			x.Status = ExpectOpen
			x.Decided = b.last
		}
		key, trail := b.deciding(in, x)
		x.Events = append([]int{fired}, trail...)
		if x.Cause >= 0 {
			x.Events = append(x.Events, x.Cause)
		}
		x.Events = uniqueSorted(x.Events)
		x.Why = b.expectationWhy(in, x, key)
		out = append(out, x)
	}
	return out
}

// deciding returns the key event (-1 if none) and the events that decided
// an expectation, in log order, no later than the round it was judged.
func (b *builder) deciding(in *scenario.Inject, x Expectation) (key int, trail []int) {
	key = -1
	c := in.Expect.Check
	within := func(e rules.Event, from int) bool { return e.Round >= from && e.Round <= x.Decided }
	switch {
	case c == nil:
		// Several deliveries: each item's trail, merged back into log order.
		ds := in.Effect.AllDeliveries()
		for _, d := range ds {
			for e := range b.idx.root(d.Item) {
				if within(e, x.Fired) && e.Kind != rules.EvOrder && (e.Kind != rules.EvDeliver || e.From != "") {
					trail = append(trail, e.Seq)
				}
			}
		}
		if len(ds) > 1 {
			slices.Sort(trail)
			trail = slices.Compact(trail)
		}
	case c.ItemWith != nil || c.ItemMissing != nil:
		it := c.ItemWith
		if it == nil {
			it = c.ItemMissing
		}
		for _, s := range b.itemTrail(it.Item, it.Team) {
			if e, _ := b.event(s); e.Round <= x.Decided {
				trail = append(trail, s)
			}
		}
		if r, s := b.hold.firstReadable(it.Team, it.Item); r > 0 && r <= x.Decided {
			key = s
		}
	case c.ThreatAssessed != nil:
		for e := range b.idx.threat(c.ThreatAssessed.Threat) {
			if e.Kind == rules.EvFuse && e.Round <= x.Decided {
				trail = append(trail, e.Seq)
				if key < 0 && (c.ThreatAssessed.Team == "" || c.ThreatAssessed.Team == e.Team) {
					key = e.Seq
				}
			}
		}
	case c.AssessedCorrectly != nil:
		for e := range b.idx.threat(c.AssessedCorrectly.Threat) {
			if e.Kind == rules.EvFuse && e.Round <= x.Decided {
				trail = append(trail, e.Seq)
				if key < 0 && e.Truth && (c.AssessedCorrectly.Team == "" || c.AssessedCorrectly.Team == e.Team) {
					key = e.Seq
				}
			}
		}
	case c.Verified != nil:
		for e := range b.idx.root(c.Verified.Item) {
			if e.Kind == rules.EvVerify && e.Round <= x.Decided {
				trail = append(trail, e.Seq)
				if key < 0 && (c.Verified.Team == "" || c.Verified.Team == e.Team) {
					key = e.Seq
				}
			}
		}
	case c.ThreatDisrupted != nil:
		for _, s := range b.threatTrail(c.ThreatDisrupted.Threat) {
			e, _ := b.event(s)
			if e.Round > x.Decided {
				continue
			}
			trail = append(trail, s)
			if e.Kind == rules.EvDisrupted || e.Kind == rules.EvStruck {
				key = s
			}
		}
	case c.TrustBelow != nil || c.TrustAtLeast != nil:
		tl := c.TrustBelow
		if tl == nil {
			tl = c.TrustAtLeast
		}
		for e := range b.idx.trustOf(tl.From, tl.To) {
			if within(e, x.Fired) {
				trail = append(trail, e.Seq)
				key = e.Seq
			}
		}
	case c.NoBreach != nil:
		for e := range b.idx.kindOf(rules.EvBreach, c.NoBreach.Team) {
			if within(e, x.Fired) {
				trail = append(trail, e.Seq)
				if key < 0 {
					key = e.Seq
				}
			}
		}
	}
	if len(trail) > maxDeciding {
		trail = trail[len(trail)-maxDeciding:]
	}
	return key, trail
}

// expectationWhy says in one or two sentences why an outcome was met or missed.
func (b *builder) expectationWhy(in *scenario.Inject, x Expectation, key int) string {
	c := in.Expect.Check
	var sb strings.Builder
	switch x.Status {
	case ExpectMet:
		fmt.Fprintf(&sb, "Met in round %d", x.Decided)
	case ExpectMissed:
		fmt.Fprintf(&sb, "Missed by round %d", x.Decided)
	case ExpectManual:
		return fmt.Sprintf("Not machine-checked: the evaluator judges it from the events of rounds %d–%d.", x.Fired, x.Decided)
	default:
		fmt.Fprintf(&sb, "Not judged yet: the record stops in round %d", x.Decided)
	}
	if e, ok := b.event(key); ok {
		what, _ := b.describe(e)
		fmt.Fprintf(&sb, ": %s (round %d, #%d)", what, e.Round, e.Seq)
	}
	sb.WriteString(".")
	if c != nil && c.NoBreach != nil && x.Status == ExpectMet {
		fmt.Fprintf(&sb, " %s committed no caveat breach in rounds %d–%d.", b.names.team(c.NoBreach.Team), x.Fired, x.Decided)
	}
	if x.Status != ExpectMissed || c == nil {
		return sb.String()
	}
	switch {
	case c.ItemWith != nil:
		trail := b.itemTrail(c.ItemWith.Item, c.ItemWith.Team)
		var last rules.Event
		found := false
		for _, s := range trail {
			if e, ok := b.event(s); ok && e.Round <= x.Decided {
				last, found = e, true
			}
		}
		if !found {
			fmt.Fprintf(&sb, " %s was never sent to %s.", b.names.item(c.ItemWith.Item), b.names.team(c.ItemWith.Team))
		} else {
			what, why := b.describe(last)
			fmt.Fprintf(&sb, " Last attempt: %s (round %d, #%d): %s.", what, last.Round, last.Seq, why)
		}
	case c.ThreatAssessed != nil && c.ThreatAssessed.Team != "":
		if lack := b.lacking(c.ThreatAssessed.Team, c.ThreatAssessed.Threat, x.Decided); len(lack) > 0 {
			fmt.Fprintf(&sb, " %s still lacked %s (readable and confirmed).", b.names.team(c.ThreatAssessed.Team), b.names.facets(lack))
		}
	case c.ThreatDisrupted != nil && key < 0:
		sb.WriteString(" No joint operation succeeded in the window.")
	case c.TrustAtLeast != nil || c.TrustBelow != nil:
		tl := c.TrustAtLeast
		if tl == nil {
			tl = c.TrustBelow
		}
		fmt.Fprintf(&sb, " Trust %s → %s stood at %d.", b.names.team(tl.From), b.names.team(tl.To), b.trustAt(tl.From, tl.To, x.Decided))
	}
	return sb.String()
}

// lacking lists the facets of a threat a team could not use by a round.
func (b *builder) lacking(team, threat string, round int) []string {
	th, ok := b.sc.Threat(threat)
	if !ok {
		return nil
	}
	var out []string
	for _, f := range th.Facets {
		have := false
		for _, id := range b.hold.facets[team][f] {
			x := b.hold.by[team][id]
			if x.usable > 0 && x.usable <= round && !x.verifiedFalse {
				have = true
				break
			}
		}
		if !have {
			out = append(out, f)
		}
	}
	return out
}

// trustAt returns trust[from][to] at the end of a round.
func (b *builder) trustAt(from, to string, round int) int {
	v := b.sc.TrustOf(from, to)
	for e := range b.idx.trustOf(from, to) {
		if e.Round > round {
			break
		}
		v = e.Value
	}
	return v
}

// condition describes an inject condition in words, with names.
func (b *builder) condition(c *scenario.Condition) string {
	n := b.names
	switch {
	case c.ThreatAssessed != nil:
		who := "any team"
		if c.ThreatAssessed.Team != "" {
			who = n.team(c.ThreatAssessed.Team)
		}
		return who + " has assessed " + n.threat(c.ThreatAssessed.Threat)
	case c.AssessedCorrectly != nil:
		who := "any team"
		if c.AssessedCorrectly.Team != "" {
			who = n.team(c.AssessedCorrectly.Team)
		}
		return who + " has assessed " + n.threat(c.AssessedCorrectly.Threat) + " correctly"
	case c.Verified != nil:
		who := "any team"
		if c.Verified.Team != "" {
			who = n.team(c.Verified.Team)
		}
		return who + " has verified " + n.item(c.Verified.Item)
	case c.ThreatDisrupted != nil:
		return n.threat(c.ThreatDisrupted.Threat) + " is disrupted"
	case c.ItemWith != nil:
		return n.team(c.ItemWith.Team) + " holds " + n.item(c.ItemWith.Item) + " readable"
	case c.ItemMissing != nil:
		return fmt.Sprintf("%s still lacks %s by round %d", n.team(c.ItemMissing.Team), n.item(c.ItemMissing.Item), c.ItemMissing.By)
	case c.TrustBelow != nil:
		return fmt.Sprintf("trust %s → %s below %d", n.team(c.TrustBelow.From), n.team(c.TrustBelow.To), c.TrustBelow.Value)
	case c.TrustAtLeast != nil:
		return fmt.Sprintf("trust %s → %s at least %d", n.team(c.TrustAtLeast.From), n.team(c.TrustAtLeast.To), c.TrustAtLeast.Value)
	case c.NoBreach != nil:
		return n.team(c.NoBreach.Team) + " commits no caveat breach"
	}
	return ""
}

package scenario

import "strings"

func (v *validator) checkInjects() {
	s := v.s
	v.ids("inject", "injects", len(s.Injects), func(i int) string { return s.Injects[i].ID }, true)
	for i, in := range s.Injects {
		base := p("injects", i)
		at := func(k string) []step { return extend(base, k) }
		v.text(at("text"), in.Text)
		switch name := injectName(i, &in); {
		case in.At == 0 && v.written(at("at")):
			// Also with when: the schema refuses at: 0 too (rounds are 1..N).
			v.errf(at("at"), "inject fires in round 0, outside rounds 1..%d", s.Rounds)
		case in.At == 0 && in.When == nil:
			v.errf(base, "%s needs a round (at: N) or a condition (when: ...)", name)
		case in.At != 0 && in.When != nil:
			v.errf(at("when"), "%s has both at and when; give one", name)
		case in.When == nil && v.outsideRounds(in.At):
			v.errf(at("at"), "inject fires in round %d, outside rounds 1..%d", in.At, s.Rounds)
		}
		if in.When != nil {
			v.condition(at("when"), in.When)
		}
		v.refs(at("to"), "team", in.To, v.teams)
		v.effect(at("effect"), in.Effect)
		if in.Effect.IsEmpty() && strings.TrimSpace(in.Text) == "" {
			v.errf(base, "%s has neither text nor effect; it would do nothing", injectName(i, &in))
		}
		if in.Expect != nil {
			ep := at("expect")
			if strings.TrimSpace(in.Expect.Text) == "" {
				v.errf(ep, "expected outcome needs text for the evaluator")
			}
			v.inRange(append(ep, "within"), "within", in.Expect.Within, 0, 50)
			if in.Expect.By != 0 {
				switch {
				case in.Expect.Within != 0:
					v.errf(append(ep, "by"), "expected outcome has both within and by; give one (by: the round the text names)")
				case v.outsideRounds(in.Expect.By):
					v.errf(append(ep, "by"), "by round %d is outside rounds 1..%d", in.Expect.By, s.Rounds)
				case in.At > 0 && in.Expect.By < in.At:
					v.errf(append(ep, "by"), "by round %d is before the inject fires (round %d)", in.Expect.By, in.At)
				}
			}
			if in.Expect.Check != nil {
				v.condition(append(ep, "check"), in.Expect.Check)
			}
		}
	}
}

// effect checks an inject's effects. Effect holds only comparable fields
// (pointers, slices are compared by the caller through their own checks).
func (v *validator) effect(path []step, e Effect) {
	at := func(k ...step) []step { return extend(path, k...) }
	delivery := func(path []step, d *Delivery) {
		v.ref(extend(path, "item"), "item", d.Item, v.items)
		if len(d.To) == 0 {
			v.errf(path, "deliver needs to: the receiving teams")
		}
		v.refs(extend(path, "to"), "team", d.To, v.teams)
	}
	if d := e.Deliver; d != nil {
		delivery(at("deliver"), d)
	}
	for j := range e.Deliveries {
		delivery(at("deliveries", j), &e.Deliveries[j])
	}
	if o := e.Outage; o != nil {
		switch {
		case o.Channel != "" && len(o.Between) > 0:
			v.errf(at("outage"), "outage names both channel and between; give one")
		case o.Channel != "":
			v.ref(at("outage", "channel"), "channel", o.Channel, v.channels)
		case len(o.Between) == 2:
			switch n := v.linksBetween(o.Between[0], o.Between[1]); {
			case n == 0:
				v.errf(at("outage", "between"), "no link between %q and %q", o.Between[0], o.Between[1])
			case n > 1:
				v.errf(at("outage", "between"), "%d links join %q and %q; name the one that goes down with channel: ID", n, o.Between[0], o.Between[1])
			}
		default:
			v.errf(at("outage"), "outage needs channel: ID or between: [team, team]")
		}
		if o.Rounds < 1 {
			v.errf(at("outage", "rounds"), "outage must last at least 1 round (got %d)", o.Rounds)
		}
	}
	for j, t := range e.Trust {
		v.ref(at("trust", j, "from"), "team", t.From, v.teams)
		v.ref(at("trust", j, "to"), "team", t.To, v.teams)
		v.inRange(at("trust", j, "delta"), "trust delta", t.Delta, -100, 100)
	}
	if l := e.Legal; l != nil {
		v.ref(at("legal", "team"), "team", l.Team, v.teams)
		v.oneOf(at("legal", "personal_data"), "personal_data policy", l.PersonalData, []string{PersonalDataAllowed, PersonalDataNeedsAgreement, PersonalDataForbidden})
		v.refs(at("legal", "add_agreements"), "team", l.AddAgreements, v.teams)
	}
	if a := e.AP; a != nil {
		v.ref(at("ap", "team"), "team", a.Team, v.teams)
		v.inRange(at("ap", "delta"), "ap delta", a.Delta, -20, 20)
		if a.Rounds != 0 {
			v.inRange(at("ap", "rounds"), "ap rounds", a.Rounds, 1, 200)
		}
	}
	if d := e.Deadline; d != nil {
		v.ref(at("deadline", "threat"), "threat", d.Threat, v.threats)
		v.inRange(at("deadline", "delta"), "deadline delta", d.Delta, -20, 20)
	}
	v.text(at("note"), e.Note)
}

// linksBetween counts the links (not databases) joining a and b.
func (v *validator) linksBetween(a, b string) int {
	n := 0
	for _, c := range v.s.Channels {
		if c.Kind != "" && c.Kind != ChannelLink {
			continue
		}
		if len(c.Between) == 2 && ((c.Between[0] == a && c.Between[1] == b) || (c.Between[0] == b && c.Between[1] == a)) {
			n++
		}
	}
	return n
}

// condition checks that exactly one test is set and its references exist.
func (v *validator) condition(path []step, c *Condition) {
	at := func(k ...step) []step { return extend(path, k...) }
	n := 0
	if t := c.ThreatAssessed; t != nil {
		n++
		v.ref(at("threat_assessed", "threat"), "threat", t.Threat, v.threats)
		if t.Team != "" {
			v.ref(at("threat_assessed", "team"), "team", t.Team, v.teams)
		}
	}
	if t := c.AssessedCorrectly; t != nil {
		n++
		v.ref(at("assessed_correctly", "threat"), "threat", t.Threat, v.threats)
		if t.Team != "" {
			v.ref(at("assessed_correctly", "team"), "team", t.Team, v.teams)
		}
	}
	if x := c.Verified; x != nil {
		n++
		v.ref(at("verified", "item"), "item", x.Item, v.items)
		if x.Team != "" {
			v.ref(at("verified", "team"), "team", x.Team, v.teams)
		}
	}
	if t := c.ThreatDisrupted; t != nil {
		n++
		v.ref(at("threat_disrupted", "threat"), "threat", t.Threat, v.threats)
		if t.Team != "" {
			v.ref(at("threat_disrupted", "team"), "team", t.Team, v.teams)
		}
	}
	for _, x := range []struct {
		key string
		it  *ItemTeam
	}{{"item_with", c.ItemWith}, {"item_missing", c.ItemMissing}} {
		if x.it == nil {
			continue
		}
		n++
		v.ref(at(x.key, "item"), "item", x.it.Item, v.items)
		v.ref(at(x.key, "team"), "team", x.it.Team, v.teams)
		// A written by: 0 is a round outside the game, as the schema says,
		// not "no round".
		by := x.it.By != 0 || v.written(at(x.key, "by"))
		if x.key == "item_with" && by {
			v.errf(at(x.key, "by"), "by applies only to item_missing; item_with holds whenever the team has the item (use the inject's at or the expectation's within for timing)")
		} else if by && v.outsideRounds(x.it.By) {
			v.errf(at(x.key, "by"), "round %d is outside rounds 1..%d", x.it.By, v.s.Rounds)
		}
	}
	for _, x := range []struct {
		key string
		tl  *TrustLevel
	}{{"trust_below", c.TrustBelow}, {"trust_at_least", c.TrustAtLeast}} {
		if x.tl == nil {
			continue
		}
		n++
		v.ref(at(x.key, "from"), "team", x.tl.From, v.teams)
		v.ref(at(x.key, "to"), "team", x.tl.To, v.teams)
		v.inRange(at(x.key, "value"), "trust value", x.tl.Value, 0, 100)
	}
	if c.NoBreach != nil {
		n++
		v.ref(at("no_breach", "team"), "team", c.NoBreach.Team, v.teams)
	}
	if n != 1 {
		v.errf(path, "a condition needs exactly one of %s (found %d)", strings.Join(ConditionKeys, ", "), n)
	}
}

package scenario

import "strings"

// isAdmiralty reports whether s is an Admiralty code: a reliability A-F
// and a credibility 1-6 (^[A-F][1-6]$).
func isAdmiralty(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'F' && s[1] >= '1' && s[1] <= '6'
}

func (v *validator) checkThreats() {
	s := v.s
	v.threats = v.ids("threat", "threats", len(s.Threats), func(i int) string { return s.Threats[i].ID }, false)
	for i, th := range s.Threats {
		base := p("threats", i)
		at := func(k string) []step { return extend(base, k) }
		if strings.TrimSpace(th.Name) == "" {
			v.missing(base, "name", "threat %q has no name", th.ID)
		}
		if len(th.Facets) == 0 {
			v.errf(base, "threat %q lists no facets; an assessment needs at least one", th.ID)
		}
		v.text(at("description"), th.Description)
		seen := map[string]bool{}
		for j, f := range th.Facets {
			path := append(at("facets"), j)
			if th.ID != "" && (FacetThreat(f) != th.ID || !strings.Contains(f, ":")) {
				v.errf(path, "facet %q must be written %s:aspect (the threat id, a colon, an aspect)", f, th.ID)
			}
			if seen[f] {
				v.errf(path, "facet %q is listed twice", f)
			}
			seen[f] = true
		}
		if th.Deadline < 1 {
			v.errf(at("deadline"), "deadline must be round 1 or later (got %d)", th.Deadline)
		} else if s.Rounds > 0 && th.Deadline > s.Rounds {
			v.errf(at("deadline"), "deadline %d is after the last round (%d)", th.Deadline, s.Rounds)
		}
		if len(th.Disrupt.Capabilities) == 0 {
			v.errf(at("disrupt"), "threat %q needs disrupt.capabilities: what a joint operation must bring", th.ID)
		}
		for j, c := range th.Disrupt.Capabilities {
			if !v.capabilities[c] {
				if v.full() {
					continue
				}
				v.errf(append(at("disrupt"), "capabilities", j), "no team has capability %q%s", c, hint(c, v.capabilities))
			}
		}
		v.inRange(at("lead_rounds"), "lead_rounds", th.LeadRounds, 0, 20)
		if th.LeakShift != nil {
			v.inRange(at("leak_shift"), "leak_shift", *th.LeakShift, 0, 10)
		}
		if th.Disrupt.MinTeams < 0 {
			v.errf(append(at("disrupt"), "min_teams"), "min_teams must be at least 1 (got %d)", th.Disrupt.MinTeams)
		}
		if th.Disrupt.MinTeams > len(s.Teams) && len(s.Teams) > 0 {
			v.errf(append(at("disrupt"), "min_teams"), "min_teams is %d but the scenario has %d teams", th.Disrupt.MinTeams, len(s.Teams))
		}
	}
}

// threatFacets maps every declared facet to true.
func (v *validator) threatFacets() map[string]bool {
	m := map[string]bool{}
	for _, th := range v.s.Threats {
		for _, f := range th.Facets {
			m[f] = true
		}
	}
	return m
}

func (v *validator) checkItems() {
	s := v.s
	v.items = v.ids("item", "items", len(s.Items), func(i int) string { return s.Items[i].ID }, false)
	facets := v.threatFacets()
	delivered := map[string]bool{}
	for _, in := range s.Injects {
		for _, d := range in.Effect.AllDeliveries() {
			delivered[d.Item] = true
		}
	}
	revealed := map[string]bool{}
	for i, it := range s.Items {
		base := p("items", i)
		at := func(k string) []step { return extend(base, k) }
		if strings.TrimSpace(it.Title) == "" {
			v.missing(base, "title", "item %q has no title", it.ID)
		}
		v.text(at("text"), it.Text)
		v.text(at("debrief"), it.Debrief)
		if it.Origin == "" {
			v.missing(base, "origin", "item %q has no origin (the team that produced it)", it.ID)
		} else {
			v.ref(at("origin"), "team", it.Origin, v.teams)
		}
		v.oneOf(at("class"), "class", it.Class, Classifications)
		v.oneOf(append(at("caveats"), "tlp"), "TLP", it.Caveats.TLP, TLPs)
		v.refs(append(at("caveats"), "rel_to"), "team", it.Caveats.RelTo, v.teams)
		if it.Admiralty != "" && !isAdmiralty(it.Admiralty) {
			v.errf(at("admiralty"), "admiralty code %q must be a reliability A-F and a credibility 1-6, e.g. B2", it.Admiralty)
		}
		for j, f := range it.Facets {
			path := append(at("facets"), j)
			if !facets[f] {
				if v.full() {
					continue
				}
				th := FacetThreat(f)
				if v.threats[th] {
					known, _ := s.Threat(th)
					v.errf(path, "facet %q is not one of threat %q's facets (%s)", f, th, strings.Join(known.Facets, ", "))
				} else {
					v.errf(path, "facet %q names unknown threat %q%s", f, th, hint(th, v.threats))
				}
				continue
			}
			if it.IsTrue() {
				revealed[f] = true
			}
		}
		for j, f := range it.TearLine {
			if !contains(it.Facets, f) {
				v.errf(append(at("tear_line"), j), "tear_line keeps facet %q, which the item does not reveal", f)
			}
		}
		if it.Format != "" && !v.formats[it.Format] {
			v.warnf(at("format"), "format %q is spoken by no team; every recipient will need to translate it", it.Format)
		}
		v.refs(at("held_by"), "team", it.HeldBy, v.teams)
		v.itemHolders(i, it)
		if len(it.HeldBy) == 0 && !delivered[it.ID] {
			v.errf(base, "item %q is never available: list its holders in held_by or deliver it with an inject", it.ID)
		}
		for j, n := range it.Need {
			path := append(at("need"), j)
			v.ref(append(path, "team"), "team", n.Team, v.teams)
			if v.outsideRounds(n.By) {
				v.errf(append(path, "by"), "need-by round %d is outside rounds 1..%d", n.By, s.Rounds)
			}
		}
		if len(it.Topics) > 0 && !v.anyMandate(it.Topics) {
			v.warnf(at("topics"), "no team's mandate covers topics %s; nobody needs this item by default", strings.Join(it.Topics, ", "))
		}
	}
	for i, th := range s.Threats {
		for j, f := range th.Facets {
			if facets[f] && !revealed[f] && v.threats[th.ID] {
				v.errf(p("threats", i, "facets", j), "no true item reveals facet %q, so threat %q can never be assessed", f, th.ID)
			}
		}
	}
}

func (v *validator) anyMandate(topics []string) bool {
	for i := range v.s.Teams {
		if v.s.Teams[i].Covers(topics) {
			return true
		}
	}
	return false
}

func (v *validator) checkRules() {
	r := v.s.Rules
	for _, c := range []struct {
		key string
		x   int
	}{
		{"default_trust", r.DefaultTrust}, {"confirm_trust", r.ConfirmTrust},
		{"joint_trust", r.JointTrust}, {"release_trust", r.ReleaseTrust},
	} {
		v.inRange(p("rules", c.key), c.key, c.x, 0, 100)
	}
	if r.RequestExpiry != 0 {
		v.inRange(p("rules", "request_expiry"), "request_expiry", r.RequestExpiry, 1, 20)
	}
	m := r.TrustMoves
	for _, c := range []struct {
		key string
		x   int
	}{
		{"useful_share", m.UsefulShare}, {"false_shared", m.FalseShared}, {"breach", m.Breach}, {"unanswered", m.Unanswered},
		{"liaison", m.Liaison}, {"informal", m.Informal}, {"joint_success", m.JointSuccess}, {"stood_up", m.Stood},
	} {
		v.inRange(p("rules", "trust_moves", c.key), "trust_moves."+c.key, c.x, 0, 50)
	}
	sev := v.s.Scoring.Severity
	for _, c := range []struct {
		key string
		x   int
	}{{"tlp_red", sev.TLPRed}, {"personal_data", sev.PersonalData}, {"insecure_link", sev.InsecureLink}, {"orcon", sev.ORCON}, {"rel_to", sev.RelTo}} {
		v.inRange(p("scoring", "severity", c.key), "severity of "+c.key, c.x, 0, 100)
	}
	for _, kind := range []string{"share", "request", "respond", "sanitise", "verify", "translate", "ask-release", "grant", "fuse", "propose", "commit", "post-liaison", "message"} {
		v.inRange(p("costs", strings.ReplaceAll(kind, "-", "_")), "cost of "+kind, v.s.Costs.Cost(kind), 0, 10)
	}
	if r.LeakChance != nil && !(*r.LeakChance >= 0 && *r.LeakChance <= 1) { // NaN fails too
		v.errf(p("rules", "leak_chance"), "leak_chance is a probability between 0 and 1 (got %g)", *r.LeakChance)
	}
	total := 0.0
	for _, d := range Dimensions {
		w := v.s.Scoring.Weights.Of(d)
		if !(w >= 0 && w <= 10) { // NaN fails too
			v.errf(p("scoring", "weights", d), "weight of %s must be between 0 and 10 (got %g)", d, w)
		}
		total += w
	}
	if total <= 0 {
		v.errf(p("scoring", "weights"), "all scoring weights are zero; at least one dimension must count")
	}
}

// itemHolders checks that the initial holders may hold the item: their
// clearance covers its class (error), and REL TO names them and the
// originator (warnings: legal, but almost always a slip).
func (v *validator) itemHolders(i int, it Item) {
	base := p("items", i)
	rank := ClassRank(it.Class)
	for j, h := range it.HeldBy {
		t, ok := v.s.Team(h)
		if !ok {
			continue
		}
		clear := t.Clearance
		if clear == "" {
			clear = "SECRET"
		}
		if rank > ClassRank(clear) {
			v.errf(extend(base, "held_by", j), "team %q is cleared to %s but holds %q, classified %s", h, clear, it.ID, it.Class)
		}
		if !it.Caveats.RelToAllows(h) {
			v.warnf(extend(base, "held_by", j), "team %q holds %q but is not in its rel_to list", h, it.ID)
		}
	}
	if it.Origin != "" && len(it.Caveats.RelTo) > 0 && !it.Caveats.RelToAllows(it.Origin) && v.teams[it.Origin] {
		v.warnf(extend(base, "caveats", "rel_to"), "rel_to does not name the originator %q", it.Origin)
	}
}

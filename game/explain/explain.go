package explain

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"

	"liaison/game/balance"
	"liaison/game/scenario"
)

// Explanation is what validate --explain prints about one scenario.
type Explanation struct {
	Scenario string
	Rounds   int
	Teams    []TeamNeeds
	Threats  []ThreatTiming
	Links    []TeamLinks
}

// TeamNeeds are the need-to-know pairs of one team.
type TeamNeeds struct {
	Team, Name string
	Needs      []NeedWhy
}

// NeedWhy is one need-to-know pair and why it is there.
type NeedWhy struct {
	Item, Title string
	By          int
	Explicit    bool     // written in the file (need:), not derived
	Topics      []string // the item's topics in the team's mandate (derived needs)
	ByWhy       string   // how the round was chosen (derived needs)
	Rules       []string // balance.Rule… that stand in its way
}

// ThreatTiming is one threat's facets and tightest timing.
type ThreatTiming struct {
	ID, Name string
	Deadline int
	Facets   []FacetInfo
	Best     *Plan // nil: no set of teams can disrupt it
	Why      string
	// FuseBy is each team's earliest round to fuse it ("" when never),
	// in team order.
	FuseBy []TeamRound
}

// FacetInfo is when a facet first exists and who holds it then.
type FacetInfo struct {
	Facet   string
	First   int      // round a true item first reveals it; 0: never
	Holders []string // teams holding such an item that round
	Items   []string // true items revealing it
	False   []string // false items that claim it (red herrings)
}

// TeamRound is a team and a round (0: never).
type TeamRound struct {
	Team  string
	Round int
}

// Plan is the tightest operation against a threat.
type Plan struct {
	Proposer   string
	FuseRound  int // the proposer's fuse
	Propose    int
	Commit     int // the operation's round, when every participant commits
	Teams      []string
	Lead       int      // rounds before the deadline
	TrustNotes []string // pairs whose trust at the start is below joint_trust
}

// TeamLinks are the ways one team reaches each partner.
type TeamLinks struct {
	Team, Name string
	Partners   []PartnerLinks
}

// PartnerLinks are the channels between two teams.
type PartnerLinks struct {
	Team, Name string
	Channels   []ChannelInfo
	Liaison    bool   // a liaison officer is posted between them at the start
	Relay      string // when no direct channel: the shortest relay, e.g. "via a, b"
}

// ChannelInfo describes a channel as a sender sees it.
type ChannelInfo struct {
	ID, Name string
	Latency  int
	Secure   bool
	MaxClass string
	Format   string
	Outages  int // rounds down
}

// ExplicitNeeds reads which items of a scenario file state their needs
// (need:) rather than leaving them to be derived. A file that does not
// parse gives none.
func ExplicitNeeds(data []byte) map[string]bool {
	var f struct {
		Items []struct {
			ID   string `yaml:"id"`
			Need any    `yaml:"need"`
		} `yaml:"items"`
	}
	out := map[string]bool{}
	if err := yaml.Unmarshal(data, &f); err != nil {
		return out
	}
	for _, it := range f.Items {
		if it.Need != nil {
			out[it.ID] = true
		}
	}
	return out
}

// Explain explains a scenario (defaults applied); explicit names the
// items whose needs the file states (ExplicitNeeds).
func Explain(sc *scenario.Scenario, explicit map[string]bool) *Explanation {
	e := &Explanation{Scenario: sc.ID, Rounds: sc.Rounds}
	g := newGraph(sc)
	for _, t := range sc.Teams {
		tn := TeamNeeds{Team: t.ID, Name: t.Name}
		for i := range sc.Items {
			it := &sc.Items[i]
			for _, n := range it.Need {
				if n.Team != t.ID {
					continue
				}
				w := NeedWhy{Item: it.ID, Title: it.Title, By: n.By, Explicit: explicit[it.ID],
					Rules: balance.BlockingRules(sc, it, t.ID)}
				if !w.Explicit {
					w.Topics = covered(&t, it.Topics)
					w.ByWhy = byWhy(sc, it)
				}
				tn.Needs = append(tn.Needs, w)
			}
		}
		e.Teams = append(e.Teams, tn)
	}
	for i := range sc.Threats {
		e.Threats = append(e.Threats, timing(sc, g, &sc.Threats[i]))
	}
	for _, t := range sc.Teams {
		tl := TeamLinks{Team: t.ID, Name: t.Name}
		for _, p := range sc.Teams {
			if p.ID == t.ID {
				continue
			}
			tl.Partners = append(tl.Partners, g.links(t.ID, p.ID))
		}
		e.Links = append(e.Links, tl)
	}
	return e
}

// covered lists the topics of an item in a team's mandate.
func covered(t *scenario.Team, topics []string) []string {
	var out []string
	for _, x := range topics {
		if slices.Contains(t.Mandate, x) {
			out = append(out, x)
		}
	}
	return out
}

// byWhy says how the round of a derived need was chosen (the rule of the
// defaults: the round before the earliest deadline of a threat the item
// informs, else the last round; never before the round after the item
// first appears).
func byWhy(sc *scenario.Scenario, it *scenario.Item) string {
	by, why := sc.Rounds, "the last round (it informs no threat)"
	for _, f := range it.Facets {
		if th, ok := sc.Threat(scenario.FacetThreat(f)); ok && th.Deadline-1 < by {
			by = th.Deadline - 1
			why = "the round before " + th.ID + "'s deadline in round " + itoa(th.Deadline)
		}
	}
	if first := scenario.FirstAvailable(sc, it.ID); first+1 > by {
		return "the round after it first appears (round " + itoa(first) + ")"
	}
	return why
}

// timing finds a threat's facets and its tightest operation.
func timing(sc *scenario.Scenario, g *graph, th *scenario.Threat) ThreatTiming {
	tt := ThreatTiming{ID: th.ID, Name: th.Name, Deadline: th.Deadline}
	for _, f := range th.Facets {
		fi := FacetInfo{Facet: f}
		for i := range sc.Items {
			it := &sc.Items[i]
			if !slices.Contains(it.Facets, f) {
				continue
			}
			if !it.IsTrue() {
				fi.False = append(fi.False, it.ID)
				continue
			}
			fi.Items = append(fi.Items, it.ID)
			for h, r := range g.firstHeld(it) {
				switch {
				case fi.First == 0 || r < fi.First:
					fi.First, fi.Holders = r, []string{h}
				case r == fi.First && !slices.Contains(fi.Holders, h):
					fi.Holders = append(fi.Holders, h)
				}
			}
		}
		sort.Strings(fi.Holders)
		tt.Facets = append(tt.Facets, fi)
	}
	fuse := map[string]int{}
	for _, t := range sc.Teams {
		r := g.fuseRound(sc, th, t.ID)
		tt.FuseBy = append(tt.FuseBy, TeamRound{Team: t.ID, Round: r})
		if r > 0 {
			fuse[t.ID] = r
		}
	}
	tt.Best, tt.Why = bestPlan(sc, th, fuse)
	return tt
}

// bestPlan searches the sets of teams that can fuse the threat for the
// operation with the earliest round (then the fewest teams).
func bestPlan(sc *scenario.Scenario, th *scenario.Threat, fuse map[string]int) (*Plan, string) {
	var teams []string
	for _, t := range sc.Teams {
		if fuse[t.ID] > 0 {
			teams = append(teams, t.ID)
		}
	}
	if len(teams) == 0 {
		return nil, "no team can hold every facet"
	}
	if len(teams) > 16 {
		teams = teams[:16] // a bound on the search; real exercises have far fewer teams
	}
	need := max(th.Disrupt.MinTeams, 1)
	var best *Plan
	for mask := 1; mask < 1<<len(teams); mask++ {
		var set []string
		for i, t := range teams {
			if mask&(1<<i) != 0 {
				set = append(set, t)
			}
		}
		if len(set) < need || !capable(sc, th, set) {
			continue
		}
		proposer, first, last := set[0], fuse[set[0]], 0
		for _, t := range set {
			if fuse[t] < first {
				proposer, first = t, fuse[t]
			}
			last = max(last, fuse[t])
		}
		// The proposer proposes the round after its assessment, for a
		// later round; everyone else must have assessed by then.
		at := max(first+2, last)
		p := &Plan{Proposer: proposer, FuseRound: first, Propose: first + 1, Commit: at, Teams: set, Lead: th.Deadline - at}
		if best == nil || p.Commit < best.Commit || (p.Commit == best.Commit && len(p.Teams) < len(best.Teams)) {
			best = p
		}
	}
	if best == nil {
		return nil, "the teams that can assess it lack the capabilities or number (" + strings.Join(th.Disrupt.Capabilities, ", ") +
			"; at least " + itoa(need) + " teams)"
	}
	for i, a := range best.Teams {
		for _, b := range best.Teams[i+1:] {
			if ab, ba := sc.TrustOf(a, b), sc.TrustOf(b, a); ab < sc.Rules.JointTrust || ba < sc.Rules.JointTrust {
				best.TrustNotes = append(best.TrustNotes, a+"/"+b+" trust "+itoa(ab)+"/"+itoa(ba)+" is below joint_trust "+itoa(sc.Rules.JointTrust))
			}
		}
	}
	if best.Commit > th.Deadline {
		return best, "even at best the operation comes after the deadline"
	}
	return best, ""
}

// capable reports whether a set of teams brings every capability.
func capable(sc *scenario.Scenario, th *scenario.Threat, set []string) bool {
	for _, c := range th.Disrupt.Capabilities {
		if !slices.ContainsFunc(set, func(id string) bool {
			t, ok := sc.Team(id)
			return ok && t.HasCapability(c)
		}) {
			return false
		}
	}
	return true
}

func itoa(n int) string { return strconv.Itoa(n) }

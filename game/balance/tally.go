package balance

import (
	"fmt"
	"slices"
	"strings"

	"liaison/game/scenario"
)

// Tally is the mergeable state of the balance analysis for one seat mix:
// counts only, over Games games. Its slices follow the scenario's order.
type Tally struct {
	Games    int            `json:"games"`
	Threats  []ThreatTally  `json:"threats"`
	Outcomes []OutcomeTally `json:"outcomes"`
	Needs    []NeedTally    `json:"needs"`
	Items    []ItemTally    `json:"items"`
}

// ThreatTally counts one threat's fate.
type ThreatTally struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Deadline  int    `json:"deadline"`
	Disrupted int    `json:"disrupted"` // games in which it was disrupted
	Struck    int    `json:"struck"`    // games in which it struck
	LeadSum   int    `json:"lead_sum"`  // lead rounds summed over the disrupted games
	LeadMin   int    `json:"lead_min"`
	LeadMax   int    `json:"lead_max"`
	Leaks     int    `json:"leaks"`      // leaks about it, over all games
	Shifted   int    `json:"shifted"`    // games in which a leak moved its deadline
	ShiftSum  int    `json:"shift_sum"`  // rounds its deadline moved, summed (negative: earlier)
	WrongFuse int    `json:"wrong_fuse"` // games in which a team fused it on a false facet
	Failed    int    `json:"failed_ops"` // operations against it that failed
	// FailReasons counts, per reason an operation failed, the games in
	// which an operation failed for it.
	FailReasons map[string]int `json:"fail_reasons"`
	// NeverFormed counts, per stage, the games in which it was not
	// disrupted and no operation against it was ever evaluated.
	NeverFormed map[string]int `json:"never_formed"`
}

// OutcomeTally counts one expected outcome (an inject's expect).
type OutcomeTally struct {
	Inject string `json:"inject"`
	Text   string `json:"text"`
	Manual bool   `json:"manual,omitempty"` // no machine check: judged by the evaluator
	Judged int    `json:"judged"`           // games in which it was judged (its inject fired)
	Met    int    `json:"met"`
}

// NeedTally counts one need-to-know pair: Team needs Item by round By.
type NeedTally struct {
	Item      string `json:"item"`
	ItemTitle string `json:"item_title"`
	Team      string `json:"team"`
	TeamName  string `json:"team_name"`
	By        int    `json:"by"`
	// Rules are the scenario's rules that stand between the item's
	// possible holders and the team (RuleClearance, …), most blocking first.
	Rules      []string `json:"rules,omitempty"`
	Due        int      `json:"due"`        // games that reached round By
	InTime     int      `json:"in_time"`    // of those, games the team could read it by round By
	Late       int      `json:"late"`       // ... could read it only after round By
	Unreadable int      `json:"unreadable"` // ... never could, but received an unreadable copy
}

// ItemTally counts how often an item reached a team beyond the teams that
// hold it at the start (by a share or an inject).
type ItemTally struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	HeldBy  []string `json:"held_by,omitempty"` // teams holding it at the start
	Reached int      `json:"reached"`           // games in which it reached another team
}

// Blocking rules of a need-to-know pair (NeedTally.Rules).
const (
	RuleClearance    = "clearance"     // the item is above the team's clearance
	RuleRelTo        = "rel_to"        // REL TO leaves the team out
	RulePersonalData = "personal_data" // the team's law forbids the item's personal data
	RuleFormat       = "format"        // the team cannot read the item's format without translating
	RuleNoChannel    = "no_channel"    // no channel joins the team to a possible holder
)

// NewTally starts an empty tally for a scenario (defaults applied).
func NewTally(sc *scenario.Scenario) *Tally {
	t := &Tally{Threats: []ThreatTally{}, Outcomes: []OutcomeTally{}, Needs: []NeedTally{}, Items: []ItemTally{}}
	for _, th := range sc.Threats {
		t.Threats = append(t.Threats, ThreatTally{ID: th.ID, Name: th.Name, Deadline: th.Deadline,
			FailReasons: map[string]int{}, NeverFormed: map[string]int{}})
	}
	for _, in := range sc.Injects {
		if in.Expect == nil {
			continue
		}
		t.Outcomes = append(t.Outcomes, OutcomeTally{Inject: in.ID, Text: in.Expect.Text, Manual: in.Expect.Check == nil})
	}
	for i := range sc.Items {
		it := &sc.Items[i]
		t.Items = append(t.Items, ItemTally{ID: it.ID, Title: it.Title, HeldBy: it.HeldBy})
		for _, n := range it.Need {
			nt := NeedTally{Item: it.ID, ItemTitle: it.Title, Team: n.Team, TeamName: n.Team, By: n.By,
				Rules: BlockingRules(sc, it, n.Team)}
			if tm, ok := sc.Team(n.Team); ok {
				nt.TeamName = tm.Name
			}
			t.Needs = append(t.Needs, nt)
		}
	}
	return t
}

// BlockingRules lists the rules of the scenario that stand between an
// item's possible holders and a team that needs it: the item's
// classification, REL TO and personal data, a format no channel from a
// holder converts, and no channel from a holder at all (relays and
// liaison officers posted later can still carry it).
func BlockingRules(sc *scenario.Scenario, it *scenario.Item, team string) []string {
	tm, ok := sc.Team(team)
	if !ok {
		return nil
	}
	var out []string
	if scenario.ClassRank(it.Class) > scenario.ClassRank(tm.Clearance) {
		out = append(out, RuleClearance)
	}
	if !it.Caveats.RelToAllows(team) {
		out = append(out, RuleRelTo)
	}
	if it.Caveats.PersonalData && !tm.Legal.AllowsPersonalDataFrom(it.Origin) {
		out = append(out, RulePersonalData)
	}
	holders := PossibleHolders(sc, it)
	linked, converts := false, false
	for _, c := range sc.Channels {
		if slices.Contains(c.Between, team) && slices.ContainsFunc(c.Between, func(t string) bool { return t != team && holders[t] }) {
			linked = true
			converts = converts || c.Format == scenario.FormatAuto || (c.Format != "" && tm.Speaks(c.Format))
		}
	}
	for h := range holders {
		if ht, ok := sc.Team(h); ok && (slices.Contains(ht.Liaisons, team) || slices.Contains(tm.Liaisons, h)) {
			linked, converts = true, true // a liaison link converts formats
		}
	}
	if !tm.Speaks(it.Format) && !converts {
		out = append(out, RuleFormat)
	}
	if !linked && !holders[team] {
		out = append(out, RuleNoChannel)
	}
	return out
}

// PossibleHolders are the teams that can hold an item without anyone
// sharing it: its originator, its holders at the start, and the teams an
// inject delivers it to.
func PossibleHolders(sc *scenario.Scenario, it *scenario.Item) map[string]bool {
	h := map[string]bool{}
	if it.Origin != "" {
		h[it.Origin] = true
	}
	for _, t := range it.HeldBy {
		h[t] = true
	}
	for _, in := range sc.Injects {
		for _, d := range in.Effect.AllDeliveries() {
			if d.Item == it.ID {
				for _, t := range d.To {
					h[t] = true
				}
			}
		}
	}
	return h
}

// Merge adds another tally of the same scenario (another share of the
// seeds) into t. It refuses a tally of a different scenario.
func (t *Tally) Merge(o *Tally) error {
	if err := t.sameShape(o); err != nil {
		return err
	}
	t.Games += o.Games
	for i := range t.Threats {
		a, b := &t.Threats[i], &o.Threats[i]
		if b.Disrupted > 0 {
			if a.Disrupted == 0 || b.LeadMin < a.LeadMin {
				a.LeadMin = b.LeadMin
			}
			if a.Disrupted == 0 || b.LeadMax > a.LeadMax {
				a.LeadMax = b.LeadMax
			}
		}
		a.Disrupted += b.Disrupted
		a.Struck += b.Struck
		a.LeadSum += b.LeadSum
		a.Leaks += b.Leaks
		a.Shifted += b.Shifted
		a.ShiftSum += b.ShiftSum
		a.WrongFuse += b.WrongFuse
		a.Failed += b.Failed
		addCounts(&a.FailReasons, b.FailReasons)
		addCounts(&a.NeverFormed, b.NeverFormed)
	}
	for i := range t.Outcomes {
		t.Outcomes[i].Judged += o.Outcomes[i].Judged
		t.Outcomes[i].Met += o.Outcomes[i].Met
	}
	for i := range t.Needs {
		a, b := &t.Needs[i], &o.Needs[i]
		a.Due += b.Due
		a.InTime += b.InTime
		a.Late += b.Late
		a.Unreadable += b.Unreadable
	}
	for i := range t.Items {
		t.Items[i].Reached += o.Items[i].Reached
	}
	return nil
}

func addCounts(dst *map[string]int, src map[string]int) {
	if *dst == nil {
		*dst = map[string]int{}
	}
	for k, v := range src {
		(*dst)[k] += v
	}
}

// sameShape reports whether two tallies count the same threats, outcomes,
// needs and items.
func (t *Tally) sameShape(o *Tally) error {
	if len(t.Threats) != len(o.Threats) || len(t.Outcomes) != len(o.Outcomes) ||
		len(t.Needs) != len(o.Needs) || len(t.Items) != len(o.Items) {
		return fmt.Errorf("balance tallies of different scenarios: %d/%d threats, %d/%d outcomes, %d/%d need pairs, %d/%d items",
			len(t.Threats), len(o.Threats), len(t.Outcomes), len(o.Outcomes), len(t.Needs), len(o.Needs), len(t.Items), len(o.Items))
	}
	var diff []string
	for i := range t.Threats {
		if t.Threats[i].ID != o.Threats[i].ID {
			diff = append(diff, "threat "+t.Threats[i].ID+" vs "+o.Threats[i].ID)
		}
	}
	for i := range t.Outcomes {
		if t.Outcomes[i].Inject != o.Outcomes[i].Inject {
			diff = append(diff, "outcome of inject "+t.Outcomes[i].Inject+" vs "+o.Outcomes[i].Inject)
		}
	}
	for i := range t.Needs {
		a, b := &t.Needs[i], &o.Needs[i]
		if a.Item != b.Item || a.Team != b.Team || a.By != b.By {
			diff = append(diff, fmt.Sprintf("need %s→%s vs %s→%s", a.Item, a.Team, b.Item, b.Team))
		}
	}
	for i := range t.Items {
		if t.Items[i].ID != o.Items[i].ID {
			diff = append(diff, "item "+t.Items[i].ID+" vs "+o.Items[i].ID)
		}
	}
	if len(diff) > 0 {
		return fmt.Errorf("balance tallies of different scenarios: %s", strings.Join(diff[:min(3, len(diff))], "; "))
	}
	return nil
}

// Empty returns a tally of the same scenario as t with no games.
func (t *Tally) Empty() *Tally {
	e := &Tally{Threats: make([]ThreatTally, len(t.Threats)), Outcomes: make([]OutcomeTally, len(t.Outcomes)),
		Needs: make([]NeedTally, len(t.Needs)), Items: make([]ItemTally, len(t.Items))}
	for i, th := range t.Threats {
		e.Threats[i] = ThreatTally{ID: th.ID, Name: th.Name, Deadline: th.Deadline,
			FailReasons: map[string]int{}, NeverFormed: map[string]int{}}
	}
	for i, o := range t.Outcomes {
		e.Outcomes[i] = OutcomeTally{Inject: o.Inject, Text: o.Text, Manual: o.Manual}
	}
	for i, n := range t.Needs {
		e.Needs[i] = NeedTally{Item: n.Item, ItemTitle: n.ItemTitle, Team: n.Team, TeamName: n.TeamName, By: n.By, Rules: n.Rules}
	}
	for i, it := range t.Items {
		e.Items[i] = ItemTally{ID: it.ID, Title: it.Title, HeldBy: it.HeldBy}
	}
	return e
}

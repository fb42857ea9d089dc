package report

import (
	"fmt"
	"slices"
	"sort"
)

// topBehaviours is how many strengths and weaknesses the AAR names.
const topBehaviours = 3

// lossTitles names the behaviour behind each (dimension, rule) of a loss.
var lossTitles = map[string]string{
	"reach/need_to_know":               "Needed intelligence arrived late or never",
	"compliance/" + "tlp":              "TLP RED or AMBER+STRICT material passed on",
	"compliance/personal_data":         "Personal data sent without a legal basis",
	"compliance/insecure_link":         "Classified material over an unfit channel",
	"compliance/orcon":                 "ORCON material passed on without release",
	"compliance/rel_to":                "Material sent outside its REL TO list",
	"trust/unanswered":                 "Trust lost over unanswered requests",
	"trust/breach":                     "Trust lost over caveat breaches",
	"trust/false_shared":               "Trust lost by passing on false reports",
	"trust/informal":                   "Trust lost over informal requests",
	"trust/stood_up":                   "Trust lost by standing partners up",
	"trust/inject":                     "Trust shocks from the scenario",
	"synchronisation/not_synchronised": "Partners missing from joint operations",
	"synchronisation/mistimed":         "Commitments made outside the operation's round",
	"responsiveness/slow_answer":       "Requests answered late or never",
	"outcome/struck":                   "Plots struck undisrupted",
	"outcome/unresolved":               "Plots left unresolved at the end",
	"outcome/late_disruption":          "Disruptions with too little lead time",
	"discipline/over_share":            "Over-sharing to teams with no need to know",
	"discipline/dropped":               "Traffic dropped on overloaded channels",
	"discipline/idle_ap":               "Action points left unused",
}

// lossGroup gathers the losses of one behaviour.
type lossGroup struct {
	key, dim, rule string
	impact         float64
	losses         []Loss
}

// groupLosses groups a card's losses by dimension and rule, largest total
// impact first (ties: dimension order, then rule).
func groupLosses(c Card, byActor bool) []*lossGroup {
	var groups []*lossGroup
	idx := map[string]*lossGroup{}
	for _, d := range c.Dims {
		for _, l := range d.Losses {
			key := d.Name + "/" + l.Rule
			if byActor {
				key += "/" + fmt.Sprint(l.Actors)
			}
			g, ok := idx[key]
			if !ok {
				g = &lossGroup{key: key, dim: d.Name, rule: l.Rule}
				idx[key] = g
				groups = append(groups, g)
			}
			g.impact += l.Impact
			g.losses = append(g.losses, l)
		}
	}
	sort.SliceStable(groups, func(i, j int) bool { return round1(groups[i].impact) > round1(groups[j].impact) })
	return groups
}

// weaknesses are the behaviours that cost the coalition's total the most.
func (b *builder) weaknesses(c Card) []Behaviour {
	out := []Behaviour{}
	for _, g := range groupLosses(c, false) {
		if len(out) == topBehaviours || g.impact <= 0 {
			break
		}
		bh := Behaviour{ID: g.dim + "/" + g.rule, Title: lossTitle(g.dim, g.rule), Dimension: g.dim,
			Points: round1(g.impact), Count: len(g.losses)}
		var actors []string
		var events []int
		biggest := g.losses[0]
		for _, l := range g.losses {
			actors = append(actors, l.Actors...)
			bh.Rounds = append(bh.Rounds, l.Round)
			events = append(events, lossEvents(l)...)
			if l.Impact > biggest.Impact {
				biggest = l
			}
		}
		bh.Teams = b.inFileOrder(actors)
		bh.Rounds = uniqueSorted(bh.Rounds)
		bh.Events = uniqueSorted(events)
		bh.Summary = fmt.Sprintf("%d %s costing %.1f points of the coalition's total; the largest: %s.",
			len(g.losses), plural(len(g.losses), "case", "cases"), bh.Points, biggest.Text)
		out = append(out, bh)
	}
	return out
}

func lossTitle(dim, rule string) string {
	if t, ok := lossTitles[dim+"/"+rule]; ok {
		return t
	}
	return DimensionLabel(dim) + ": " + rule
}

// lossEvents are the events a loss points at: its cause and related events.
func lossEvents(l Loss) []int {
	var out []int
	if l.Cause >= 0 {
		out = append(out, l.Cause)
	}
	return append(out, l.Related...)
}

// inFileOrder returns the distinct team ids among ids, in scenario order.
func (b *builder) inFileOrder(ids []string) []string {
	out := []string{}
	for _, t := range b.sc.Teams {
		if slices.Contains(ids, t.ID) {
			out = append(out, t.ID)
		}
	}
	return out
}

func uniqueSorted(xs []int) []int {
	out := append([]int{}, xs...)
	slices.Sort(out)
	return slices.Compact(out)
}

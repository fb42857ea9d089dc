package report

import (
	"fmt"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
)

// names turns the ids in events into what an instructor reads.
type names struct {
	sc *scenario.Scenario
	// reqs and ops are the events that made each request (EvRequest) and
	// joint operation (EvPropose), by id: a request or an operation is
	// told by what was asked or proposed, never by its id.
	reqs map[string]rules.Event
	ops  map[string]rules.Event
}

// newNames indexes the requests and operations of a game's events.
func newNames(sc *scenario.Scenario, idx *eventIndex) names {
	n := names{sc: sc, reqs: map[string]rules.Event{}, ops: map[string]rules.Event{}}
	for e := range idx.kind(rules.EvRequest) {
		n.reqs[e.Ref] = e
	}
	for e := range idx.kind(rules.EvPropose) {
		n.ops[e.Ref] = e
	}
	return n
}

// team returns a team's display name ("the coalition" for the coalition).
func (n names) team(id string) string {
	if id == score.Coalition {
		return "the coalition"
	}
	if t, ok := n.sc.Team(id); ok && t.Name != "" {
		return t.Name
	}
	return id
}

// teams joins team names: "A", "A and B", "A, B and C".
func (n names) teams(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = n.team(id)
	}
	return joinAnd(out)
}

// item returns an item's title in quotes, marking sanitised copies.
func (n names) item(id string) string {
	root := rules.RootID(id)
	title := id
	if it, ok := n.sc.Item(root); ok && it.Title != "" {
		title = it.Title
	}
	if root != id {
		title += " (sanitised)"
	}
	return "“" + title + "”"
}

// threat returns a threat's name.
func (n names) threat(id string) string {
	if th, ok := n.sc.Threat(id); ok && th.Name != "" {
		return th.Name
	}
	return id
}

// channel returns a channel's name; liaison links read as such.
func (n names) channel(id string) string {
	if c, ok := n.sc.Channel(id); ok && c.Name != "" {
		return c.Name
	}
	if rest, ok := strings.CutPrefix(id, "liaison:"); ok {
		if from, to, ok := strings.Cut(rest, ">"); ok {
			return "the liaison link of " + n.team(from) + " at " + n.team(to)
		}
	}
	return id
}

// facet names a facet of a threat: the “who” of The Lantern consignment.
func (n names) facet(id string) string {
	th, f, ok := strings.Cut(id, ":")
	if !ok {
		return "a facet"
	}
	return "the “" + f + "” of " + n.threat(th)
}

// facetName is the facet's own word, without its threat: "who".
func facetName(id string) string {
	if _, f, ok := strings.Cut(id, ":"); ok {
		return f
	}
	return id
}

// facets names several facets: "the “who” of X and the “when” of X".
func (n names) facets(ids []string) string {
	if len(ids) == 0 {
		return "no facet"
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = n.facet(id)
	}
	return joinAnd(out)
}

// subject says what a request or message is about.
func (n names) subject(e rules.Event) string {
	switch {
	case e.Facet != "":
		return n.facet(e.Facet)
	case e.Item != "":
		return n.item(e.Item)
	case e.Threat != "":
		return n.threat(e.Threat)
	}
	return "information"
}

// request describes a request by who asked for what, and when:
// "Nordvik Security Service's request of round 7 for the “where” of …".
func (n names) request(ref string) string {
	q, ok := n.reqs[ref]
	if !ok {
		return "a request"
	}
	return fmt.Sprintf("%s request of round %d for %s", possessive(n.team(q.Team)), q.Round, n.subject(q))
}

// operation describes a joint operation by its proposer, threat and round:
// "Aurelian Federal Investigation Bureau's joint operation against Quiet
// Ledger's ticketing attack for round 11" (two teams may propose on one
// threat for one round; the proposer tells them apart).
func (n names) operation(ref string) string {
	if p, ok := n.ops[ref]; ok {
		return possessive(n.team(p.Team)) + " " + n.jointOp(p)
	}
	return "a joint operation"
}

// jointOp words a proposal (EvPropose) without its proposer: "joint
// operation against Quiet Ledger's ticketing attack for round 11".
func (n names) jointOp(p rules.Event) string {
	return fmt.Sprintf("joint operation against %s for round %d", n.threat(p.Threat), p.Value)
}

// inject returns an inject's title (or id).
func (n names) inject(id string) string {
	for i := range n.sc.Injects {
		if n.sc.Injects[i].ID == id {
			if n.sc.Injects[i].Title != "" {
				return n.sc.Injects[i].Title
			}
			break
		}
	}
	return id
}

// dimension labels, in scoring order.
var dimLabels = map[string]string{
	"reach":           "Reach & timeliness",
	"compliance":      "Compliance",
	"trust":           "Trust",
	"synchronisation": "Synchronisation",
	"responsiveness":  "Responsiveness",
	"outcome":         "Outcome",
	"discipline":      "Discipline",
}

// DimensionLabel returns the display label of a scoring dimension.
func DimensionLabel(dim string) string {
	if l, ok := dimLabels[dim]; ok {
		return l
	}
	return dim
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// possessive adds 's, or just ' after a final s ("Customs'").
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

package report

import (
	"strings"

	"liaison/game/scenario"
	"liaison/game/score"
)

// names turns the ids in events into what an instructor reads.
type names struct {
	sc *scenario.Scenario
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
	root := score.Root(id)
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

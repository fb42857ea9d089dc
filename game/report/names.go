package report

import (
	"strings"

	"liaison/game/rules"
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

// humanizer rewrites engine and scoring texts for readers: item ids become
// titles, channel and team ids become names. Only ids with a hyphen are
// rewritten, so that an id that is also a plain word ("harbour") never
// changes prose.
type humanizer map[string]string

func newHumanizer(n names) humanizer {
	h := humanizer{}
	for _, c := range n.sc.Channels {
		h[c.ID] = n.channel(c.ID)
	}
	for _, a := range n.sc.Teams {
		h[a.ID] = n.team(a.ID)
		for _, b := range n.sc.Teams {
			if a.ID != b.ID {
				id := "liaison:" + a.ID + ">" + b.ID
				h[id] = n.channel(id)
			}
		}
	}
	for _, it := range n.sc.Items {
		h[it.ID] = n.item(it.ID)
		h[rules.SanitisedID(it.ID)] = n.item(rules.SanitisedID(it.ID))
	}
	for id := range h {
		if !strings.ContainsAny(id, "-~") {
			delete(h, id)
		}
	}
	return h
}

// text rewrites, in one pass, every whole token of s that is an id (a
// quoted id loses its quotes: the title brings its own).
func (h humanizer) text(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if !idByte(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && idByte(s[j]) {
			j++
		}
		tok := s[i:j]
		core := strings.TrimRight(tok, ":>-")
		name, ok := h[core]
		if !ok {
			b.WriteString(tok)
			i = j
			continue
		}
		if i > 0 && s[i-1] == '"' && j-(len(tok)-len(core)) < len(s) && s[j-(len(tok)-len(core))] == '"' && strings.HasPrefix(name, "“") {
			out := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(out, `"`))
			b.WriteString(name)
			i = j - (len(tok) - len(core)) + 1
			continue
		}
		b.WriteString(name)
		b.WriteString(tok[len(core):])
		i = j
	}
	return b.String()
}

func idByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '~' || c == '>' || c == ':' || c == '_'
}

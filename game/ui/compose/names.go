package compose

import (
	"slices"
	"strconv"
	"strings"

	"liaison/game/rules"
)

// Namer turns the ids in a view into the words a player reads: team short
// names, card titles, threat names, facets as "where (unknown plot)",
// channel names. Ids never reach the screen through it; an unknown id is
// returned as it is.
type Namer struct {
	v     *rules.View
	short map[string]string
	repl  *strings.Replacer
}

// NewNamer builds a Namer for a view.
func NewNamer(v *rules.View) *Namer { return &Namer{v: v, short: rules.ShortNames(v.Teams)} }

// Team is a team's short name.
func (n *Namer) Team(id string) string {
	if s, ok := n.short[id]; ok {
		return s
	}
	return id
}

// Item is a card's title.
func (n *Namer) Item(id string) string {
	for i := range n.v.Items {
		if n.v.Items[i].ID == id {
			return n.v.Items[i].Title
		}
	}
	return id
}

// Threat is a threat's name as the team knows it ("unknown plot" before
// it is assessed).
func (n *Namer) Threat(id string) string {
	for i := range n.v.Threats {
		if n.v.Threats[i].ID == id {
			return n.v.Threats[i].Name
		}
	}
	return "unknown plot"
}

// Facet is a facet id "threat:aspect" in words: "where (unknown plot)".
func (n *Namer) Facet(id string) string {
	th, aspect, ok := strings.Cut(id, ":")
	if !ok {
		return id
	}
	return aspect + " (" + n.Threat(th) + ")"
}

// Channel is a channel's name ("liaison officer" for a liaison link).
func (n *Namer) Channel(id string) string {
	for i := range n.v.Channels {
		c := &n.v.Channels[i]
		if c.ID == id {
			if c.Kind == "liaison" {
				return "the liaison officer's link"
			}
			if c.Name != "" {
				return c.Name
			}
		}
	}
	return id
}

// Request describes a request: "Estrel's request for where (unknown plot)".
func (n *Namer) Request(id string) string {
	for _, r := range n.v.Requests {
		if r.ID != id {
			continue
		}
		who := n.Team(r.From) + "'s request"
		if r.From == n.v.Team {
			who = "your request to " + n.Team(r.To)
		}
		return who + " for " + n.subject(r.Facet, r.Threat, r.Item)
	}
	return "the request"
}

// subject names what a request is about.
func (n *Namer) subject(facet, threat, item string) string {
	switch {
	case facet != "":
		return n.Facet(facet)
	case threat != "":
		return n.Threat(threat)
	case item != "":
		return n.Item(item)
	}
	return "intelligence"
}

// Subject names what a request is about (exported for the board's rows).
func (n *Namer) Subject(facet, threat, item string) string { return n.subject(facet, threat, item) }

// Operation describes an operation: "the operation on Lantern Network in round 5".
func (n *Namer) Operation(id string) string {
	for _, op := range n.v.Operations {
		if op.ID == id {
			return "the operation on " + n.Threat(op.Threat) + " in round " + itoa(op.Round)
		}
	}
	return "the operation"
}

// Humanize replaces the ids in an engine message (a refusal reason) by
// names, and mends the grammar of "you has".
func (n *Namer) Humanize(s string) string {
	if n.repl == nil {
		var pairs []string
		add := func(id, name string) {
			if id != "" && id != name {
				pairs = append(pairs, id, name)
			}
		}
		for _, r := range n.v.Requests {
			add(r.ID, n.Request(r.ID))
		}
		for _, op := range n.v.Operations {
			add(op.ID, n.Operation(op.ID))
		}
		for _, th := range n.v.Threats {
			for _, f := range th.Facets {
				add(f, n.Facet(f))
			}
		}
		for _, t := range n.v.Teams {
			add(t.ID, n.Team(t.ID))
		}
		for _, it := range n.v.Items {
			add(it.ID, n.Item(it.ID))
		}
		for _, c := range n.v.Channels {
			add(c.ID, n.Channel(c.ID))
		}
		for _, th := range n.v.Threats {
			add(th.ID, n.Threat(th.ID))
		}
		// Longest ids first, so "crew-list~s" is not caught by "crew-list".
		type pair struct{ id, name string }
		ps := make([]pair, 0, len(pairs)/2)
		for i := 0; i < len(pairs); i += 2 {
			ps = append(ps, pair{pairs[i], pairs[i+1]})
		}
		slices.SortStableFunc(ps, func(a, b pair) int { return len(b.id) - len(a.id) })
		args := []string{"you has ", "you have "}
		for _, p := range ps {
			args = append(args, p.id, p.name)
		}
		n.repl = strings.NewReplacer(args...)
	}
	return n.repl.Replace(s)
}

func itoa(n int) string { return strconv.Itoa(n) }

package report

import (
	"liaison/game/scenario"
)

// knowledge builds the "who knew what when" matrix: for every threat facet
// and team, the round the team first held it readable from a true item, the
// round it could use it (readable and confirmed), and the round it was
// needed by (the earliest need of any true item revealing the facet). A
// need falling after the last round played is not due.
func knowledge(n names, h *holdings, last int) Knowledge {
	sc := n.sc
	k := Knowledge{Teams: make([]string, len(sc.Teams))}
	for i, t := range sc.Teams {
		k.Teams[i] = t.ID
	}
	// the true items revealing each facet, in file order
	revealing := map[string][]*scenario.Item{}
	for i := range sc.Items {
		it := &sc.Items[i]
		if !it.IsTrue() {
			continue
		}
		for _, f := range it.Facets {
			if l := revealing[f]; len(l) == 0 || l[len(l)-1] != it {
				revealing[f] = append(l, it)
			}
		}
	}
	for _, th := range sc.Threats {
		for _, f := range th.Facets {
			row := KnowledgeRow{Facet: f, Threat: th.ID, Label: n.threat(th.ID) + ": " + facetName(f)}
			for _, t := range sc.Teams {
				c := knowledgeCell(sc, h, revealing[f], f, t.ID, last)
				if c.Misled != "" {
					c.MisledBy = n.item(c.Misled)
				}
				row.Cells = append(row.Cells, c)
			}
			k.Rows = append(k.Rows, row)
		}
	}
	return k
}

// knowledgeCell fills one cell from the true items revealing the facet and
// the team's holdings of the facet.
func knowledgeCell(sc *scenario.Scenario, h *holdings, revealing []*scenario.Item, facet, team string, last int) KnowledgeCell {
	c := KnowledgeCell{Cause: -1}
	for _, it := range revealing {
		for _, n := range it.Need {
			if n.Team == team && (c.Needed == 0 || n.By < c.Needed) {
				c.Needed = n.By
			}
		}
	}
	for _, id := range h.facets[team][facet] {
		x := h.by[team][id]
		if !x.readable {
			continue
		}
		if !itemTrue(sc, id) {
			if c.Misled == "" {
				c.Misled = id
			}
			continue
		}
		if c.Learned == 0 || x.readRound < c.Learned {
			c.Learned, c.Item, c.Cause = x.readRound, id, x.readSeq
		}
		if x.usable > 0 && (c.Usable == 0 || x.usable < c.Usable) {
			c.Usable = x.usable
		}
	}
	switch {
	case c.Needed > last && c.Learned == 0:
		c.Status = KnewNotDue
	case c.Needed > 0 && c.Learned == 0:
		c.Status = KnewNever
	case c.Needed > 0 && c.Learned <= c.Needed:
		c.Status = KnewInTime
	case c.Needed > 0:
		c.Status = KnewLate
	case c.Learned > 0:
		c.Status = KnewExtra
	default:
		c.Status = KnewNothing
	}
	return c
}

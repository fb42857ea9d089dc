package report

import (
	"iter"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// holding is what the log says about one item (or sanitised copy) in one
// team's inbox: when it became readable, confirmed and usable.
type holding struct {
	readable, confirmed bool
	readRound, readSeq  int // first round (and event) it was readable; 0 / -1 if never
	usable              int // first round readable and confirmed; 0 if never
	verifiedFalse       bool
}

// holdings replays the inbox-changing events (deliver, translate, verify,
// sanitise) to know when each team could read each item.
type holdings struct {
	sc *scenario.Scenario
	by map[string]map[string]*holding // team → item id → holding
	// items in the order a team first held them, for stable iteration.
	order map[string][]string
	// copies lists, per team and root item, the ids of the root and its
	// sanitised copies the team held, in the order it first held them, so
	// a lookup reads one item's copies rather than the whole inbox.
	copies map[string]map[string][]string
	// facets lists, per team and facet, the ids the team held that reveal
	// the facet, in the order it first held them (built by indexFacets).
	facets map[string]map[string][]string
}

func newHoldings(sc *scenario.Scenario, events iter.Seq[rules.Event]) *holdings {
	h := &holdings{sc: sc, by: map[string]map[string]*holding{}, order: map[string][]string{},
		copies: map[string]map[string][]string{}, facets: map[string]map[string][]string{}}
	for _, t := range sc.Teams {
		h.by[t.ID] = map[string]*holding{}
		h.copies[t.ID] = map[string][]string{}
		h.facets[t.ID] = map[string][]string{}
	}
	for e := range events {
		switch e.Kind {
		case rules.EvDeliver:
			h.update(e.Team, e.Item, e.Round, e.Seq, e.Readable, e.Confirmed)
		case rules.EvTranslate:
			h.update(e.Team, e.Item, e.Round, e.Seq, true, false)
		case rules.EvVerify:
			if x := h.get(e.Team, e.Item); x != nil {
				x.verifiedFalse = !e.Truth
			}
			h.update(e.Team, e.Item, e.Round, e.Seq, false, true)
		case rules.EvSanitise:
			src := h.get(e.Team, e.Root)
			if src == nil {
				h.update(e.Team, e.Item, e.Round, e.Seq, true, true)
				continue
			}
			h.update(e.Team, e.Item, e.Round, e.Seq, src.readable, src.confirmed)
		}
	}
	for team, ids := range h.order {
		for _, id := range ids {
			for _, f := range facetsOf(sc, id) {
				if l := h.facets[team][f]; len(l) == 0 || l[len(l)-1] != id {
					h.facets[team][f] = append(l, id)
				}
			}
		}
	}
	return h
}

func (h *holdings) get(team, item string) *holding {
	if m, ok := h.by[team]; ok {
		return m[item]
	}
	return nil
}

// update upgrades a holding: flags only ever turn on.
func (h *holdings) update(team, item string, round, seq int, readable, confirmed bool) {
	m, ok := h.by[team]
	if !ok || item == "" {
		return
	}
	x, ok := m[item]
	if !ok {
		x = &holding{readSeq: -1}
		m[item] = x
		h.order[team] = append(h.order[team], item)
		root := rules.RootID(item)
		h.copies[team][root] = append(h.copies[team][root], item)
	}
	if readable && !x.readable {
		x.readable, x.readRound, x.readSeq = true, round, seq
	}
	if confirmed {
		x.confirmed = true
	}
	if x.usable == 0 && x.readable && x.confirmed {
		x.usable = round
	}
}

// firstReadable returns the first round and event at which the team could
// read any copy of the root item (0, -1 if never).
func (h *holdings) firstReadable(team, root string) (round, seq int) {
	seq = -1
	for _, id := range h.copies[team][root] {
		x := h.by[team][id]
		if x.readable && (round == 0 || x.readRound < round) {
			round, seq = x.readRound, x.readSeq
		}
	}
	return round, seq
}

// holdersBy lists the teams other than except that could read a copy of
// root by the given round, in file order.
func (h *holdings) holdersBy(root, except string, round int) []string {
	var out []string
	for _, t := range h.sc.Teams {
		if t.ID == except {
			continue
		}
		if r, _ := h.firstReadable(t.ID, root); r > 0 && r <= round {
			out = append(out, t.ID)
		}
	}
	return out
}

// facetsOf returns the facets an item (or sanitised copy) reveals.
func facetsOf(sc *scenario.Scenario, id string) []string {
	root := rules.RootID(id)
	it, ok := sc.Item(root)
	if !ok {
		return nil
	}
	if root != id && len(it.TearLine) > 0 {
		return it.TearLine
	}
	return it.Facets
}

// itemTrue reports whether an item's root is true.
func itemTrue(sc *scenario.Scenario, id string) bool {
	it, ok := sc.Item(rules.RootID(id))
	return ok && it.IsTrue()
}

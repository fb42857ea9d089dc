package scenario

import (
	"sort"
	"strings"
)

// runDerived checks what needs defaults applied: whether needs can be met
// and whether threats can be disrupted in time. It runs only on files
// without reference errors.
func (v *validator) runDerived() {
	s := v.s
	g := newReach(s)
	firsts := firstRounds(s)
	for i := range s.Items {
		it := &s.Items[i]
		holders := v.possibleHolders(it)
		first := firsts[it.ID]
		for j, n := range it.Need {
			path := p("items", i, "need", j)
			if holders[n.Team] {
				continue
			}
			switch g.route(holders, n.Team) {
			case routeNone:
				v.errf(append(path, "team"), "team %q needs item %q but can never receive it: no channel or liaison path leads there from %s", n.Team, it.ID, strings.Join(sortedKeys(holders), ", "))
			case routeLiaisonOnly:
				v.warnf(append(path, "team"), "team %q can receive item %q only if someone posts a liaison officer (no channel leads there)", n.Team, it.ID)
			}
			if n.By < first {
				v.warnf(append(path, "by"), "item %q is needed by round %d but first appears in round %d", it.ID, n.By, first)
			}
		}
	}
	earliest := map[string]int{} // facet → first round a true item reveals it
	for _, it := range s.Items {
		if !it.IsTrue() {
			continue
		}
		r := firsts[it.ID]
		for _, f := range it.Facets {
			if e, ok := earliest[f]; !ok || r < e {
				earliest[f] = r
			}
		}
	}
	for i := range s.Threats {
		v.feasibility(i, earliest)
	}
}

// firstRounds returns FirstAvailable for every item at once, in time linear
// in the number of items and injects (FirstAvailable per item is quadratic
// over a whole large scenario). It agrees with FirstAvailable even where two
// items share an id.
func firstRounds(s *Scenario) map[string]int {
	timed := map[string]int{}
	conditional := map[string]bool{}
	for _, in := range s.Injects {
		for _, d := range in.Effect.AllDeliveries() {
			if in.At > 0 {
				if r, ok := timed[d.Item]; !ok || in.At < r {
					timed[d.Item] = in.At
				}
			} else {
				conditional[d.Item] = true
			}
		}
	}
	out := make(map[string]int, len(s.Items))
	for _, it := range s.Items {
		if _, seen := out[it.ID]; seen && len(it.HeldBy) == 0 {
			continue // an item of the same id came first; held by any, it is there in round 1
		}
		switch r, ok := timed[it.ID]; {
		case len(it.HeldBy) > 0:
			out[it.ID] = 1
		case ok:
			out[it.ID] = max(r, 1)
		case conditional[it.ID]:
			out[it.ID] = s.Rounds
		default:
			out[it.ID] = 1
		}
	}
	return out
}

// possibleHolders are the teams that can hold an item without anyone sharing it.
func (v *validator) possibleHolders(it *Item) map[string]bool {
	h := setOf(it.HeldBy)
	for _, in := range v.s.Injects {
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

// feasibility warns when no combination of teams can disrupt a threat in
// time. earliest maps each facet to the first round a true item reveals it.
func (v *validator) feasibility(i int, earliest map[string]int) {
	s := v.s
	th := &s.Threats[i]
	path := p("threats", i)
	var missing []string
	for _, c := range th.Disrupt.Capabilities {
		if !v.capabilities[c] {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return // already an error
	}
	// The facets must exist and be fused, and an operation proposed and
	// committed, in rounds before the deadline: facet round + 2 at the earliest.
	latest, which := 0, ""
	for _, f := range th.Facets {
		best := earliest[f]
		if best > latest {
			latest, which = best, f
		}
	}
	if latest+2 > th.Deadline {
		v.warnf(append(path, "deadline"), "threat %q cannot be disrupted in time: facet %q first appears in round %d, and fusing and a joint operation need rounds %d and %d, but the deadline is %d", th.ID, which, latest, latest+1, latest+2, th.Deadline)
	}
	teamsWith := 0
	for _, t := range s.Teams {
		for _, c := range th.Disrupt.Capabilities {
			if t.HasCapability(c) {
				teamsWith++
				break
			}
		}
	}
	if teamsWith < th.Disrupt.MinTeams {
		v.warnf(append(path, "disrupt"), "threat %q needs %d teams in its operation but only %d teams bring any required capability", th.ID, th.Disrupt.MinTeams, teamsWith)
	}
}

// reach answers whether a team can get an item by channels or liaisons.
type reach struct {
	s    *Scenario
	adj  map[string][]string
	comp map[string]int // the connected part of adj each team with a channel or liaison is in
}

const (
	routeChannel = iota
	routeLiaisonOnly
	routeNone
)

func newReach(s *Scenario) *reach {
	r := &reach{s: s, adj: map[string][]string{}}
	for _, c := range s.Channels {
		for _, a := range c.Between {
			for _, b := range c.Between {
				if a != b {
					r.adj[a] = append(r.adj[a], b)
				}
			}
		}
	}
	for _, t := range s.Teams {
		for _, l := range t.Liaisons {
			r.adj[t.ID] = append(r.adj[t.ID], l)
			r.adj[l] = append(r.adj[l], t.ID)
		}
	}
	for k := range r.adj {
		sort.Strings(r.adj[k])
	}
	r.comp = make(map[string]int, len(r.adj))
	part := 0
	for start := range r.adj {
		if _, done := r.comp[start]; done {
			continue
		}
		part++
		r.comp[start] = part
		for queue := []string{start}; len(queue) > 0; queue = queue[1:] {
			for _, n := range r.adj[queue[0]] {
				if _, done := r.comp[n]; !done {
					r.comp[n] = part
					queue = append(queue, n)
				}
			}
		}
	}
	return r
}

// route says how an item held by the teams in from can reach team to.
func (r *reach) route(from map[string]bool, to string) int {
	// Links and liaisons go both ways, so a channel route is a holder in
	// the same connected part (most needs, answered without a search).
	if from[to] {
		return routeChannel
	}
	if part, ok := r.comp[to]; ok {
		for h := range from {
			if r.comp[h] == part {
				return routeChannel
			}
		}
	}
	seen := map[string]bool{}
	queue := sortedKeys(from)
	for _, q := range queue {
		seen[q] = true
	}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			return routeChannel
		}
		for _, n := range r.adj[cur] {
			if !seen[n] {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	// A liaison officer posted from any reachable team gives a direct link.
	for t := range seen {
		if tm, ok := r.s.Team(t); ok && tm.Slots() > len(tm.Liaisons) {
			return routeLiaisonOnly
		}
	}
	if tm, ok := r.s.Team(to); ok && tm.Slots() > len(tm.Liaisons) {
		return routeLiaisonOnly
	}
	return routeNone
}

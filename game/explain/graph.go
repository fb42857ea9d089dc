package explain

import (
	"maps"
	"slices"
	"strings"

	"liaison/game/scenario"
)

// graph is the scenario's network at the start: every way one team can
// send to another, static channels and posted liaison officers.
type graph struct {
	sc    *scenario.Scenario
	edges map[string][]edge // by sender
	cache map[usableKey]map[string]int
	from  map[string][]edge // edgesFrom, by sender
}

// edge is one way to send from a team to another.
type edge struct {
	to      string
	channel string // channel id, or "liaison:<from>><to>"
	name    string
	latency int
	liaison bool
	secure  bool
	class   string
	format  string // "", "auto" or a format it converts into
	outages int
	from    int // first round it carries traffic (0: from the start)
}

func newGraph(sc *scenario.Scenario) *graph {
	g := &graph{sc: sc, edges: map[string][]edge{}}
	for i := range sc.Channels {
		c := &sc.Channels[i]
		down := 0
		for _, w := range c.Outages {
			down += w.Rounds
		}
		for _, a := range c.Between {
			for _, b := range c.Between {
				if a != b {
					g.edges[a] = append(g.edges[a], edge{to: b, channel: c.ID, name: c.Name, latency: c.Delay(),
						secure: c.Secure, class: c.MaxClass, format: c.Format, outages: down})
				}
			}
		}
	}
	for _, t := range sc.Teams {
		for _, l := range t.Liaisons {
			for _, p := range [][2]string{{t.ID, l}, {l, t.ID}} {
				g.edges[p[0]] = append(g.edges[p[0]], edge{to: p[1], channel: "liaison:" + t.ID + ">" + l,
					name: "liaison officer of " + t.ID + " at " + l, liaison: true, secure: true,
					class: "TOP SECRET", format: scenario.FormatAuto})
			}
		}
	}
	return g
}

// hop is how many rounds after sending the recipient can order with an
// item sent over e (docs/rules.md, Channels): the latency, one more to
// order with it, and one for a language barrier without a liaison officer.
func (g *graph) hop(from string, e edge) int {
	r := e.latency + 1
	a, _ := g.sc.Team(from)
	b, _ := g.sc.Team(e.to)
	if a != nil && b != nil && a.Culture.Language != "" && b.Culture.Language != "" &&
		a.Culture.Language != b.Culture.Language && !e.liaison && !g.posted(from, e.to) {
		r++
	}
	return r
}

// posted reports whether a liaison officer is posted between two teams
// at the start (either way).
func (g *graph) posted(a, b string) bool {
	ta, _ := g.sc.Team(a)
	tb, _ := g.sc.Team(b)
	return (ta != nil && slices.Contains(ta.Liaisons, b)) || (tb != nil && slices.Contains(tb.Liaisons, a))
}

// canPost reports whether a liaison officer can be posted between two
// teams in round 1 (either has a free slot): its link, latency 0, secure,
// converting and confirming, carries traffic from round 2.
func (g *graph) canPost(a, b string) bool {
	if g.posted(a, b) {
		return false
	}
	ta, _ := g.sc.Team(a)
	tb, _ := g.sc.Team(b)
	return (ta != nil && ta.Slots() > len(ta.Liaisons)) || (tb != nil && tb.Slots() > len(tb.Liaisons))
}

// variant is an item as it travels: the original, or its sanitised copy
// (tear-line facets, personal data, ORCON and REL TO removed, one class
// lower).
type variant struct {
	item     *scenario.Item
	rank     int
	relTo    []string // nil: no REL TO
	personal bool
	noRelay  bool // ORCON or strict TLP: only the originator shares it without a breach
}

func original(it *scenario.Item) variant {
	tlp := it.Caveats.TLP
	return variant{item: it, rank: scenario.ClassRank(it.Class), relTo: it.Caveats.RelTo, personal: it.Caveats.PersonalData,
		noRelay: it.Caveats.ORCON || tlp == "RED" || tlp == "AMBER+STRICT"}
}

func sanitised(it *scenario.Item) variant {
	return variant{item: it, rank: max(0, scenario.ClassRank(it.Class)-1)}
}

// allowed reports whether u may send v over e without a refusal or a
// breach.
func (g *graph) allowed(v variant, u string, e edge) bool {
	to, ok := g.sc.Team(e.to)
	if !ok {
		return false
	}
	if v.relTo != nil && !slices.Contains(v.relTo, e.to) {
		return false
	}
	if v.rank > scenario.ClassRank(to.Clearance) {
		return false
	}
	if !e.liaison {
		limit := scenario.ClassRank(e.class)
		if !e.secure {
			limit = min(limit, 1)
		}
		if v.rank > limit {
			return false
		}
	}
	if v.personal && !to.Legal.AllowsPersonalDataFrom(u) {
		return false
	}
	return !v.noRelay || u == v.item.Origin
}

// edgesFrom are the ways from u in the best case: the channels, the
// officers posted at the start, and an officer posted in round 1.
func (g *graph) edgesFrom(u string) []edge {
	if out, ok := g.from[u]; ok {
		return out
	}
	out := g.edges[u]
	for _, t := range g.sc.Teams {
		if t.ID != u && g.canPost(u, t.ID) {
			out = append(slices.Clip(out), edge{to: t.ID, channel: "liaison (posted in round 1)", liaison: true,
				secure: true, class: "TOP SECRET", format: scenario.FormatAuto, from: 2})
		}
	}
	if g.from == nil {
		g.from = map[string][]edge{}
	}
	g.from[u] = out
	return out
}

// spread is the earliest round each team holds a variant if every team
// passes it on at once, from the rounds its first holders hold it.
func (g *graph) spread(v variant, start map[string]int) map[string]int {
	dist := maps.Clone(start)
	done := map[string]bool{}
	for {
		cur, best := "", 0
		for t, r := range dist {
			if !done[t] && (cur == "" || r < best || (r == best && t < cur)) {
				cur, best = t, r
			}
		}
		if cur == "" {
			return dist
		}
		done[cur] = true
		for _, e := range g.edgesFrom(cur) {
			if done[e.to] || !g.allowed(v, cur, e) {
				continue
			}
			if r := max(best, e.from) + g.hop(cur, e); dist[e.to] == 0 || r < dist[e.to] {
				dist[e.to] = r
			}
		}
	}
}

// usableAt is the earliest round team can order with a variant (readable
// and confirmed), given where it spread: holding it from the start or by
// an inject, or over the best last hop. A copy the team cannot read, or
// one that arrives unconfirmed (trust below confirm_trust, no liaison
// link), costs a round of local work (translate or verify; both fit in
// one). 0: never.
func (g *graph) usableAt(v variant, start, dist map[string]int, team string) int {
	t, ok := g.sc.Team(team)
	if !ok {
		return 0
	}
	best := 0
	keep := func(r int) {
		if r > 0 && (best == 0 || r < best) {
			best = r
		}
	}
	if r, ok := start[team]; ok {
		if !t.Speaks(v.item.Format) {
			r++
		}
		keep(r)
	}
	for from, r := range dist {
		if from == team {
			continue
		}
		for _, e := range g.edgesFrom(from) {
			if e.to != team || !g.allowed(v, from, e) {
				continue
			}
			at := max(r, e.from) + g.hop(from, e)
			format := v.item.Format
			switch {
			case e.format == scenario.FormatAuto:
				format = t.Format
			case e.format != "":
				format = e.format
			}
			if !t.Speaks(format) || (!e.liaison && g.sc.TrustOf(team, from) < g.sc.Rules.ConfirmTrust) {
				at++
			}
			keep(at)
		}
	}
	return best
}

// usable is the earliest round team can order with a facet of item (the
// original, or a sanitised copy when the facet is on the tear line):
// 0 when never. Results are kept per item and tear-line case.
func (g *graph) usable(it *scenario.Item, facet, team string) int {
	torn := len(it.TearLine) == 0 || slices.Contains(it.TearLine, facet)
	key := usableKey{it, torn}
	m, ok := g.cache[key]
	if !ok {
		m = map[string]int{}
		for _, t := range g.sc.Teams {
			m[t.ID] = g.usableNow(it, torn, t.ID)
		}
		if g.cache == nil {
			g.cache = map[usableKey]map[string]int{}
		}
		g.cache[key] = m
	}
	return m[team]
}

type usableKey struct {
	item *scenario.Item
	torn bool // the facet survives sanitising
}

func (g *graph) usableNow(it *scenario.Item, torn bool, team string) int {
	start := g.firstHeld(it)
	v := original(it)
	dist := g.spread(v, start)
	best := g.usableAt(v, start, dist, team)
	if !torn {
		return best
	}
	// Any holder who can use the original can sanitise it (the
	// originator, if it is ORCON) and send the copy the round after.
	s := sanitised(it)
	sstart := map[string]int{}
	for h := range dist {
		if it.Caveats.ORCON && h != it.Origin {
			continue
		}
		if r := g.usableAt(v, start, dist, h); r > 0 {
			sstart[h] = r + 1
		}
	}
	sdist := g.spread(s, sstart)
	if r, ok := sstart[team]; ok && (best == 0 || r < best) {
		best = r
	}
	if r := g.usableAt(s, nil, sdist, team); r > 0 && (best == 0 || r < best) {
		best = r
	}
	return best
}

// fuseRound is the earliest round team can fuse a threat: when it can use
// an item for every facet. 0 when never.
func (g *graph) fuseRound(sc *scenario.Scenario, th *scenario.Threat, team string) int {
	round := 0
	for _, f := range th.Facets {
		best := 0
		for i := range sc.Items {
			it := &sc.Items[i]
			if !it.IsTrue() || !slices.Contains(it.Facets, f) {
				continue
			}
			if r := g.usable(it, f, team); r > 0 && (best == 0 || r < best) {
				best = r
			}
		}
		if best == 0 {
			return 0
		}
		round = max(round, best)
	}
	return round
}

// links lists the ways from team a to team b.
func (g *graph) links(a, b string) PartnerLinks {
	pl := PartnerLinks{Team: b, Liaison: g.posted(a, b)}
	if t, ok := g.sc.Team(b); ok {
		pl.Name = t.Name
	}
	for _, e := range g.edges[a] {
		if e.to != b || e.liaison {
			continue
		}
		pl.Channels = append(pl.Channels, ChannelInfo{ID: e.channel, Name: e.name, Latency: e.latency,
			Secure: e.secure, MaxClass: e.class, Format: e.format, Outages: e.outages})
	}
	if len(pl.Channels) == 0 && !pl.Liaison {
		pl.Relay = g.relay(a, b)
	}
	return pl
}

// relay is the shortest chain of teams that can pass traffic from a to b
// ("via x, y"), or "" when none can.
func (g *graph) relay(a, b string) string {
	prev := map[string]string{a: ""}
	for queue := []string{a}; len(queue) > 0; queue = queue[1:] {
		cur := queue[0]
		for _, e := range g.edges[cur] {
			if _, seen := prev[e.to]; seen {
				continue
			}
			prev[e.to] = cur
			if e.to == b {
				var via []string
				for p := cur; p != a; p = prev[p] {
					via = append([]string{p}, via...)
				}
				return "via " + strings.Join(via, ", ")
			}
			queue = append(queue, e.to)
		}
	}
	return ""
}

// firstHeld maps the teams that hold an item without anyone sharing it to
// the first round they can order with it: 1 for its holders at the start,
// the inject's round for a timed delivery, the last round for a delivery
// on a condition (as the validator counts it).
func (g *graph) firstHeld(it *scenario.Item) map[string]int {
	out := map[string]int{}
	set := func(t string, r int) {
		if old, ok := out[t]; !ok || r < old {
			out[t] = r
		}
	}
	for _, t := range it.HeldBy {
		set(t, 1)
	}
	for _, in := range g.sc.Injects {
		for _, d := range in.Effect.AllDeliveries() {
			if d.Item != it.ID {
				continue
			}
			r := in.At
			if r == 0 {
				r = g.sc.Rounds
			}
			for _, t := range d.To {
				set(t, max(r, 1))
			}
		}
	}
	return out
}

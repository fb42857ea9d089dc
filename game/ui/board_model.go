package ui

import (
	"cmp"
	"fmt"
	"image/color"
	"slices"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/ui/compose"
	"liaison/game/ui/widget"
)

// cardModel is an intel card's strings, built once per change.
type cardModel struct {
	id          string
	title       string
	tlp         string // "TLP:AMBER"
	tlpCol      color.RGBA
	adm         string // Admiralty code, e.g. "B2"
	meta        string // classification and caveats
	facets      string // readable facets, or why they are not
	from        string // provenance
	mark        string // UNCONFIRMED / VERIFIED TRUE / ...
	markCol     color.RGBA
	markIcon    string
	garbled     bool
	queued      int               // orders in the queue about this card
	queuedKinds []rules.OrderKind // their kinds, each once (for distinct icons)
	isNew       bool              // arrived since the team's last turn
	received    int               // round it arrived
	jargon      string            // the glossary meanings of the card's markings, for its tooltip
}

// tlpColour is the TLP 2.0 label colour (text on black); the label always
// spells the marking out, so the colour is never the only cue.
func tlpColour(tlp string) color.RGBA {
	switch tlp {
	case "RED":
		return color.RGBA{0xff, 0x2b, 0x2b, 0xff}
	case "AMBER", "AMBER+STRICT":
		return color.RGBA{0xff, 0xc0, 0x00, 0xff}
	case "GREEN":
		return color.RGBA{0x33, 0xff, 0x00, 0xff}
	}
	return color.RGBA{0xff, 0xff, 0xff, 0xff}
}

func buildCard(v *rules.View, it *rules.ItemView, names map[string]string, nm *compose.Namer) cardModel {
	c := cardModel{id: it.ID, title: it.Title, tlp: "TLP:" + it.TLP, tlpCol: tlpColour(it.TLP), adm: it.Admiralty}
	meta := []string{it.Class}
	terms := []string{"TLP", "Admiralty", "Class"}
	if len(it.RelTo) > 0 {
		rel := make([]string, len(it.RelTo))
		for i, t := range it.RelTo {
			rel[i] = short(names, t)
		}
		meta = append(meta, "REL TO "+strings.Join(rel, ", "))
		terms = append(terms, "REL TO")
	}
	if it.ORCON {
		terms = append(terms, "ORCON")
		if it.Released {
			meta = append(meta, "ORCON (released to you)")
		} else {
			meta = append(meta, "ORCON")
		}
	}
	if it.PersonalData {
		meta = append(meta, "personal data")
		terms = append(terms, "Personal data")
	}
	c.meta = strings.Join(meta, " · ")
	switch {
	case !it.Readable:
		c.garbled = true
		c.facets = "Garbled (" + it.Format + " format): translate to read its facets"
		terms = append(terms, "Garbled", "Format")
	case len(it.Facets) == 0:
		c.facets = "No threat facets"
	default:
		fs := make([]string, len(it.Facets))
		for i, f := range it.Facets {
			fs[i] = nm.Facet(f)
		}
		c.facets = "Facets: " + strings.Join(fs, ", ")
	}
	from := "own collection"
	if it.From != "" {
		from = "from " + short(names, it.From)
	}
	if it.Origin != "" && it.Origin != it.From && it.Origin != v.Team {
		from += " · origin " + short(names, it.Origin)
	}
	c.from = fmt.Sprintf("%s · round %d", from, it.Received)
	if it.Sanitised {
		c.from += " · sanitised copy"
	}
	switch {
	case it.Verified && it.Truth != nil && *it.Truth:
		c.mark, c.markCol, c.markIcon = "VERIFIED TRUE", colGood, "verify"
	case it.Verified && it.Truth != nil:
		c.mark, c.markCol, c.markIcon = "VERIFIED FALSE", colBad, "outage"
	case !it.Confirmed:
		c.mark, c.markCol, c.markIcon = "UNCONFIRMED", colWarn, "unconfirmed"
		terms = append(terms, "Unconfirmed")
	}
	c.jargon = jargon(terms...)
	c.isNew = arrivedLastRound(v, it.ID)
	c.received = it.Received
	return c
}

// arrivedLastRound reports whether item id reached the team in the round
// just resolved (a partner's share, an answer, an inject), as opposed to
// what it held from the start.
func arrivedLastRound(v *rules.View, id string) bool {
	for i := range v.Log {
		e := &v.Log[i]
		if e.Kind != rules.EvDeliver || e.Team != v.Team || e.Item != id {
			continue
		}
		// The engine logs the opening holdings as deliveries too.
		if e.From == "" && strings.HasSuffix(e.Text, "held at the start") {
			continue
		}
		return true
	}
	return false
}

// short returns a team's short name (its country), or the id.
func short(names map[string]string, id string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

// threatModel is a known threat's strings.
type threatModel struct {
	id       string
	name     string
	facets   string // "who ✓ · where · when ✓"
	status   string // deadline and needs, or resolution
	held     int
	total    int
	assessed bool
}

func buildThreat(th *rules.ThreatView) threatModel {
	m := threatModel{id: th.ID, name: th.Name, held: len(th.Held), total: len(th.Facets), assessed: th.Assessed}
	var held, missing []string
	for _, f := range th.Facets {
		aspect := f
		if j := strings.IndexByte(f, ':'); j >= 0 {
			aspect = f[j+1:]
		}
		if slices.Contains(th.Held, f) {
			held = append(held, aspect)
		} else {
			missing = append(missing, aspect)
		}
	}
	m.facets = fmt.Sprintf("%d of %d facets", len(th.Held), len(th.Facets))
	if len(held) > 0 {
		m.facets += " · held: " + strings.Join(held, ", ")
	}
	if len(missing) > 0 {
		m.facets += " · missing: " + strings.Join(missing, ", ")
	}
	switch {
	case th.Resolved != "":
		m.status = strings.ToUpper(th.Resolved)
	case th.Assessed:
		m.status = fmt.Sprintf("ASSESSED · deadline round %d · needs %s", th.Deadline, strings.Join(th.Needs, ", "))
	default:
		m.status = "not assessed: fuse once you hold every facet"
	}
	return m
}

// rowModel is a row of the requests panel: a request, a release ask or an operation.
type rowModel struct {
	sel   compose.Selection
	line1 string
	line2 string
	icon  string
	col   color.RGBA
	open  bool // needs an answer from this team
}

func buildRows(v *rules.View, names map[string]string, nm *compose.Namer) []rowModel {
	var out []rowModel
	for _, r := range v.Requests {
		subject := nm.Subject(r.Facet, r.Threat, r.Item)
		age := v.Round - r.Round
		m := rowModel{sel: compose.Selection{Kind: compose.Request, ID: r.ID}}
		switch {
		case r.To == v.Team:
			m.icon, m.line1 = "request", fmt.Sprintf("%s asks you for %s", short(names, r.From), subject)
		default:
			m.icon, m.line1 = "share", fmt.Sprintf("You asked %s for %s", short(names, r.To), subject)
		}
		switch {
		case r.Answered && r.Answer != "":
			m.line2, m.col = "answered with "+nm.Item(r.Answer), colTextDim
		case r.Answered:
			m.line2, m.col = "declined", colTextDim
		case r.Expired:
			m.line2, m.col = "expired unanswered", colBad
		default:
			m.line2 = fmt.Sprintf("open · asked in round %d (%s)", r.Round, roundsAgo(age))
			m.col = colText
			m.open = r.To == v.Team
			if m.open {
				m.col = colWarn
			}
		}
		out = append(out, m)
	}
	for _, rel := range v.Releases {
		m := rowModel{sel: compose.Selection{Kind: compose.Release, ID: rel.Item, With: rel.Asker}, icon: "grant", col: colText}
		if rel.Owner == v.Team {
			m.line1 = fmt.Sprintf("%s asks you to release %s", short(names, rel.Asker), nm.Item(rel.Item))
			m.open = rel.Status == "open"
			if m.open {
				m.col = colWarn
			}
		} else {
			m.line1 = fmt.Sprintf("You asked %s to release %s", short(names, rel.Owner), nm.Item(rel.Item))
		}
		m.line2 = rel.Status + fmt.Sprintf(" · round %d", rel.Round)
		out = append(out, m)
	}
	for _, op := range v.Operations {
		m := rowModel{sel: compose.Selection{Kind: compose.Operation, ID: op.ID}, icon: "propose", col: colText}
		m.line1 = fmt.Sprintf("Operation on %s in round %d", nm.Threat(op.Threat), op.Round)
		committed := make([]string, len(op.Committed))
		for i, t := range op.Committed {
			committed[i] = short(names, t)
		}
		teams := make([]string, len(op.Teams))
		for i, t := range op.Teams {
			teams[i] = short(names, t)
		}
		m.line2 = "with " + strings.Join(teams, ", ") + " · committed: " + orNone(strings.Join(committed, ", "))
		if op.Outcome != "" {
			m.line2 += " · " + op.Outcome
		} else if !slices.Contains(op.Committed, v.Team) {
			m.open = true
			m.col = colWarn
		}
		out = append(out, m)
	}
	// Open items needing this team's answer first.
	slices.SortStableFunc(out, func(a, b rowModel) int {
		switch {
		case a.open && !b.open:
			return -1
		case b.open && !a.open:
			return 1
		}
		return 0
	})
	return out
}

func orNone(s string) string {
	if s == "" {
		return "none yet"
	}
	return s
}

// nodeModel is a team (or shared database) on the network map.
type nodeModel struct {
	id     string
	label  string // short name
	trust  string // "→60 ←45": this team's trust in them, theirs in this team
	tip    string // the same in words
	colour string
	seat   string
	db     bool
	out    int
	in     int
}

// edgeModel is one of the team's channels drawn from its node.
type edgeModel struct {
	node     int // index into nodes (the partner or database)
	lane     int // parallel lane index among links to the same node
	lanes    int
	label    string // full: name · latency · capacity
	status   string // secure / INSECURE / DOWN …
	short    string // compact tag drawn on the map
	tip      string // label and status, for the tooltip
	secure   bool
	up       bool
	inflight int
	queued   int
}

func buildNetwork(v *rules.View, queue []rules.Order, seat func(string) string, short map[string]string) ([]nodeModel, []edgeModel) {
	nodes := []nodeModel{}
	idx := map[string]int{}
	for _, t := range v.Teams {
		if t.ID == v.Team {
			continue
		}
		idx[t.ID] = len(nodes)
		n := nodeModel{id: t.ID, label: short[t.ID], colour: t.Colour, seat: seatLabel(seat(t.ID)), out: v.TrustOut[t.ID], in: v.TrustIn[t.ID]}
		n.trust = fmt.Sprintf("→%d ←%d", n.out, n.in)
		n.tip = fmt.Sprintf("%s (%s): you trust them %d/100, they trust you %d/100", t.Name, n.seat, n.out, n.in)
		if t.Formality {
			n.tip += "\n" + jargon("Formal")
		}
		nodes = append(nodes, n)
	}
	var edges []edgeModel
	for _, c := range v.Channels {
		var partner string
		if c.Kind == scenario.ChannelDatabase || len(c.Members) > 2 {
			partner = "db:" + c.ID
			if _, ok := idx[partner]; !ok {
				idx[partner] = len(nodes)
				nodes = append(nodes, nodeModel{id: partner, label: cmp.Or(c.Short, c.Name), db: true, trust: fmt.Sprintf("database · %d members", len(c.Members)),
					tip: fmt.Sprintf("%s: a shared database of %d members; one post reaches all of them", c.Name, len(c.Members))})
			}
		} else {
			for _, m := range c.Members {
				if m != v.Team {
					partner = m
				}
			}
		}
		ni, ok := idx[partner]
		if !ok {
			continue
		}
		e := edgeModel{node: ni, secure: c.Secure, up: c.Up, inflight: c.InFlight}
		for _, o := range queue {
			if o.Channel == c.ID {
				e.queued++
			}
		}
		name := cmp.Or(c.Short, c.Name)
		if name == "" {
			name = c.ID
		}
		if c.Kind == "liaison" {
			name = "liaison officer"
		}
		// Capacity is per round: what this team's queue leaves of it (the
		// view's Used is last round's, so it does not count here).
		left := c.Capacity - e.queued
		e.label = fmt.Sprintf("%s · %s · cap %d/%d", name, latencyText(c.Latency), max(0, left), c.Capacity)
		e.short = fmt.Sprintf("%s · %d/%d", latencyShort(c.Latency), max(0, left), c.Capacity)
		switch {
		case !c.Up && c.DownUntil > 0:
			e.status = fmt.Sprintf("DOWN until round %d", c.DownUntil)
		case !c.Up:
			e.status = "DOWN"
		case c.Secure:
			e.status = "secure up to " + c.MaxClass
		default:
			e.status = "INSECURE · up to " + c.MaxClass
		}
		if !c.Up {
			e.short = "DOWN"
		}
		e.tip = e.label + " · " + e.status + "\n" + jargon("1r · 2/2")
		edges = append(edges, e)
	}
	// Lanes: parallel links to the same node are drawn side by side.
	for i := range edges {
		for j := range edges {
			if edges[j].node == edges[i].node {
				if j < i {
					edges[i].lane++
				}
				edges[i].lanes++
			}
		}
	}
	return nodes, edges
}

func latencyShort(l int) string {
	if l == 0 {
		return "now"
	}
	return fmt.Sprintf("%dr", l)
}

func latencyText(l int) string {
	switch l {
	case 0:
		return "instant"
	case 1:
		return "1 round"
	}
	return fmt.Sprintf("%d rounds", l)
}

// orderLabel describes a queued order in a few words, in names.
func orderLabel(o rules.Order, nm *compose.Namer) string {
	to := make([]string, len(o.To))
	for i, t := range o.To {
		to[i] = nm.Team(t)
	}
	tos := strings.Join(to, ", ")
	over := ""
	if o.Channel != "" {
		over = " over " + nm.Channel(o.Channel)
	}
	switch o.Kind {
	case rules.Share:
		return "Share " + nm.Item(o.Item) + " → " + tos + over
	case rules.Request:
		return "Request " + nm.Subject(o.Facet, o.Threat, o.Item) + " from " + tos + over
	case rules.Respond:
		if o.Item == "" {
			return "Decline " + nm.Request(o.Ref)
		}
		return "Answer " + nm.Request(o.Ref) + " with " + nm.Item(o.Item)
	case rules.Sanitise, rules.Verify, rules.Translate:
		return titleCase(string(o.Kind)) + " " + nm.Item(o.Item)
	case rules.AskRelease:
		return "Ask for release of " + nm.Item(o.Item)
	case rules.Grant:
		return "Grant release of " + nm.Item(o.Item) + " to " + tos
	case rules.Fuse:
		return "Fuse an assessment of " + nm.Threat(o.Threat)
	case rules.Propose:
		return fmt.Sprintf("Propose an operation on %s in round %d with %s", nm.Threat(o.Threat), o.At, tos)
	case rules.Commit:
		return "Commit to " + nm.Operation(o.Ref)
	case rules.PostLiaison:
		return "Post a liaison officer to " + tos
	case rules.Message:
		return fmt.Sprintf("Message %s: %s about %s", tos, o.MsgKind, nm.Humanize(o.Subject))
	}
	return titleCase(string(o.Kind))
}

// roundsAgo is "this round", "1 round ago" or "n rounds ago".
func roundsAgo(n int) string {
	if n <= 0 {
		return "this round"
	}
	return compose.Plural(n, "round", "rounds") + " ago"
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// logDoc fills the last-round document: this round's injects, messages
// received, and the events the team saw last round.
func logDoc(d *widget.Doc, v *rules.View, names map[string]string, nm *compose.Namer) {
	d.Reset()
	for _, in := range v.Injects {
		if in.Round != v.Round {
			continue
		}
		d.Add(widget.Para{Role: fSmallBold, Text: in.Title, Col: colAccent, Icon: "inject", Gap: 4})
		d.Add(widget.Para{Role: fSmall, Text: in.Text, Col: colText})
	}
	for _, m := range v.Messages {
		if m.Round < v.Round-1 {
			continue
		}
		t := fmt.Sprintf("%s → you: %s about %s", short(names, m.From), m.Kind, nm.Humanize(m.Subject))
		if m.Note != "" {
			t += " (" + m.Note + ")"
		}
		d.Add(widget.Para{Role: fSmall, Text: t, Col: colText, Icon: "message", Gap: 4})
	}
	if len(v.Log) == 0 {
		if v.Round == 1 {
			d.Add(widget.Para{Role: fSmall, Text: "Round 1: nothing has happened yet.", Col: colTextDim, Gap: 4})
		}
		return
	}
	head := fmt.Sprintf("Round %d", v.Round-1)
	if v.Round == 1 {
		head = "At the start"
	}
	d.Add(widget.Para{Role: fSmallBold, Text: head, Col: colTextDim, Gap: 8})
	for _, e := range v.Log {
		if e.Text == "" || e.Kind == rules.EvOrder {
			continue
		}
		col := colText
		switch e.Kind {
		case rules.EvBreach, rules.EvDrop, rules.EvLeak, rules.EvRejected, rules.EvStruck, rules.EvExpire:
			col = colWarn
		case rules.EvDisrupted, rules.EvDeliver:
			col = colGood
		}
		d.Add(widget.Para{Role: fSmall, Text: nm.Humanize(e.Text), Col: col, Gap: 2})
	}
}

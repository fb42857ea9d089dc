package ui

import (
	"fmt"
	"slices"
	"strings"

	"liaison/game/rules"
	"liaison/game/ui/compose"
	"liaison/game/ui/draw"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// boardScene is the team board, where a team spends the game: its inbox of
// intel cards, the network map of channels and trust, threats, requests and
// operations, the actions for what is selected, the queue of orders with
// undo, and what happened last round. It reads only the team's View.
type boardScene struct {
	g     *game        // the hot-seat game; nil on a joined seat
	src   boardSource  // the session, or the joined seat (net)
	net   *remoteBoard // a seat joined on a host; nil in hot-seat
	team  string
	v     rules.View
	names map[string]string // team id → short name
	namer *compose.Namer    // ids to words for everything the board shows
	queue compose.Queue
	slots compose.Slots // keeps action numbers stable while queuing
	sel   compose.Selection
	focus boardFocus

	// models, rebuilt on change
	cards   []cardModel
	threats []threatModel
	rows    []rowModel
	nodes   []nodeModel
	edges   []edgeModel
	actions []compose.Action
	qlabels []string
	detail  widget.Doc
	log     widget.Doc
	banner  widget.Banner
	apText  string

	// widgets
	inbox     layout.List
	threatL   layout.List
	rowL      layout.List
	actionL   layout.List
	queueL    layout.List
	nodeHover int
	edgeHover int
	actionBtn []widget.Button
	removeBtn []widget.Button
	undoB     widget.Button
	confirmB  widget.Button
	modal     *widget.Modal
	toast     string
	toastCol  colourRGBA
	toastEnd  uint64

	// layout
	size        [3]float64
	top         layout.Rect
	inboxR      layout.Rect
	mapR        layout.Rect
	detailR     layout.Rect
	threatR     layout.Rect
	rowR        layout.Rect
	queueR      layout.Rect
	logR        layout.Rect
	apR         layout.Rect
	hub         layout.Point
	sats        []layout.Point
	nodeR       float64
	legendBelow bool // the map's legend did not fit beside its title
	clips       [6]draw.Clipper

	parts   boardPart // panels to redraw on the cached frame (see DrawParts)
	tipKey  [2]int    // the list row whose tooltip tipText is (see rowTips)
	tipText string

	// animation: messages in flight along channels
	flights  [16]flight
	nFlights int
	started  uint64
}

// boardFocus is the panel keyboard navigation acts on.
type boardFocus uint8

const (
	focusInbox boardFocus = iota
	focusMap
	focusThreats
	focusRows
	focusActions
	focusQueue
	focusCount
)

// flight is a dot travelling along a channel for a short animation.
type flight struct {
	node  int  // partner node
	lane  int  // edge lane
	in    bool // towards this team
	start uint64
	ticks uint64
}

func newBoardScene(g *game, team string) *boardScene {
	return newBoardOn(g, g.sess, nil, team)
}

// newBoardOn opens the board of team on a source: the hot-seat game's
// session (g set), or a joined seat (net set, g nil).
func newBoardOn(g *game, src boardSource, net *remoteBoard, team string) *boardScene {
	s := &boardScene{g: g, src: src, net: net, team: team, nodeHover: -1, edgeHover: -1}
	v, err := src.View(team)
	if err != nil {
		v = rules.View{Team: team}
	}
	s.v = v
	s.names = rules.ShortNames(v.Teams)
	s.namer = compose.NewNamer(&s.v)
	for _, l := range []*layout.List{&s.inbox, &s.threatL, &s.rowL, &s.actionL, &s.queueL} {
		l.Selected, l.Hover = -1, -1
	}
	s.undoB = widget.Button{Label: "Undo", Hint: "U", Icon: "undo", Reason: "Take back the last order (U, Backspace or Ctrl+Z)."}
	s.confirmB = widget.Button{Label: "Confirm orders", Hint: "Enter", Primary: true, Icon: "verify", Reason: "End your turn for this round."}
	for i := range v.Items {
		s.cards = append(s.cards, buildCard(&s.v, &s.v.Items[i], s.names, s.namer))
	}
	// Newest first: what arrived since the last turn heads the inbox.
	slices.SortStableFunc(s.cards, func(a, b cardModel) int { return b.received - a.received })
	for i := range v.Threats {
		s.threats = append(s.threats, buildThreat(&s.v.Threats[i]))
	}
	s.rows = buildRows(&s.v, s.names, s.namer)
	logDoc(&s.log, &s.v, s.names, s.namer)
	// Deliveries of last round fly in when the board opens.
	s.rebuild()
	for _, e := range v.Log {
		if e.Kind == rules.EvDeliver && e.Team == team && e.From != "" {
			s.fly(e.From, e.Channel, true)
		}
	}
	if len(s.cards) > 0 {
		s.selectCard(0)
	}
	return s
}

// rebuild recomputes everything that depends on the queue or the selection.
func (s *boardScene) rebuild() {
	sess := s.src
	q := s.queue.Orders
	me := teamInfo(&s.v, s.team)
	left := sess.APLeft(s.team, q)
	s.banner.Set(s.v.Round, s.v.Rounds, me.Name, left, me.Colour, s.v.RoundLabel+" per round · ? for shortcuts")
	s.apText = fmt.Sprintf("%d of %d AP left · %s", left, s.v.AP, compose.Plural(len(q), "order", "orders"))
	s.nodes, s.edges = buildNetwork(&s.v, q, sess.Seat, s.names)
	for i := range s.cards {
		c := &s.cards[i]
		c.queued = 0
		c.queuedKinds = c.queuedKinds[:0]
		for _, o := range q {
			if o.Item == c.id {
				c.queued++
				if !slices.Contains(c.queuedKinds, o.Kind) {
					c.queuedKinds = append(c.queuedKinds, o.Kind)
				}
			}
		}
	}
	s.actions = s.slots.Arrange(s.sel, compose.Actions(&s.v, sess, q, s.sel), q)
	s.actionBtn = s.actionBtn[:0]
	for i, a := range s.actions {
		b := widget.Button{Label: a.Label, Icon: string(a.Kind), Disabled: !a.Enabled, Reason: a.Reason}
		switch {
		case a.Queued:
			b.Hint = "queued"
			b.Icon = "verify"
		case a.Cost > 0:
			b.Hint = fmt.Sprintf("%d AP", a.Cost)
		}
		if a.TrustCost > 0 && !a.Queued {
			b.Hint += fmt.Sprintf(" · −%d trust", a.TrustCost)
		}
		if i < 10 {
			b.Hint = fmt.Sprintf("[%d] %s", (i+1)%10, b.Hint)
		}
		if a.Risky {
			b.Icon = "unconfirmed"
		}
		s.actionBtn = append(s.actionBtn, b)
	}
	s.qlabels = s.qlabels[:0]
	s.removeBtn = s.removeBtn[:0]
	for _, o := range q {
		s.qlabels = append(s.qlabels, orderLabel(o, s.namer))
		s.removeBtn = append(s.removeBtn, widget.Button{Label: "×", Reason: "Remove this order (orders that depended on it go too)."})
	}
	s.undoB.Disabled = len(q) == 0
	s.buildDetail()
	s.size = [3]float64{} // list sizes depend on counts
	s.tipText = ""        // row texts may have changed
}

// buildDetail fills the selection's description.
func (s *boardScene) buildDetail() {
	d := &s.detail
	d.Reset()
	switch s.sel.Kind {
	case compose.Item:
		for i := range s.v.Items {
			it := &s.v.Items[i]
			if it.ID != s.sel.ID {
				continue
			}
			ci := slices.IndexFunc(s.cards, func(c cardModel) bool { return c.id == it.ID })
			if ci < 0 {
				continue
			}
			c := &s.cards[ci]
			d.Add(widget.Para{Role: fBodyBold, Text: it.Title, Col: colText})
			if it.Text != "" {
				d.Add(widget.Para{Role: fBody, Text: it.Text, Col: colText, Gap: 2})
			}
			d.Add(widget.Para{Role: fSmall, Text: c.tlp + " · " + c.meta + " · Admiralty " + it.Admiralty + " (" + admiralty(it.Admiralty) + ")", Col: colTextDim, Gap: 4, Tip: c.jargon})
			d.Add(widget.Para{Role: fSmall, Text: c.facets + " · " + c.from, Col: colTextDim})
			if c.mark != "" {
				d.Add(widget.Para{Role: fSmallBold, Text: c.mark, Col: c.markCol, Icon: c.markIcon})
			}
		}
	case compose.Team:
		t := teamInfo(&s.v, s.sel.ID)
		d.Add(widget.Para{Role: fBodyBold, Text: t.Name, Col: colText, Swatch: t.Colour})
		if t.Profile != "" {
			d.Add(widget.Para{Role: fSmall, Text: t.Profile, Col: colText, Gap: 2})
		}
		d.Add(widget.Para{Role: fSmall, Text: fmt.Sprintf("Mandate: %s · capabilities: %s", joinComma(t.Mandate), joinComma(t.Capabilities)), Col: colTextDim, Gap: 4})
		d.Add(widget.Para{Role: fSmall, Text: profileLine(t), Col: colTextDim, Tip: profileJargon(t)})
		who := seatLabel(s.src.Seat(t.ID))
		if s.src.Seat(t.ID) == seatUnknown {
			who = "" // a joined seat is not told who plays the others
		}
		d.Add(widget.Para{Role: fSmall, Text: strings.TrimSpace(fmt.Sprintf("You trust them %d/100; they trust you %d/100. %s", s.v.TrustOut[t.ID], s.v.TrustIn[t.ID], who)), Col: colTextDim})
		for _, e := range s.edges {
			if e.node < len(s.nodes) && s.nodes[e.node].id == t.ID {
				d.Add(widget.Para{Role: fSmall, Text: e.label + " · " + e.status, Col: colTextDim, Icon: edgeIcon(&e)})
			}
		}
	case compose.Threat:
		for i := range s.v.Threats {
			th := &s.v.Threats[i]
			if th.ID != s.sel.ID {
				continue
			}
			d.Add(widget.Para{Role: fBodyBold, Text: th.Name, Col: colText, Icon: "threat"})
			if th.Description != "" {
				d.Add(widget.Para{Role: fSmall, Text: th.Description, Col: colText, Gap: 2})
			}
			d.Add(widget.Para{Role: fSmall, Text: s.threats[i].facets, Col: colTextDim, Gap: 4})
			d.Add(widget.Para{Role: fSmall, Text: s.threats[i].status, Col: colTextDim})
		}
	case compose.Request, compose.Release, compose.Operation:
		for _, r := range s.rows {
			if r.sel == s.sel {
				d.Add(widget.Para{Role: fBodyBold, Text: r.line1, Col: colText, Icon: r.icon})
				d.Add(widget.Para{Role: fSmall, Text: r.line2, Col: colTextDim, Gap: 2})
			}
		}
	default:
		d.Add(widget.Para{Role: fBody, Text: "Select an intel card, a team on the map, a threat or a request, then choose an action below.", Col: colTextDim})
		d.Add(widget.Para{Role: fSmall, Text: "Number keys pick actions · Tab moves between panels · U undoes · Enter ends your turn · ? lists every shortcut.", Col: colTextDim, Gap: 4})
	}
}

// admiralty spells out an Admiralty code.
func admiralty(code string) string {
	if len(code) != 2 {
		return "unrated"
	}
	rel := map[byte]string{'A': "reliable source", 'B': "usually reliable", 'C': "fairly reliable", 'D': "not usually reliable", 'E': "unreliable", 'F': "reliability unknown"}
	cred := map[byte]string{'1': "confirmed", '2': "probably true", '3': "possibly true", '4': "doubtful", '5': "improbable", '6': "cannot be judged"}
	return rel[code[0]] + ", " + cred[code[1]]
}

// Name implements Scene.
func (s *boardScene) Name() string { return "board" }

// Help implements Scene.
func (s *boardScene) Help() []Shortcut {
	return []Shortcut{
		{"Click / Up / Down", "select a card, team, threat or request"},
		{"Tab / Shift+Tab", "next or previous panel"},
		{"1 … 9, 0", "choose action 1 to 10 for the selection"},
		{"U, Backspace, Ctrl+Z", "undo the last order"},
		{"Enter", "confirm your orders and end the turn"},
		{"Ctrl+S", "save the game (confirmed orders only)"},
		{"Esc", "clear the selection, then the game menu"},
		{"Wheel", "scroll the panel under the cursor"},
	}
}

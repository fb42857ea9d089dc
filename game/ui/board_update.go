package ui

import (
	"fmt"
	"slices"

	"liaison/game/rules"
	"liaison/game/ui/compose"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/session"
)

// Update implements Scene.
func (s *boardScene) Update(ctx *Context) Scene {
	if s.started == 0 {
		s.started = ctx.Tick
	}
	s.layout(ctx)
	s.expireFlights(ctx.Tick)
	if s.toast != "" && ctx.Tick >= s.toastEnd {
		s.toast = ""
		ctx.Invalidate()
	}
	in := ctx.In
	if s.modal != nil {
		switch s.modal.update(ctx) {
		case 1:
			m := s.modal
			s.modal = nil
			return s.modalConfirmed(ctx, m)
		case -1:
			s.modal = nil
		}
		return nil
	}
	before := s.hoverNow()
	s.scrollLists(ctx)
	s.hover(ctx)
	s.parts |= changedParts(before, s.hoverNow())
	if p := s.src.Paused(); p != s.confirmB.Disabled {
		s.confirmB.Disabled = p
		s.confirmB.Reason = "End your turn for this round."
		if p {
			s.confirmB.Reason = "The facilitator has paused the exercise."
		}
		ctx.Invalidate()
	}
	// Keyboard.
	switch {
	case in.Pressed(input.KeyTab) && in.Shift:
		s.focus = (s.focus + focusCount - 1) % focusCount
	case in.Pressed(input.KeyTab):
		s.focus = (s.focus + 1) % focusCount
	case in.Pressed(input.KeyDown):
		s.moveFocus(1)
	case in.Pressed(input.KeyUp):
		s.moveFocus(-1)
	case in.Pressed(input.KeyU) || in.Pressed(input.KeyBackspace) || (in.Ctrl && in.Pressed(input.KeyZ)):
		s.undo(ctx)
	case in.Pressed(input.KeyDelete) && s.focus == focusQueue && s.queueL.Selected >= 0:
		s.remove(ctx, s.queueL.Selected)
	case in.Pressed(input.KeyEnter) && s.focus == focusActions && s.actionL.Selected >= 0:
		s.choose(ctx, s.actionL.Selected)
	case in.Pressed(input.KeyEnter):
		s.askConfirm()
	case in.Pressed(input.KeyEscape):
		if s.sel.Kind != compose.None {
			s.setSelection(compose.Selection{})
		} else {
			s.modal = s.menuModal()
		}
	}
	if d := in.DigitPressed(); d > 0 {
		s.choose(ctx, d-1)
	}
	// Mouse.
	if in.Click {
		s.click(ctx)
	}
	return s.next(ctx)
}

// next moves on once the turn has been submitted.
func (s *boardScene) next(ctx *Context) Scene {
	if s.net != nil {
		return s.net.after(ctx, s)
	}
	if cur := s.g.sess.Current(); cur.Phase != session.Orders || cur.Team != s.team {
		return ctx.app.sceneFor(s.g)
	}
	return nil
}

func (s *boardScene) scrollLists(ctx *Context) {
	in := ctx.In
	if in.WheelY == 0 {
		return
	}
	d := -in.WheelY * ctx.S(40)
	for _, l := range []*layout.List{&s.inbox, &s.threatL, &s.rowL, &s.actionL, &s.queueL} {
		if ctx.Hover(l.Frame) {
			l.Scroll.By(d)
		}
	}
}

func (s *boardScene) hover(ctx *Context) {
	in := ctx.In
	s.detail.update(ctx, false) // wheel scrolling and jargon tooltips
	s.log.update(ctx, false)
	s.inbox.Hover = s.inbox.HitRow(in.X, in.Y)
	s.threatL.Hover = s.threatL.HitRow(in.X, in.Y)
	s.rowL.Hover = s.rowL.HitRow(in.X, in.Y)
	s.queueL.Hover = s.queueL.HitRow(in.X, in.Y)
	s.actionL.Hover = s.actionL.HitRow(in.X, in.Y)
	s.rowTips(ctx)
	s.nodeHover = s.hitNode(in.X, in.Y)
	if s.nodeHover >= 0 {
		n := &s.nodes[s.nodeHover]
		if r, ok := s.nodeRect(n.id); ok {
			ctx.Tip(n.tip, r)
		}
	}
	s.edgeHover = s.hitEdge(ctx, in.X, in.Y)
	if s.edgeHover >= 0 {
		ctx.Tip(s.edges[s.edgeHover].tip, s.edgeTag(ctx, s.edgeHover))
	}
	for i := range s.actionBtn {
		b := &s.actionBtn[i]
		b.Rect = s.actionL.Row(i)
		b.Selected = s.focus == focusActions && s.actionL.Selected == i
		b.hover = i == s.actionL.Hover
		if tip := b.tip(ctx); b.hover && tip != "" {
			ctx.Tip(tip, b.Rect)
		}
	}
	s.undoB.hover = ctx.Hover(s.undoB.Rect)
	s.confirmB.hover = ctx.Hover(s.confirmB.Rect)
	for i := range s.removeBtn {
		r := s.queueL.Row(i)
		s.removeBtn[i].Rect = layout.R(r.Right()-r.H, r.Y, r.H, r.H)
		s.removeBtn[i].hover = ctx.Hover(s.removeBtn[i].Rect) && ctx.Hover(s.queueL.Frame)
	}
}

// rowTips shows the whole text of a hovered list row: rows shorten long
// titles and labels to fit, and this is how a player reads them in full.
func (s *boardScene) rowTips(ctx *Context) {
	var key [2]int // which list (1..6) and row; the text is built on change only
	var r layout.Rect
	switch {
	case s.inbox.Hover >= 0 && s.inbox.Hover < len(s.cards):
		key, r = [2]int{1, s.inbox.Hover}, s.inbox.Row(s.inbox.Hover)
	case s.threatL.Hover >= 0 && s.threatL.Hover < len(s.threats):
		key, r = [2]int{2, s.threatL.Hover}, s.threatL.Row(s.threatL.Hover)
	case s.rowL.Hover >= 0 && s.rowL.Hover < len(s.rows):
		key, r = [2]int{3, s.rowL.Hover}, s.rowL.Row(s.rowL.Hover)
	case s.queueL.Hover >= 0 && s.queueL.Hover < len(s.qlabels):
		key, r = [2]int{4, s.queueL.Hover}, s.queueL.Row(s.queueL.Hover)
	case ctx.Hover(s.bannerText(ctx)):
		key, r = [2]int{5, 0}, s.bannerText(ctx)
	case ctx.Hover(s.apR):
		key, r = [2]int{6, 0}, s.apR
	default:
		return
	}
	if key != s.tipKey || s.tipText == "" {
		s.tipKey = key
		switch key[0] {
		case 1:
			c := &s.cards[key[1]]
			s.tipText = c.title + "\n" + c.tlp + " · " + c.meta + " · " + c.adm + "\n" + c.facets + "\n\n" + c.jargon
		case 2:
			th := &s.threats[key[1]]
			s.tipText = th.name + "\n" + th.facets + "\n" + th.status + "\n\n" + jargon("Facet")
		case 3:
			s.tipText = s.rows[key[1]].line1 + "\n" + s.rows[key[1]].line2
		case 4:
			s.tipText = s.qlabels[key[1]]
		default:
			s.tipText = jargon("AP")
		}
	}
	ctx.Tip(s.tipText, r)
}

// bannerText is where the banner's "Round … · n AP" line is drawn.
func (s *boardScene) bannerText(ctx *Context) layout.Rect {
	return layout.R(s.top.X+ctx.S(mPad), s.top.Y, min(ctx.TextW(fHeading, s.banner.text), s.top.W*0.7), s.top.H)
}

func (s *boardScene) hitNode(x, y float64) int {
	p := layout.Point{X: x, Y: y}
	for i := range s.sats {
		if i < len(s.nodes) && layout.InCircle(p, s.sats[i], s.nodeR*1.4) {
			return i
		}
	}
	return -1
}

// click routes a click to whatever is under the cursor.
func (s *boardScene) click(ctx *Context) {
	in := ctx.In
	x, y := in.X, in.Y
	switch {
	case s.undoB.Rect.Contains(x, y):
		s.undo(ctx)
	case s.confirmB.Rect.Contains(x, y):
		if s.confirmB.Disabled {
			s.say(ctx, s.confirmB.Reason, colWarn)
		} else {
			s.askConfirm()
		}
	case s.inbox.HitRow(x, y) >= 0:
		s.focus = focusInbox
		s.selectCard(s.inbox.HitRow(x, y))
	case s.threatL.HitRow(x, y) >= 0:
		s.focus = focusThreats
		s.selectThreat(s.threatL.HitRow(x, y))
	case s.rowL.HitRow(x, y) >= 0:
		s.focus = focusRows
		s.selectRow(s.rowL.HitRow(x, y))
	case s.actionL.HitRow(x, y) >= 0:
		s.focus = focusActions
		s.actionL.Selected = s.actionL.HitRow(x, y)
		s.choose(ctx, s.actionL.Selected)
	case s.queueL.HitRow(x, y) >= 0:
		i := s.queueL.HitRow(x, y)
		s.focus = focusQueue
		if s.removeBtn[i].Rect.Contains(x, y) {
			s.remove(ctx, i)
		} else {
			s.queueL.Selected = i
		}
	case s.hitNode(x, y) >= 0:
		s.focus = focusMap
		s.selectNode(s.hitNode(x, y))
	default:
		return
	}
	in.ConsumeClick()
}

// moveFocus moves the selection within the focused panel.
func (s *boardScene) moveFocus(d int) {
	switch s.focus {
	case focusInbox:
		s.inbox.Move(d)
		s.selectCard(s.inbox.Selected)
	case focusThreats:
		s.threatL.Move(d)
		s.selectThreat(s.threatL.Selected)
	case focusRows:
		s.rowL.Move(d)
		s.selectRow(s.rowL.Selected)
	case focusActions:
		s.actionL.Move(d)
	case focusQueue:
		s.queueL.Move(d)
	case focusMap:
		i := s.teamNodeIndex(s.sel)
		n := len(s.nodes)
		if n == 0 {
			return
		}
		if i < 0 {
			i = 0
		} else {
			i = (i + d + n) % n
		}
		s.selectNode(i)
	}
}

func (s *boardScene) teamNodeIndex(sel compose.Selection) int {
	if sel.Kind != compose.Team {
		return -1
	}
	for i := range s.nodes {
		if s.nodes[i].id == sel.ID {
			return i
		}
	}
	return -1
}

func (s *boardScene) selectCard(i int) {
	if i < 0 || i >= len(s.cards) {
		return
	}
	s.inbox.Select(i)
	s.setSelection(compose.Selection{Kind: compose.Item, ID: s.cards[i].id})
}

func (s *boardScene) selectThreat(i int) {
	if i < 0 || i >= len(s.threats) {
		return
	}
	s.threatL.Select(i)
	s.setSelection(compose.Selection{Kind: compose.Threat, ID: s.threats[i].id})
}

func (s *boardScene) selectRow(i int) {
	if i < 0 || i >= len(s.rows) {
		return
	}
	s.rowL.Select(i)
	s.setSelection(s.rows[i].sel)
}

func (s *boardScene) selectNode(i int) {
	if i < 0 || i >= len(s.nodes) || s.nodes[i].db {
		return
	}
	s.setSelection(compose.Selection{Kind: compose.Team, ID: s.nodes[i].id})
}

// setSelection changes the selection and clears the other lists' highlight.
func (s *boardScene) setSelection(sel compose.Selection) {
	s.sel = sel
	if sel.Kind != compose.Item {
		s.inbox.Selected = -1
	}
	if sel.Kind != compose.Threat {
		s.threatL.Selected = -1
	}
	if sel.Kind != compose.Request && sel.Kind != compose.Release && sel.Kind != compose.Operation {
		s.rowL.Selected = -1
	}
	s.actionL.Selected = -1
	s.actionL.Scroll.Offset = 0
	s.rebuild()
}

// choose queues action i if it is enabled, or explains why not.
func (s *boardScene) choose(ctx *Context, i int) {
	if i < 0 || i >= len(s.actions) {
		return
	}
	a := s.actions[i]
	if !a.Enabled {
		s.say(ctx, a.Reason, colWarn)
		return
	}
	if a.Kind == rules.Pass {
		s.askConfirm()
		return
	}
	if err := s.queue.Add(s.src, a.Order); err != nil {
		s.say(ctx, s.namer.Humanize(err.Error()), colWarn)
		return
	}
	s.synced()
	if a.TrustCost > 0 {
		s.say(ctx, fmt.Sprintf("Queued: %s (costs %d trust)", a.Label, a.TrustCost), colWarn)
	} else {
		s.say(ctx, "Queued: "+a.Label, colGood)
	}
	if a.Kind == rules.Share || a.Kind == rules.Message || a.Kind == rules.Request || a.Kind == rules.Respond {
		for _, to := range a.Order.To {
			s.fly(to, a.Order.Channel, false)
		}
		if a.Kind == rules.Respond {
			for _, r := range s.v.Requests {
				if r.ID == a.Order.Ref {
					s.fly(r.From, a.Order.Channel, false)
				}
			}
		}
	}
	s.rebuild()
}

func (s *boardScene) undo(ctx *Context) {
	if s.queue.Undo() {
		s.synced()
		s.say(ctx, "Took back the last order.", colTextDim)
		s.rebuild()
	}
}

func (s *boardScene) remove(ctx *Context, i int) {
	if s.net != nil {
		// The host re-checks the rest and the seat takes out any order
		// it refuses (see remote.Seat.Queue): the oracle only answers for
		// the queue the host holds.
		if i >= 0 && i < len(s.queue.Orders) {
			s.queue.Orders = slices.Delete(s.queue.Orders, i, i+1)
			s.synced()
			s.say(ctx, "Removed the order.", colTextDim)
			s.rebuild()
		}
		return
	}
	dropped := s.queue.Remove(s.src, i)
	msg := "Removed the order."
	if len(dropped) > 0 {
		msg = fmt.Sprintf("Removed the order and %d that depended on it.", len(dropped))
	}
	s.say(ctx, msg, colTextDim)
	s.rebuild()
}

// askConfirm opens the end-of-turn dialog.
func (s *boardScene) askConfirm() {
	n := len(s.queue.Orders)
	text := compose.Plural(n, "order", "orders") + " queued. They resolve together with every other team's once all have confirmed."
	if n == 0 {
		text = "No orders queued: you pass this round."
	}
	m := newModal("End your turn?", text, "Confirm orders", "Keep planning")
	m.kind = "end-turn"
	m.warnings = compose.Warnings(&s.v, s.src, s.queue.Orders)
	s.modal = m
}

func (s *boardScene) modalConfirmed(ctx *Context, m *modal) Scene {
	if m.kind == "Game menu" {
		if s.net != nil {
			s.net.leave()
			return ctx.app.titleScene()
		}
		ctx.app.game = nil
		return ctx.app.titleScene()
	}
	if s.net != nil {
		return s.net.confirm(s)
	}
	if err := s.g.sess.Submit(s.team, s.queue.Orders); err != nil {
		s.say(ctx, s.namer.Humanize(err.Error()), colBad)
		return nil
	}
	return ctx.app.sceneFor(s.g)
}

// say shows a short notice at the bottom of the screen.
func (s *boardScene) say(ctx *Context, text string, col colourRGBA) {
	s.toast, s.toastCol, s.toastEnd = text, col, ctx.Tick+240
}

// fly starts a dot travelling along the channel to or from a partner.
func (s *boardScene) fly(partner, channel string, in bool) {
	if s.nFlights == len(s.flights) {
		return
	}
	node := -1
	for i := range s.nodes {
		if s.nodes[i].id == partner {
			node = i
		}
	}
	if node < 0 {
		return
	}
	lane := 0
	for i, c := range s.v.Channels {
		if c.ID == channel {
			for _, e := range s.edges[:min(i, len(s.edges))] {
				if e.node == node {
					lane++
				}
			}
		}
	}
	s.flights[s.nFlights] = flight{node: node, lane: lane, in: in, ticks: 45, start: 0}
	s.nFlights++
}

// expireFlights stamps new flights with the current tick and drops finished ones.
func (s *boardScene) expireFlights(now uint64) {
	n := 0
	for i := 0; i < s.nFlights; i++ {
		f := s.flights[i]
		if f.start == 0 {
			f.start = now
		}
		if now-f.start <= f.ticks {
			s.flights[n] = f
			n++
		}
	}
	s.nFlights = n
}

package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// boardPart is a panel of the board that can be redrawn on its own.
type boardPart uint8

const (
	partInbox boardPart = 1 << iota
	partMap
	partDetail
	partThreats
	partRows
	partQueue
	partLog
)

// hoverState is what pointer movement and the wheel can change on the
// board: hovered rows and buttons, and scroll offsets. Comparing it before
// and after a tick tells which panels to redraw.
type hoverState struct {
	inbox, threat, row, queue, action, node, edge int
	remove                                        int
	undo, confirm                                 bool
	inboxY, threatY, rowY, queueY, actionY        float64
	detailY, logY                                 float64
}

func (s *boardScene) hoverNow() hoverState {
	h := hoverState{inbox: s.inbox.Hover, threat: s.threatL.Hover, row: s.rowL.Hover, queue: s.queueL.Hover,
		action: s.actionL.Hover, node: s.nodeHover, edge: s.edgeHover, remove: -1,
		undo: s.undoB.Hover, confirm: s.confirmB.Hover,
		inboxY: s.inbox.Scroll.Offset, threatY: s.threatL.Scroll.Offset, rowY: s.rowL.Scroll.Offset,
		queueY: s.queueL.Scroll.Offset, actionY: s.actionL.Scroll.Offset,
		detailY: s.detail.ScrollOffset(), logY: s.log.ScrollOffset()}
	for i := range s.removeBtn {
		if s.removeBtn[i].Hover {
			h.remove = i
		}
	}
	return h
}

// changedParts lists the panels whose look differs between two hover states.
func changedParts(a, b hoverState) boardPart {
	var p boardPart
	if a.inbox != b.inbox || a.inboxY != b.inboxY {
		p |= partInbox
	}
	if a.threat != b.threat || a.threatY != b.threatY {
		p |= partThreats
	}
	if a.row != b.row || a.rowY != b.rowY {
		p |= partRows
	}
	if a.queue != b.queue || a.queueY != b.queueY || a.remove != b.remove || a.undo != b.undo || a.confirm != b.confirm {
		p |= partQueue
	}
	if a.action != b.action || a.actionY != b.actionY || a.detailY != b.detailY {
		p |= partDetail
	}
	if a.node != b.node || a.edge != b.edge {
		p |= partMap
	}
	if a.logY != b.logY {
		p |= partLog
	}
	return p
}

// PointerOnly implements partial: the board redraws by itself, panel by
// panel, what pointer movement and the wheel changed.
func (s *boardScene) PointerOnly() {}

// DrawParts implements partial: it redraws the panels the last ticks
// changed onto the cached frame, or reports false when only a full redraw
// will do (a dialog or a notice lies over the panels).
func (s *boardScene) DrawParts(dst *ebiten.Image, ctx *Context) bool {
	if s.parts == 0 {
		return true
	}
	if s.modal != nil || s.toast != "" {
		return false
	}
	redo := func(p boardPart, r layout.Rect, draw func()) {
		if s.parts&p != 0 {
			// Clear to the background first: panels have rounded corners.
			ctx.Paint.Fill(dst, r.Inset(-1), colBG)
			draw()
		}
	}
	redo(partInbox, s.inboxR, func() { s.drawInbox(dst, ctx) })
	redo(partMap, s.mapR, func() { s.drawMap(dst, ctx) })
	redo(partDetail, s.detailR, func() { s.drawDetail(dst, ctx) })
	redo(partThreats, s.threatR, func() { s.drawThreats(dst, ctx) })
	redo(partRows, s.rowR, func() { s.drawRows(dst, ctx) })
	redo(partQueue, s.queueR, func() { s.drawQueue(dst, ctx) })
	redo(partLog, s.logR, func() { s.drawLog(dst, ctx) })
	s.parts = 0
	return true
}

func (s *boardScene) drawLog(dst *ebiten.Image, ctx *Context) {
	widget.Panel(dst, ctx.Context, s.logR, "Last round", "clock")
	s.log.Draw(dst, ctx.Context)
}

package ui

import (
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// layout places the board's panels for the screen size; lists get their
// row metrics and counts.
func (s *boardScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	scr := ctx.Screen()
	s.top, scr = scr.CutTop(s.banner.Height(ctx.Context), ctx.S(mGap))
	scr = scr.InsetXY(ctx.S(mGap), 0)
	scr.H -= ctx.S(mGap)
	side := ctx.S(360)
	s.inboxR, scr = scr.CutLeft(side, ctx.S(mGap))
	scr, right := scr.CutRight(side, ctx.S(mGap))
	s.mapR, s.detailR = scr.CutTop(scr.H*0.47, ctx.S(mGap))
	var rest layout.Rect
	s.threatR, rest = right.CutTop(ctx.S(150), ctx.S(mGap))
	s.rowR, rest = rest.CutTop(ctx.S(142), ctx.S(mGap))
	s.queueR, s.logR = rest.CutTop(ctx.S(196), ctx.S(mGap))

	s.inbox.SetSize(widget.PanelContent(ctx.Context, s.inboxR, true), ctx.S(90), ctx.S(6), len(s.cards))
	s.threatL.SetSize(widget.PanelContent(ctx.Context, s.threatR, true), ctx.S(52), ctx.S(4), len(s.threats))
	s.rowL.SetSize(widget.PanelContent(ctx.Context, s.rowR, true), ctx.S(38), ctx.S(4), len(s.rows))
	// Detail: description above, actions below.
	dc := widget.PanelContent(ctx.Context, s.detailR, false)
	desc, acts := dc.CutTop(min(dc.H*0.36, ctx.S(110)), ctx.S(6))
	s.detail.Layout(ctx.Context, desc)
	s.actionL.SetSize(acts, ctx.S(30), ctx.S(4), len(s.actionBtn))
	// Queue: rows, then AP line and buttons.
	qc := widget.PanelContent(ctx.Context, s.queueR, true)
	qrows, qfoot := qc.CutBottom(ctx.S(34)+ctx.LineH(fSmall)+ctx.S(6), ctx.S(6))
	s.queueL.SetSize(qrows, ctx.S(24), ctx.S(2), len(s.qlabels))
	s.apR = layout.R(qfoot.X, qfoot.Y, qfoot.W, ctx.LineH(fSmall))
	by := qfoot.Bottom() - ctx.S(34)
	s.undoB.Rect = layout.R(qfoot.X, by, ctx.S(118), ctx.S(34))
	s.confirmB.Rect = layout.R(s.undoB.Rect.Right()+ctx.S(8), by, qfoot.Right()-s.undoB.Rect.Right()-ctx.S(8), ctx.S(34))
	s.log.Layout(ctx.Context, widget.PanelContent(ctx.Context, s.logR, true))
	// Network map: this team at the hub, partners around it.
	mc := widget.PanelContent(ctx.Context, s.mapR, true)
	// The legend sits beside the title when it fits, else along the bottom.
	hh := ctx.LineH(fHeading)
	titleEnd := s.mapR.X + ctx.S(10) + hh*0.8 + ctx.S(6) + ctx.TextW(fHeading, "Network") + ctx.S(16)
	legendW := max(ctx.TextW(fSmall, mapLegend[0]), ctx.TextW(fSmall, mapLegend[1]))
	s.legendBelow = s.mapR.Right()-ctx.S(12)-legendW < titleEnd
	if s.legendBelow {
		mc, _ = mc.CutBottom(2*ctx.LineH(fSmall), ctx.S(4))
	}
	s.nodeR = ctx.S(16)
	s.hub, s.sats = layout.Star(s.sats[:0], mc, len(s.nodes), ctx.S(62), s.nodeR+ctx.LineH(fSmallBold)+ctx.LineH(fSmall))
	if len(s.nodes) == 1 {
		// A lone partner: spread the two across the panel.
		s.hub.X = mc.X + mc.W*0.12
		s.sats[0] = layout.Point{X: mc.X + mc.W*0.85, Y: s.hub.Y}
	}
}

// nodeRect returns the clickable square of a team on the map.
func (s *boardScene) nodeRect(id string) (layout.Rect, bool) {
	for i := range s.nodes {
		if s.nodes[i].id == id && i < len(s.sats) {
			p := s.sats[i]
			return layout.R(p.X-s.nodeR, p.Y-s.nodeR, 2*s.nodeR, 2*s.nodeR), true
		}
	}
	return layout.Rect{}, false
}

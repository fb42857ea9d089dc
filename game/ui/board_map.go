package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// laneGap is the design distance between parallel links to one partner.
const laneGap = 22.0

// edgeEnds returns the two ends of edge e's lane, from the hub to the partner.
func (s *boardScene) edgeEnds(ctx *Context, node, lane, lanes int) (layout.Point, layout.Point) {
	off := (float64(lane) - float64(lanes-1)/2) * ctx.S(laneGap)
	return layout.Offset(s.hub, s.sats[node], off)
}

func (s *boardScene) drawMap(dst *ebiten.Image, ctx *Context) {
	panel(dst, ctx, s.mapR, "Network", "scenario")
	s.focusBorder(dst, ctx, s.mapR, focusMap)
	ctx.TextAl(dst, fSmall, "solid: secure · dashed: insecure · dotted: down", s.mapR.Right()-ctx.S(12), s.mapR.Y+ctx.S(14), colTextDim, alignRight)
	w := max(1.5, ctx.S(2.5))
	sh := ctx.LineH(fSmall)
	// Channels.
	for i := range s.edges {
		e := &s.edges[i]
		if e.node >= len(s.sats) {
			continue
		}
		a, b := s.edgeEnds(ctx, e.node, e.lane, e.lanes)
		switch {
		case !e.up:
			ctx.paint.dashed(dst, a.X, a.Y, b.X, b.Y, w, ctx.S(2), ctx.S(6), colTextFaint)
		case e.secure:
			ctx.paint.line(dst, a.X, a.Y, b.X, b.Y, w, colAccent)
		default:
			ctx.paint.dashed(dst, a.X, a.Y, b.X, b.Y, w, ctx.S(9), ctx.S(6), colWarn)
		}
		// Labels stack at the middle of the link, one per lane, lines
		// passing behind them: name, latency, capacity; then the status.
		labelH := 2*sh + ctx.S(2)
		mid := layout.Lerp(s.hub, s.sats[e.node], 0.5)
		m := layout.Point{X: mid.X, Y: mid.Y + (float64(e.lane)-float64(e.lanes-1)/2)*(labelH+ctx.S(4))}
		if e.lanes == 1 {
			m.Y -= labelH/2 + ctx.S(6)
		}
		icon, col := "secure", colAccent
		if !e.secure {
			icon, col = "insecure", colWarn
		}
		if !e.up {
			icon, col = "outage", colBad
		}
		lw := max(ctx.TextW(fSmall, e.label), ctx.TextW(fSmallBold, e.status)) + sh + ctx.S(14)
		lr := layout.R(m.X-lw/2, m.Y-labelH/2, lw, labelH)
		ctx.paint.roundBorder(dst, lr, ctx.S(4), 1, colBG, colBorder)
		ctx.Icon(dst, icon, layout.R(lr.X+ctx.S(4), lr.Y+sh/2, sh, sh), col)
		ctx.Text(dst, fSmall, e.label, lr.X+sh+ctx.S(9), lr.Y, colText)
		ctx.Text(dst, fSmallBold, e.status, lr.X+sh+ctx.S(9), lr.Y+sh, col)
	}
	// Partner nodes with trust in both directions, written out.
	for i := range s.nodes {
		if i >= len(s.sats) {
			break
		}
		n := &s.nodes[i]
		p := s.sats[i]
		r := s.nodeR
		selected := s.teamNodeIndex(s.sel) == i
		if n.db {
			ctx.paint.roundBorder(dst, layout.R(p.X-r, p.Y-r*0.7, 2*r, 1.4*r), ctx.S(4), 2, colPanelHi, colTextDim)
		} else {
			ctx.paint.disc(dst, p.X, p.Y, r, teamColour(n.colour))
			ring := colText
			if selected || i == s.nodeHover {
				ring = colBorderHi
				ctx.paint.ring(dst, p.X, p.Y, r+ctx.S(5), ctx.S(2.5), colBorderHi)
			}
			ctx.paint.ring(dst, p.X, p.Y, r, ctx.S(2), ring)
			icon := "bot"
			if n.seat == "human" {
				icon = "human"
			}
			ctx.Icon(dst, icon, layout.R(p.X-r*0.6, p.Y-r*0.6, r*1.2, r*1.2), colBlack)
		}
		ly := p.Y + r + ctx.S(3)
		if p.Y < s.hub.Y-ctx.S(10) {
			ly = p.Y - r - ctx.S(3) - ctx.LineH(fSmallBold) - sh
		}
		ctx.TextAl(dst, fSmallBold, n.label, p.X, ly, colText, alignCenter)
		ctx.TextAl(dst, fSmall, n.trust, p.X, ly+ctx.LineH(fSmallBold), colTextDim, alignCenter)
	}
	// This team at the hub.
	me := s.banner.colour
	ctx.paint.disc(dst, s.hub.X, s.hub.Y, s.nodeR*1.3, teamColour(me))
	ctx.paint.ring(dst, s.hub.X, s.hub.Y, s.nodeR*1.3, ctx.S(3), colText)
	ctx.TextAl(dst, fSmallBold, "YOU", s.hub.X, s.hub.Y-ctx.LineH(fSmallBold)/2, colBlack, alignCenter)
}

// DrawDynamic implements dynamic: traffic in flight moves along its channel
// every frame, over the cached board.
func (s *boardScene) DrawDynamic(dst *ebiten.Image, ctx *Context) {
	if s.modal != nil {
		return
	}
	tick := ctx.Tick
	for i := range s.edges {
		e := &s.edges[i]
		if e.node >= len(s.sats) || e.inflight == 0 {
			continue
		}
		a, b := s.edgeEnds(ctx, e.node, e.lane, e.lanes)
		// In-flight traffic: dots that keep moving out along the link.
		for k := 0; k < min(e.inflight, 4); k++ {
			t := math.Mod(float64(tick)/90+float64(k)/4, 1)
			p := layout.Lerp(a, b, 0.15+0.7*t)
			ctx.paint.disc(dst, p.X, p.Y, ctx.S(3.5), colText)
		}
	}
	// Animated flights.
	for i := 0; i < s.nFlights; i++ {
		f := &s.flights[i]
		if f.node >= len(s.sats) || f.start == 0 {
			continue
		}
		lanes := 0
		for j := range s.edges {
			if s.edges[j].node == f.node {
				lanes++
			}
		}
		a, b := s.edgeEnds(ctx, f.node, f.lane, max(1, lanes))
		t := float64(tick-f.start) / float64(f.ticks)
		if f.in {
			t = 1 - t
		}
		p := layout.Lerp(a, b, 0.1+0.8*max(0, min(1, t)))
		ctx.paint.disc(dst, p.X, p.Y, ctx.S(6), colYellow)
		ctx.paint.ring(dst, p.X, p.Y, ctx.S(6), ctx.S(1.5), colBlack)
	}
}

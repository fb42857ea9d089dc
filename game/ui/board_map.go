package ui

import (
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// laneGap is the design distance between parallel links to one partner.
const laneGap = 9.0

// edgeEnds returns the two ends of an edge's lane, from the hub to the partner.
func (s *boardScene) edgeEnds(ctx *Context, node, lane, lanes int) (layout.Point, layout.Point) {
	off := (float64(lane) - float64(lanes-1)/2) * ctx.S(laneGap)
	return layout.Offset(s.hub, s.sats[node], off)
}

// edgeIcon names the icon of a channel's state.
func edgeIcon(e *edgeModel) string {
	switch {
	case !e.up:
		return "outage"
	case e.secure:
		return "secure"
	}
	return "insecure"
}

// edgeColour is the colour of a channel's state (always with its icon and words).
func edgeColour(e *edgeModel) colourRGBA {
	switch {
	case !e.up:
		return colBad
	case e.secure:
		return colAccent
	}
	return colWarn
}

// edgeTag returns the rectangle of edge i's compact tag: on its lane, 60% of
// the way to the partner, parallel lanes' tags stacked.
func (s *boardScene) edgeTag(ctx *Context, i int) layout.Rect {
	e := &s.edges[i]
	sh := ctx.LineH(fSmall)
	w := ctx.TextW(fSmall, e.short) + sh + ctx.S(12)
	h := sh + ctx.S(4)
	p := layout.Lerp(s.hub, s.sats[e.node], 0.6)
	p.Y += (float64(e.lane) - float64(e.lanes-1)/2) * (h + ctx.S(2))
	return layout.R(p.X-w/2, p.Y-h/2, w, h)
}

// hitEdge returns the edge whose tag is under the point, or -1.
func (s *boardScene) hitEdge(ctx *Context, x, y float64) int {
	for i := range s.edges {
		if s.edges[i].node < len(s.sats) && s.edgeTag(ctx, i).Contains(x, y) {
			return i
		}
	}
	return -1
}

// mapLegend explains the map's lines and trust figures.
var mapLegend = [2]string{"solid secure · dashed insecure · dotted down", "→ your trust in them · ← theirs in you"}

func (s *boardScene) drawMap(dst *ebiten.Image, ctx *Context) {
	panel(dst, ctx, s.mapR, "Network", "scenario")
	s.focusBorder(dst, ctx, s.mapR, focusMap)
	sh := ctx.LineH(fSmall)
	if s.legendBelow {
		y := s.mapR.Bottom() - ctx.S(8) - 2*sh
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, mapLegend[0], s.mapR.W-ctx.S(20)), s.mapR.X+ctx.S(10), y, colTextDim)
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, mapLegend[1], s.mapR.W-ctx.S(20)), s.mapR.X+ctx.S(10), y+sh, colTextDim)
	} else {
		ctx.TextAl(dst, fSmall, mapLegend[0], s.mapR.Right()-ctx.S(12), s.mapR.Y+ctx.S(8), colTextDim, alignRight)
		ctx.TextAl(dst, fSmall, mapLegend[1], s.mapR.Right()-ctx.S(12), s.mapR.Y+ctx.S(8)+sh, colTextDim, alignRight)
	}
	w := max(1.5, ctx.S(2))
	// Channels.
	for i := range s.edges {
		e := &s.edges[i]
		if e.node >= len(s.sats) {
			continue
		}
		a, b := s.edgeEnds(ctx, e.node, e.lane, e.lanes)
		col := edgeColour(e)
		switch {
		case !e.up:
			ctx.paint.dashed(dst, a.X, a.Y, b.X, b.Y, w, ctx.S(2), ctx.S(6), colTextFaint)
		case e.secure:
			ctx.paint.line(dst, a.X, a.Y, b.X, b.Y, w, col)
		default:
			ctx.paint.dashed(dst, a.X, a.Y, b.X, b.Y, w, ctx.S(9), ctx.S(6), col)
		}
	}
	// Compact tags: state icon, latency, capacity left.
	for i := range s.edges {
		e := &s.edges[i]
		if e.node >= len(s.sats) {
			continue
		}
		r := s.edgeTag(ctx, i)
		border := colBorder
		if i == s.edgeHover {
			border = colBorderHi
		}
		ctx.paint.roundBorder(dst, r, ctx.S(4), 1, colBG, border)
		col := edgeColour(e)
		ctx.Icon(dst, edgeIcon(e), layout.R(r.X+ctx.S(4), r.Y+ctx.S(2), sh, sh), col)
		ctx.Text(dst, fSmall, e.short, r.X+sh+ctx.S(8), r.Y+ctx.S(2), col)
	}
	// Partners, with trust in both directions written out.
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
			ctx.Icon(dst, "inbox", layout.R(p.X-r*0.5, p.Y-r*0.5, r, r), colTextDim)
		} else {
			ctx.paint.disc(dst, p.X, p.Y, r, teamColour(n.colour))
			ring := colText
			if selected || i == s.nodeHover {
				ring = colBorderHi
				ctx.paint.ring(dst, p.X, p.Y, r+ctx.S(5), ctx.S(2.5), colBorderHi)
			}
			ctx.paint.ring(dst, p.X, p.Y, r, ctx.S(2), ring)
			icon := "bot"
			if n.seat == "human" || n.seat == seatLabel(seatUnknown) {
				icon = "human"
			}
			ctx.Icon(dst, icon, layout.R(p.X-r*0.6, p.Y-r*0.6, r*1.2, r*1.2), colBlack)
		}
		ly := p.Y + r + ctx.S(2)
		if p.Y < s.hub.Y-ctx.S(10) {
			ly = p.Y - r - ctx.S(2) - ctx.LineH(fSmallBold) - sh
		}
		lw := ctx.S(130)
		ctx.TextAl(dst, fSmallBold, ctx.Fit(fSmallBold, n.label, lw), p.X, ly, colText, alignCenter)
		ctx.TextAl(dst, fSmall, n.trust, p.X, ly+ctx.LineH(fSmallBold), colTextDim, alignCenter)
	}
	// This team at the hub.
	ctx.paint.disc(dst, s.hub.X, s.hub.Y, s.nodeR*1.3, teamColour(s.banner.colour))
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
		// Items still travelling: dots that keep moving out along the link.
		for k := 0; k < min(e.inflight, 4); k++ {
			t := math.Mod(float64(tick)/90+float64(k)/4, 1)
			p := layout.Lerp(a, b, 0.15+0.7*t)
			ctx.paint.disc(dst, p.X, p.Y, ctx.S(3.5), colText)
		}
	}
	// Messages just sent or received fly once along their channel.
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

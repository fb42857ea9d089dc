//go:build !js

package report

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// stripKind is one kind of mark on the timeline strip.
type stripKind struct {
	Label  string
	Symbol string // the same shape in text, for the HTML legend
	Colour string // #rrggbb
	glyph  draw.GlyphDrawer
	radius vg.Length
}

// stripKinds in drawing order; the HTML legend lists them.
var stripKinds = []stripKind{
	{"inject or outage", "△", "#777777", draw.TriangleGlyph{}, 4},
	{"caveat work: sanitise, verify, release, liaison", "+", "#7b3294", draw.PlusGlyph{}, 4},
	{"request left unanswered", "■", "#e66101", draw.BoxGlyph{}, 3},
	{"breach or leak", "✕", "#d7191c", draw.CrossGlyph{}, 5},
	{"assessment fused", "●", "#2c7bb6", draw.CircleGlyph{}, 4},
	{"operation succeeded", "■", "#1a9641", draw.BoxGlyph{}, 5},
	{"operation failed", "□", "#d7191c", draw.SquareGlyph{}, 5},
	{"expected outcome met", "▲", "#1a9641", draw.PyramidGlyph{}, 5},
	{"expected outcome missed", "▲", "#d7191c", draw.PyramidGlyph{}, 5},
	{"plot disrupted", "○", "#1a9641", draw.RingGlyph{}, 8},
	{"plot struck", "○", "#d7191c", draw.RingGlyph{}, 8},
}

// stripKindOf returns the strip kind of a timeline entry (-1: not drawn)
// and whether it belongs on the scenario lane rather than the teams'.
func stripKindOf(e Entry) (kind int, scenarioLane bool) {
	switch e.Kind {
	case "inject":
		return 0, len(e.Teams) == 0
	case "outage":
		return 0, true
	case "sanitise", "verify", "grant", "liaison":
		return 1, false
	case "request-expired":
		return 2, false
	case "breach", "leak":
		return 3, false
	case "fuse":
		return 4, false
	case "operation":
		if e.Truth {
			return 5, len(e.To) == 0
		}
		return 6, len(e.To) == 0
	case "expectation":
		switch {
		case e.Rule == "manual":
			return -1, false
		case e.Truth:
			return 7, true
		}
		return 8, true
	case "disrupted":
		return 9, true
	case "struck":
		return 10, true
	}
	return -1, false
}

// stripChart: one lane per team plus a scenario lane, one mark per notable
// event at its round, so the flow of the game shows at a glance.
func stripChart(a *AAR) (string, error) {
	lanes := len(a.Teams) + 1
	y := func(lane int) float64 { return float64(lanes - 1 - lane) } // first lane on top
	laneOf := map[string]int{}
	for i, t := range a.Teams {
		laneOf[t.ID] = i
	}
	pts := make([]plotter.XYs, len(stripKinds))
	for _, e := range a.Timeline {
		k, scen := stripKindOf(e)
		if k < 0 {
			continue
		}
		x := float64(e.Round) + (float64(k)-float64(len(stripKinds)-1)/2)*0.06
		if scen {
			pts[k] = append(pts[k], plotter.XY{X: x, Y: y(lanes - 1)})
			continue
		}
		teams := e.Teams
		if e.Kind == "operation" {
			teams = e.To
		} else if e.Team != "" {
			teams = []string{e.Team}
		}
		for _, t := range teams {
			if l, ok := laneOf[t]; ok {
				pts[k] = append(pts[k], plotter.XY{X: x, Y: y(l)})
			}
		}
	}
	p := newPlot("round", "")
	p.X.Min, p.X.Max = 0.5, float64(max(1, a.Game.Played))+0.5
	p.Y.Min, p.Y.Max = -0.5, float64(lanes)-0.5
	p.X.Tick.Marker = roundTicks(max(1, a.Game.Played))
	grid := plotter.NewGrid()
	grid.Horizontal.Color = color.RGBA{R: 0xdd, G: 0xdd, B: 0xdd, A: 0xff}
	grid.Vertical.Color = grid.Horizontal.Color
	p.Add(grid)
	for k, xy := range pts {
		if len(xy) == 0 {
			continue
		}
		sc, err := plotter.NewScatter(xy)
		if err != nil {
			return "", fmt.Errorf("timeline strip: %w", err)
		}
		sc.GlyphStyle = draw.GlyphStyle{Shape: stripKinds[k].glyph, Radius: stripKinds[k].radius, Color: teamColour(stripKinds[k].Colour)}
		p.Add(sc)
	}
	labels := make([]string, lanes)
	for i, t := range a.Teams {
		labels[lanes-1-i] = a.shortName(t.ID)
	}
	labels[0] = "scenario"
	p.NominalY(labels...)
	h := vg.Length(50 + laneHeight*lanes)
	return svgOf(chartWidth, h, func(c draw.Canvas) error { p.Draw(draw.Crop(c, labelPadPt, 0, 0, 0)); return nil })
}

//go:build !js

package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/palette"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart sizes, in points.
const (
	chartWidth  = 720
	chartHeight = 300
	laneHeight  = 22
	heatRowPt   = 13
	colourBarPt = 110
	labelPadPt  = 24 // room for browsers whose fallback font is wider than Liberation Sans
)

// sans is the chart font (Liberation Sans, shipped inside gonum/plot).
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// coalitionColour draws the coalition's series.
var coalitionColour = color.RGBA{R: 0x33, G: 0x33, B: 0x33, A: 0xff}

// newPlot returns a plot using the chart font throughout.
func newPlot(xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.TextStyle.Font = font.From(sans, 12)
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = font.From(sans, 11)
		ax.Tick.Label.Font = font.From(sans, 9)
	}
	p.Legend.TextStyle.Font = font.From(sans, 9)
	return p
}

// svgOf draws a function onto an SVG canvas and returns the <svg> element
// (without the XML prolog) for inlining in HTML.
func svgOf(w, h vg.Length, paint func(c draw.Canvas) error) (string, error) {
	c := vgsvg.New(w, h)
	if err := paint(draw.New(c)); err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("write chart SVG: %w", err)
	}
	s := buf.String()
	if i := strings.Index(s, "<svg"); i >= 0 {
		s = s[i:]
	}
	return s, nil
}

// teamColour parses a team's #rrggbb colour (grey when malformed).
func teamColour(hex string) color.Color {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil || len(hex) != 7 {
		return color.RGBA{R: 0x88, G: 0x88, B: 0x88, A: 0xff}
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// scoreChart: grouped bars, one group per dimension, one bar per card.
func scoreChart(a *AAR) (string, error) {
	cards := append([]Card{a.Scores.Coalition}, a.Scores.Teams...)
	p := newPlot("", "score (0–100)")
	p.Y.Min, p.Y.Max = 0, 100
	p.Add(plotter.NewGrid())
	labels := make([]string, len(a.Scores.Coalition.Dims))
	for i, d := range a.Scores.Coalition.Dims {
		labels[i] = d.Label
	}
	groupPt := float64(chartWidth-80) / float64(max(1, len(labels)))
	barPt := vg.Length(groupPt * 0.8 / float64(len(cards)))
	for k, c := range cards {
		vals := make(plotter.Values, len(c.Dims))
		var na plotter.XYLabels // "n/a" where nothing was measured, so it never reads as a score of 0
		for i, d := range c.Dims {
			if d.Measured {
				vals[i] = d.Score
			} else {
				na.XYs = append(na.XYs, plotter.XY{X: float64(i), Y: 0})
				na.Labels = append(na.Labels, "n/a")
			}
		}
		bars, err := plotter.NewBarChart(vals, barPt)
		if err != nil {
			return "", fmt.Errorf("score chart: %w", err)
		}
		bars.LineStyle.Width = 0
		bars.Color = coalitionColour
		if k > 0 {
			bars.Color = teamColour(a.Teams[k-1].Colour)
		}
		bars.Offset = vg.Length(float64(k)-float64(len(cards)-1)/2) * barPt
		p.Add(bars)
		if len(na.Labels) > 0 {
			labels, err := plotter.NewLabels(na)
			if err != nil {
				return "", fmt.Errorf("score chart: %w", err)
			}
			for i := range labels.TextStyle {
				ts := &labels.TextStyle[i]
				ts.Font = font.From(sans, 8)
				ts.Color = color.Gray{Y: 0x55}
				ts.Rotation = math.Pi / 2 // upright along the empty bar
				ts.XAlign, ts.YAlign = draw.XLeft, draw.YCenter
			}
			labels.Offset = vg.Point{X: bars.Offset, Y: 2}
			p.Add(labels)
		}
	}
	p.NominalX(labels...)
	p.X.Min, p.X.Max = -0.5, float64(len(labels))-0.5 // room for the outer bars' offsets
	return svgOf(chartWidth, chartHeight, func(c draw.Canvas) error { p.Draw(c); return nil })
}

// trustGrid is the trust matrix over rounds: one row per directed pair.
type trustGrid struct{ s Series }

func (g trustGrid) Dims() (c, r int)   { return len(g.s.Rounds), len(g.s.Trust) }
func (g trustGrid) Z(c, r int) float64 { return float64(g.s.Trust[len(g.s.Trust)-1-r].Values[c]) }
func (g trustGrid) X(c int) float64    { return float64(g.s.Rounds[c]) }
func (g trustGrid) Y(r int) float64    { return float64(r) }

// scaleGrid is the trust colour scale: one column, trust 0..100 upwards.
type scaleGrid struct{}

func (scaleGrid) Dims() (c, r int)   { return 1, 101 }
func (scaleGrid) Z(_, r int) float64 { return float64(r) }
func (scaleGrid) X(int) float64      { return 0 }
func (scaleGrid) Y(r int) float64    { return float64(r) }

// trustChart: heat map of every directed pair's trust at the start and the
// end of each round, red (low) to blue (high), with a colour bar.
func trustChart(a *AAR) (string, error) {
	s := a.Series
	if len(s.Trust) == 0 {
		return "", nil
	}
	cm := palette.Reverse(moreland.SmoothBlueRed())
	cm.SetMin(0)
	cm.SetMax(100)
	hm := plotter.NewHeatMap(trustGrid{s}, cm.Palette(101))
	hm.Min, hm.Max = 0, 100
	p := newPlot("round (0 = start)", "")
	p.Add(hm)
	labels := make([]string, len(s.Trust))
	for r := range s.Trust {
		t := s.Trust[len(s.Trust)-1-r]
		labels[r] = a.shortName(t.From) + " → " + a.shortName(t.To)
	}
	p.NominalY(labels...)
	p.X.Tick.Marker = roundTicks(len(s.Rounds) - 1)
	// The colour scale is a one-column heat map (vector rectangles: the
	// ColorBar plotter draws a 1-pixel raster that browsers keep 1 pixel wide).
	scale := plotter.NewHeatMap(scaleGrid{}, cm.Palette(101))
	scale.Min, scale.Max = 0, 100
	bar := newPlot("", "trust")
	bar.HideX()
	bar.Add(scale)
	h := vg.Length(60 + heatRowPt*len(s.Trust))
	return svgOf(chartWidth, h, func(c draw.Canvas) error {
		left := draw.Crop(c, labelPadPt, -colourBarPt, 0, 0)
		right := draw.Crop(c, chartWidth-colourBarPt+30, -20, 30, 0)
		p.Draw(left)
		bar.Draw(right)
		return nil
	})
}

// reachChart: the share of need-to-know pairs each team could read by the
// end of each round, the coalition's in black, and the share already due.
func reachChart(a *AAR) (string, error) {
	p := newPlot("round", "need-to-know pairs readable (%)")
	p.Y.Min, p.Y.Max = 0, 100
	p.Add(plotter.NewGrid())
	for _, rs := range a.Series.Reach {
		if rs.Pairs == 0 {
			continue
		}
		line, err := plotter.NewLine(points(a.Series.Rounds, rs.Known))
		if err != nil {
			return "", fmt.Errorf("reach chart: %w", err)
		}
		line.Width = vg.Points(1.5)
		if rs.Team == "coalition" {
			line.Color = coalitionColour
			line.Width = vg.Points(3)
			due, err := plotter.NewLine(points(a.Series.Rounds, rs.Due))
			if err != nil {
				return "", fmt.Errorf("reach chart: %w", err)
			}
			due.Color = color.RGBA{R: 0x99, G: 0x99, B: 0x99, A: 0xff}
			due.Width = vg.Points(2)
			due.Dashes = []vg.Length{vg.Points(6), vg.Points(4)}
			p.Add(due)
		} else {
			line.Color = teamColour(teamColourOf(a, rs.Team))
		}
		p.Add(line)
	}
	p.X.Tick.Marker = roundTicks(len(a.Series.Rounds) - 1)
	return svgOf(chartWidth, chartHeight, func(c draw.Canvas) error { p.Draw(c); return nil })
}

// roundTicks labels every round up to n (every other one past 24).
func roundTicks(n int) plot.ConstantTicks {
	step := 1
	if n > 24 {
		step = 2
	}
	var ticks []plot.Tick
	for r := 0; r <= n; r++ {
		label := ""
		if r%step == 0 {
			label = strconv.Itoa(r)
		}
		ticks = append(ticks, plot.Tick{Value: float64(r), Label: label})
	}
	return ticks
}

func points(xs []int, ys []float64) plotter.XYs {
	out := make(plotter.XYs, len(xs))
	for i := range xs {
		out[i].X, out[i].Y = float64(xs[i]), ys[i]
	}
	return out
}

func teamColourOf(a *AAR, id string) string {
	for _, t := range a.Teams {
		if t.ID == id {
			return t.Colour
		}
	}
	return ""
}

package draw

import (
	"image"
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// Painter draws flat shapes with reused vertex buffers, so steady-state
// drawing allocates nothing. All shapes come from one white 3×3 image (its
// centre pixel), which lets Ebiten batch consecutive calls into one draw.
type Painter struct {
	white *ebiten.Image
	vs    []ebiten.Vertex
	is    []uint16
	top   ebiten.DrawTrianglesOptions
	iop   ebiten.DrawImageOptions
}

func NewPainter() *Painter {
	img := ebiten.NewImage(3, 3)
	img.Fill(color.White)
	return &Painter{
		white: img.SubImage(image.Rect(1, 1, 2, 2)).(*ebiten.Image),
		vs:    make([]ebiten.Vertex, 0, 512),
		is:    make([]uint16, 0, 1024),
	}
}

// ScaleRGBA multiplies a colour scale by a (premultiplied) RGBA colour.
func ScaleRGBA(cs *ebiten.ColorScale, c color.RGBA) {
	cs.Scale(float32(c.R)/255, float32(c.G)/255, float32(c.B)/255, float32(c.A)/255)
}

func (p *Painter) vertex(x, y float64, c color.RGBA) {
	a := float32(c.A) / 255
	var r, g, b float32
	if a > 0 {
		r, g, b = float32(c.R)/255/a, float32(c.G)/255/a, float32(c.B)/255/a
	}
	p.vs = append(p.vs, ebiten.Vertex{DstX: float32(x), DstY: float32(y), SrcX: 1, SrcY: 1, ColorR: r, ColorG: g, ColorB: b, ColorA: a})
}

func (p *Painter) flush(dst *ebiten.Image) {
	if len(p.is) > 0 {
		p.top.AntiAlias = false
		p.top.Filter = ebiten.FilterLinear
		dst.DrawTriangles(p.vs, p.is, p.white, &p.top)
	}
	p.vs, p.is = p.vs[:0], p.is[:0]
}

func (p *Painter) quad(x0, y0, x1, y1, x2, y2, x3, y3 float64, c color.RGBA) {
	b := uint16(len(p.vs))
	p.vertex(x0, y0, c)
	p.vertex(x1, y1, c)
	p.vertex(x2, y2, c)
	p.vertex(x3, y3, c)
	p.is = append(p.is, b, b+1, b+2, b, b+2, b+3)
}

// Fill fills a rectangle.
func (p *Painter) Fill(dst *ebiten.Image, r layout.Rect, c color.RGBA) {
	if r.Empty() {
		return
	}
	p.quad(r.X, r.Y, r.Right(), r.Y, r.Right(), r.Bottom(), r.X, r.Bottom(), c)
	p.flush(dst)
}

// Stroke draws a rectangle's outline of width w inside r.
func (p *Painter) Stroke(dst *ebiten.Image, r layout.Rect, w float64, c color.RGBA) {
	if r.Empty() {
		return
	}
	p.quad(r.X, r.Y, r.Right(), r.Y, r.Right(), r.Y+w, r.X, r.Y+w, c)
	p.quad(r.X, r.Bottom()-w, r.Right(), r.Bottom()-w, r.Right(), r.Bottom(), r.X, r.Bottom(), c)
	p.quad(r.X, r.Y+w, r.X+w, r.Y+w, r.X+w, r.Bottom()-w, r.X, r.Bottom()-w, c)
	p.quad(r.Right()-w, r.Y+w, r.Right(), r.Y+w, r.Right(), r.Bottom()-w, r.Right()-w, r.Bottom()-w, c)
	p.flush(dst)
}

// corner appends a quarter-disc fan centred at (cx, cy) from angle a0.
func (p *Painter) corner(cx, cy, rad, a0 float64, c color.RGBA) {
	const seg = 6
	b := uint16(len(p.vs))
	p.vertex(cx, cy, c)
	for i := 0; i <= seg; i++ {
		a := a0 + math.Pi/2*float64(i)/seg
		p.vertex(cx+rad*math.Cos(a), cy+rad*math.Sin(a), c)
	}
	for i := uint16(1); i <= seg; i++ {
		p.is = append(p.is, b, b+i, b+i+1)
	}
}

// Round fills a rectangle with rounded corners of radius rad.
func (p *Painter) Round(dst *ebiten.Image, r layout.Rect, rad float64, c color.RGBA) {
	if r.Empty() {
		return
	}
	rad = min(rad, r.W/2, r.H/2)
	if rad < 1 {
		p.Fill(dst, r, c)
		return
	}
	x0, y0, x1, y1 := r.X, r.Y, r.Right(), r.Bottom()
	p.quad(x0+rad, y0, x1-rad, y0, x1-rad, y1, x0+rad, y1, c)
	p.quad(x0, y0+rad, x0+rad, y0+rad, x0+rad, y1-rad, x0, y1-rad, c)
	p.quad(x1-rad, y0+rad, x1, y0+rad, x1, y1-rad, x1-rad, y1-rad, c)
	p.corner(x0+rad, y0+rad, rad, math.Pi, c)
	p.corner(x1-rad, y0+rad, rad, -math.Pi/2, c)
	p.corner(x1-rad, y1-rad, rad, 0, c)
	p.corner(x0+rad, y1-rad, rad, math.Pi/2, c)
	p.flush(dst)
}

// RoundBorder draws a rounded panel with a border of width w.
func (p *Painter) RoundBorder(dst *ebiten.Image, r layout.Rect, rad, w float64, fill, border color.RGBA) {
	p.Round(dst, r, rad, border)
	p.Round(dst, r.Inset(w), max(0, rad-w), fill)
}

// Line draws a segment of width w.
func (p *Painter) Line(dst *ebiten.Image, x0, y0, x1, y1, w float64, c color.RGBA) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	p.quad(x0+nx, y0+ny, x1+nx, y1+ny, x1-nx, y1-ny, x0-nx, y0-ny, c)
	p.flush(dst)
}

// Dashed draws a dashed segment: dash on, gap off.
func (p *Painter) Dashed(dst *ebiten.Image, x0, y0, x1, y1, w, dash, gap float64, c color.RGBA) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	ux, uy := dx/l, dy/l
	nx, ny := -uy*w/2, ux*w/2
	for t := 0.0; t < l; t += dash + gap {
		e := min(t+dash, l)
		ax, ay, bx, by := x0+ux*t, y0+uy*t, x0+ux*e, y0+uy*e
		p.quad(ax+nx, ay+ny, bx+nx, by+ny, bx-nx, by-ny, ax-nx, ay-ny, c)
		if len(p.vs) > 4000 {
			p.flush(dst)
		}
	}
	p.flush(dst)
}

// Disc fills a circle.
func (p *Painter) Disc(dst *ebiten.Image, cx, cy, rad float64, c color.RGBA) {
	const seg = 28
	b := uint16(len(p.vs))
	p.vertex(cx, cy, c)
	for i := 0; i <= seg; i++ {
		a := 2 * math.Pi * float64(i) / seg
		p.vertex(cx+rad*math.Cos(a), cy+rad*math.Sin(a), c)
	}
	for i := uint16(1); i <= seg; i++ {
		p.is = append(p.is, b, b+i, b+i+1)
	}
	p.flush(dst)
}

// Ring strokes a circle.
func (p *Painter) Ring(dst *ebiten.Image, cx, cy, rad, w float64, c color.RGBA) {
	const seg = 36
	for i := 0; i < seg; i++ {
		a0 := 2 * math.Pi * float64(i) / seg
		a1 := 2 * math.Pi * float64(i+1) / seg
		ri, ro := rad-w/2, rad+w/2
		p.quad(cx+ri*math.Cos(a0), cy+ri*math.Sin(a0), cx+ro*math.Cos(a0), cy+ro*math.Sin(a0),
			cx+ro*math.Cos(a1), cy+ro*math.Sin(a1), cx+ri*math.Cos(a1), cy+ri*math.Sin(a1), c)
	}
	p.flush(dst)
}

// Image draws img scaled into r, tinted by c.
func (p *Painter) Image(dst, img *ebiten.Image, r layout.Rect, c color.RGBA) {
	b := img.Bounds()
	p.iop.GeoM.Reset()
	p.iop.GeoM.Scale(r.W/float64(b.Dx()), r.H/float64(b.Dy()))
	p.iop.GeoM.Translate(r.X, r.Y)
	p.iop.ColorScale.Reset()
	ScaleRGBA(&p.iop.ColorScale, c)
	p.iop.Filter = ebiten.FilterLinear
	dst.DrawImage(img, &p.iop)
}

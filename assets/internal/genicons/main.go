// Command genicons draws Liaison's icons: small white-on-transparent PNGs
// that the game tints at run time. Every shape is drawn here from simple
// geometry, so the icons are original work (see assets/LICENSES.md).
//
// Run it from the repository root with `go generate ./assets`.
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"sort"

	"golang.org/x/image/vector"
)

// size is the side of every icon in pixels; the game scales them.
const size = 48

// pen draws strokes and fills onto one icon. Each primitive is rasterised
// on its own and merged by maximum coverage, so overlapping shapes never
// cancel out whatever their winding.
type pen struct {
	z   *vector.Rasterizer
	out *image.Alpha
}

func newPen() *pen {
	return &pen{z: vector.NewRasterizer(size, size), out: image.NewAlpha(image.Rect(0, 0, size, size))}
}

// flush merges the current primitive into the icon.
func (p *pen) flush() {
	tmp := image.NewAlpha(p.out.Bounds())
	p.z.Draw(tmp, tmp.Bounds(), image.Opaque, image.Point{})
	for i, v := range tmp.Pix {
		p.out.Pix[i] = max(p.out.Pix[i], v)
	}
	p.z.Reset(size, size)
}

// poly fills a closed polygon.
func (p *pen) poly(pts ...float32) {
	p.z.MoveTo(pts[0], pts[1])
	for i := 2; i+1 < len(pts); i += 2 {
		p.z.LineTo(pts[i], pts[i+1])
	}
	p.z.ClosePath()
	p.flush()
}

// line strokes a segment of width w as a quad with round caps.
func (p *pen) line(x0, y0, x1, y1, w float32) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	p.poly(x0+nx, y0+ny, x1+nx, y1+ny, x1-nx, y1-ny, x0-nx, y0-ny)
	p.disc(x0, y0, w/2)
	p.disc(x1, y1, w/2)
}

// path strokes a polyline.
func (p *pen) path(w float32, pts ...float32) {
	for i := 0; i+3 < len(pts); i += 2 {
		p.line(pts[i], pts[i+1], pts[i+2], pts[i+3], w)
	}
}

// disc fills a circle.
func (p *pen) disc(cx, cy, r float32) {
	const n = 32
	p.z.MoveTo(cx+r, cy)
	for i := 1; i < n; i++ {
		a := 2 * math.Pi * float64(i) / n
		p.z.LineTo(cx+r*float32(math.Cos(a)), cy+r*float32(math.Sin(a)))
	}
	p.z.ClosePath()
	p.flush()
}

// arc strokes a circular arc from angle a0 to a1 (radians, clockwise on screen).
func (p *pen) arc(cx, cy, r, a0, a1, w float32) {
	const n = 24
	px, py := cx+r*cos(a0), cy+r*sin(a0)
	for i := 1; i <= n; i++ {
		a := a0 + (a1-a0)*float32(i)/n
		x, y := cx+r*cos(a), cy+r*sin(a)
		p.line(px, py, x, y, w)
		px, py = x, y
	}
}

// ring strokes a full circle.
func (p *pen) ring(cx, cy, r, w float32) { p.arc(cx, cy, r, 0, 2*math.Pi, w) }

// rect strokes a rectangle outline.
func (p *pen) rect(x, y, w, h, sw float32) {
	p.path(sw, x, y, x+w, y, x+w, y+h, x, y+h, x, y)
}

// fillRect fills a rectangle.
func (p *pen) fillRect(x, y, w, h float32) { p.poly(x, y, x+w, y, x+w, y+h, x, y+h) }

// arrowHead fills a triangle pointing from (x0,y0) towards (x1,y1), tip at (x1,y1).
func (p *pen) arrowHead(x0, y0, x1, y1, s float32) {
	dx, dy := x1-x0, y1-y0
	l := float32(math.Hypot(float64(dx), float64(dy)))
	ux, uy := dx/l, dy/l
	bx, by := x1-ux*s, y1-uy*s
	p.poly(x1, y1, bx-uy*s*0.7, by+ux*s*0.7, bx+uy*s*0.7, by-ux*s*0.7)
}

func cos(a float32) float32 { return float32(math.Cos(float64(a))) }
func sin(a float32) float32 { return float32(math.Sin(float64(a))) }

func (p *pen) image() *image.Alpha { return p.out }

// icons maps each icon name to its drawing; names match order kinds where they depict one.
var icons = map[string]func(p *pen){
	"share": func(p *pen) { // a card with an arrow leaving it
		p.rect(6, 14, 22, 26, 3)
		p.line(20, 24, 38, 24, 4)
		p.arrowHead(30, 24, 44, 24, 9)
	},
	"request": func(p *pen) { // an arrow coming in to a card, question dot
		p.rect(20, 14, 22, 26, 3)
		p.line(4, 24, 20, 24, 4)
		p.arrowHead(8, 24, 22, 24, 9)
		p.disc(31, 33, 2.5)
		p.arc(31, 22, 5, math.Pi, 2.4*math.Pi, 3)
	},
	"respond": func(p *pen) { // a reply arrow
		p.arc(26, 28, 12, -math.Pi/2, math.Pi/2, 4)
		p.line(26, 16, 10, 16, 4)
		p.arrowHead(18, 16, 4, 16, 9)
		p.line(26, 40, 18, 40, 4)
	},
	"sanitise": func(p *pen) { // a page with a dashed tear line
		p.rect(10, 6, 28, 36, 3)
		p.line(15, 14, 33, 14, 3)
		p.line(15, 20, 30, 20, 3)
		for x := float32(4); x < 44; x += 8 {
			p.line(x, 28, x+4, 28, 3)
		}
		p.fillRect(13, 32, 22, 8)
	},
	"verify": func(p *pen) { // a tick in a circle
		p.ring(24, 24, 18, 3.5)
		p.path(4.5, 14, 25, 21, 32, 34, 16)
	},
	"translate": func(p *pen) { // two overlapping cards with letters
		p.rect(5, 6, 22, 22, 3)
		p.rect(21, 20, 22, 22, 3)
		p.path(3, 11, 23, 16, 11, 21, 23)
		p.line(13, 19, 19, 19, 2.5)
		p.path(3, 27, 28, 37, 28)
		p.path(3, 32, 26, 32, 38)
	},
	"ask-release": func(p *pen) { // an open padlock with a question mark
		p.fillRect(10, 22, 28, 20)
		p.arc(24, 16, 9, math.Pi, 2*math.Pi, 4)
		p.line(33, 16, 33, 20, 4)
	},
	"grant": func(p *pen) { // a key
		p.ring(14, 24, 8, 4)
		p.line(22, 24, 44, 24, 4)
		p.line(38, 24, 38, 32, 4)
		p.line(32, 24, 32, 30, 4)
	},
	"fuse": func(p *pen) { // three lines merging into one
		p.path(3.5, 6, 10, 22, 24, 44, 24)
		p.path(3.5, 6, 24, 22, 24)
		p.path(3.5, 6, 38, 22, 24)
		p.arrowHead(30, 24, 45, 24, 9)
	},
	"propose": func(p *pen) { // a flag
		p.line(12, 6, 12, 44, 4)
		p.poly(12, 7, 40, 14, 12, 24)
	},
	"commit": func(p *pen) { // two joined rings
		p.ring(17, 24, 11, 4)
		p.ring(31, 24, 11, 4)
	},
	"post-liaison": func(p *pen) { // a person with a badge
		p.disc(24, 13, 8)
		p.poly(8, 44, 12, 28, 36, 28, 40, 44)
	},
	"message": func(p *pen) { // a speech bubble
		p.rect(5, 8, 38, 24, 3.5)
		p.poly(14, 31, 24, 31, 12, 42)
		p.line(12, 17, 36, 17, 3)
		p.line(12, 24, 28, 24, 3)
	},
	"pass": func(p *pen) { // an hourglass
		p.line(10, 6, 38, 6, 4)
		p.line(10, 42, 38, 42, 4)
		p.poly(12, 8, 36, 8, 24, 23)
		p.poly(24, 25, 36, 40, 12, 40)
	},
	"secure": func(p *pen) { // a closed padlock
		p.fillRect(10, 22, 28, 20)
		p.arc(24, 18, 9, math.Pi, 2*math.Pi, 4)
		p.line(15, 18, 15, 22, 4)
		p.line(33, 18, 33, 22, 4)
	},
	"insecure": func(p *pen) { // an open padlock, shackle swung aside
		p.fillRect(10, 22, 28, 20)
		p.arc(33, 13, 9, math.Pi, 2*math.Pi, 4)
		p.line(24, 13, 24, 18, 4)
	},
	"outage": func(p *pen) { // a broken link
		p.path(4, 4, 24, 14, 24, 20, 18)
		p.path(4, 44, 24, 34, 24, 28, 30)
		p.line(18, 8, 30, 40, 4)
	},
	"unconfirmed": func(p *pen) { // a warning triangle
		p.path(3.5, 24, 5, 44, 41, 4, 41, 24, 5)
		p.line(24, 17, 24, 29, 4)
		p.disc(24, 35, 2.6)
	},
	"garbled": func(p *pen) { // a zigzag scribble
		p.path(3.5, 4, 16, 11, 32, 18, 16, 25, 32, 32, 16, 39, 32, 44, 20)
	},
	"threat": func(p *pen) { // a target reticle
		p.ring(24, 24, 16, 3.5)
		p.disc(24, 24, 4)
		p.line(24, 2, 24, 12, 3.5)
		p.line(24, 36, 24, 46, 3.5)
		p.line(2, 24, 12, 24, 3.5)
		p.line(36, 24, 46, 24, 3.5)
	},
	"undo": func(p *pen) { // a curved back arrow
		p.arc(26, 26, 13, -math.Pi/2, math.Pi*0.7, 4)
		p.arrowHead(30, 13, 12, 13, 10)
	},
	"help": func(p *pen) { // a question mark in a circle
		p.ring(24, 24, 19, 3.5)
		p.arc(24, 19, 7, math.Pi, 2.45*math.Pi, 4)
		p.line(24, 26, 24, 29, 4)
		p.disc(24, 36, 2.8)
	},
	"inbox": func(p *pen) { // a tray
		p.path(4, 6, 26, 12, 8, 36, 8, 42, 26, 42, 40, 6, 40, 6, 26)
		p.path(4, 6, 26, 16, 26, 19, 31, 29, 31, 32, 26, 42, 26)
	},
	"clock": func(p *pen) { // a deadline clock
		p.ring(24, 24, 18, 3.5)
		p.path(4, 24, 12, 24, 24, 32, 30)
	},
	"orcon": func(p *pen) { // an eye: originator controlled
		p.arc(24, 40, 24, -0.8*math.Pi, -0.2*math.Pi, 3.5)
		p.arc(24, 8, 24, 0.2*math.Pi, 0.8*math.Pi, 3.5)
		p.disc(24, 24, 6)
	},
	"scenario": func(p *pen) { // a folded map
		p.path(3.5, 6, 12, 18, 6, 30, 12, 42, 6, 42, 36, 30, 42, 18, 36, 6, 42, 6, 12)
		p.line(18, 6, 18, 36, 3)
		p.line(30, 12, 30, 42, 3)
	},
	"bot": func(p *pen) { // a robot head
		p.rect(9, 14, 30, 26, 3.5)
		p.disc(18, 26, 3.5)
		p.disc(30, 26, 3.5)
		p.line(24, 6, 24, 14, 3)
		p.disc(24, 6, 3)
		p.line(18, 34, 30, 34, 3)
	},
	"human": func(p *pen) { // a person
		p.ring(24, 14, 8, 3.5)
		p.arc(24, 44, 16, math.Pi, 2*math.Pi, 3.5)
	},
	"pause": func(p *pen) {
		p.fillRect(12, 8, 8, 32)
		p.fillRect(28, 8, 8, 32)
	},
	"note": func(p *pen) { // a pencil
		p.poly(10, 32, 32, 10, 38, 16, 16, 38)
		p.poly(10, 32, 16, 38, 6, 42)
	},
	"inject": func(p *pen) { // a lightning bolt
		p.poly(28, 3, 10, 27, 22, 27, 18, 45, 38, 19, 26, 19)
	},
}

func main() {
	dir := "icons"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	names := make([]string, 0, len(icons))
	for n := range icons {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := newPen()
		icons[n](p)
		a := p.image()
		rgba := image.NewNRGBA(a.Bounds())
		for i, v := range a.Pix {
			rgba.Pix[4*i], rgba.Pix[4*i+1], rgba.Pix[4*i+2], rgba.Pix[4*i+3] = 255, 255, 255, v
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, rgba); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(dir, n+".png"), buf.Bytes(), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

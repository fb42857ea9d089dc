package layout

import "math"

// Point is a position on screen.
type Point struct{ X, Y float64 }

// Star places a hub at the centre of r and n satellites on the ellipse
// inscribed in r (inset by mx horizontally and my vertically), starting at
// the top and going clockwise. It appends the satellites to dst and returns
// the hub and the satellites.
func Star(dst []Point, r Rect, n int, mx, my float64) (Point, []Point) {
	c := Point{r.CenterX(), r.CenterY()}
	rx, ry := max(0, r.W/2-mx), max(0, r.H/2-my)
	for i := 0; i < n; i++ {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(n)
		if n == 1 {
			a = 0 // a lone partner sits to the right
		}
		dst = append(dst, Point{c.X + rx*math.Cos(a), c.Y + ry*math.Sin(a)})
	}
	return c, dst
}

// Offset returns the segment a→b shifted sideways by d (for parallel links).
func Offset(a, b Point, d float64) (Point, Point) {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return a, b
	}
	nx, ny := -dy/l*d, dx/l*d
	return Point{a.X + nx, a.Y + ny}, Point{b.X + nx, b.Y + ny}
}

// Lerp returns the point a fraction t of the way from a to b.
func Lerp(a, b Point, t float64) Point { return Point{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t} }

// InCircle reports whether p lies within radius r of c.
func InCircle(p, c Point, r float64) bool { return math.Hypot(p.X-c.X, p.Y-c.Y) <= r }

// Package layout is the display-free geometry of Liaison's desktop game:
// rectangles, splitting a screen into panels, hit-testing, scrolling lists
// and text wrapping against an abstract measurer. It never imports Ebiten,
// so everything here is tested without a display.
package layout

// Rect is an axis-aligned rectangle in screen pixels; X,Y is the top-left corner.
type Rect struct {
	X, Y, W, H float64
}

// R builds a Rect.
func R(x, y, w, h float64) Rect { return Rect{x, y, w, h} }

// Right returns the x just past the rectangle.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom returns the y just past the rectangle.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// CenterX returns the horizontal middle.
func (r Rect) CenterX() float64 { return r.X + r.W/2 }

// CenterY returns the vertical middle.
func (r Rect) CenterY() float64 { return r.Y + r.H/2 }

// Empty reports whether the rectangle has no area.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// Contains reports whether the point is inside (left/top edges inclusive).
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// Inset shrinks the rectangle by d on every side (never below zero size).
func (r Rect) Inset(d float64) Rect { return r.InsetXY(d, d) }

// InsetXY shrinks the rectangle by dx horizontally and dy vertically on each side.
func (r Rect) InsetXY(dx, dy float64) Rect {
	out := Rect{r.X + dx, r.Y + dy, r.W - 2*dx, r.H - 2*dy}
	if out.W < 0 {
		out.X, out.W = r.CenterX(), 0
	}
	if out.H < 0 {
		out.Y, out.H = r.CenterY(), 0
	}
	return out
}

// CutTop splits off a strip of height h from the top; the rest follows a gap.
func (r Rect) CutTop(h, gap float64) (top, rest Rect) {
	h = clamp(h, 0, r.H)
	top = Rect{r.X, r.Y, r.W, h}
	g := min(gap, r.H-h)
	rest = Rect{r.X, r.Y + h + g, r.W, r.H - h - g}
	return
}

// CutBottom splits off a strip of height h from the bottom.
func (r Rect) CutBottom(h, gap float64) (rest, bottom Rect) {
	h = clamp(h, 0, r.H)
	bottom = Rect{r.X, r.Bottom() - h, r.W, h}
	g := min(gap, r.H-h)
	rest = Rect{r.X, r.Y, r.W, r.H - h - g}
	return
}

// CutLeft splits off a column of width w from the left.
func (r Rect) CutLeft(w, gap float64) (left, rest Rect) {
	w = clamp(w, 0, r.W)
	left = Rect{r.X, r.Y, w, r.H}
	g := min(gap, r.W-w)
	rest = Rect{r.X + w + g, r.Y, r.W - w - g, r.H}
	return
}

// CutRight splits off a column of width w from the right.
func (r Rect) CutRight(w, gap float64) (rest, right Rect) {
	w = clamp(w, 0, r.W)
	right = Rect{r.Right() - w, r.Y, w, r.H}
	g := min(gap, r.W-w)
	rest = Rect{r.X, r.Y, r.W - w - g, r.H}
	return
}

// Centered returns a w×h rectangle centred in r (clipped to r's size).
func (r Rect) Centered(w, h float64) Rect {
	w, h = min(w, r.W), min(h, r.H)
	return Rect{r.X + (r.W-w)/2, r.Y + (r.H-h)/2, w, h}
}

// Intersect returns the overlap of two rectangles (zero size if none).
func (r Rect) Intersect(o Rect) Rect {
	x0, y0 := max(r.X, o.X), max(r.Y, o.Y)
	x1, y1 := min(r.Right(), o.Right()), min(r.Bottom(), o.Bottom())
	if x1 <= x0 || y1 <= y0 {
		return Rect{x0, y0, 0, 0}
	}
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

func clamp(v, lo, hi float64) float64 {
	if hi < lo {
		return lo
	}
	return max(lo, min(v, hi))
}

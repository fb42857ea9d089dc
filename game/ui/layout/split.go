package layout

// Columns splits r into n columns of relative widths (weights), separated by gap.
// It writes into dst (reused across frames) and returns it.
func (r Rect) Columns(dst []Rect, gap float64, weights ...float64) []Rect {
	dst = dst[:0]
	total := 0.0
	for _, w := range weights {
		total += w
	}
	if total <= 0 {
		return dst
	}
	avail := r.W - gap*float64(len(weights)-1)
	x := r.X
	for i, w := range weights {
		cw := avail * w / total
		if i == len(weights)-1 {
			cw = r.Right() - x
		}
		dst = append(dst, Rect{x, r.Y, max(cw, 0), r.H})
		x += cw + gap
	}
	return dst
}

// Rows splits r into n rows of relative heights, separated by gap.
func (r Rect) Rows(dst []Rect, gap float64, weights ...float64) []Rect {
	dst = dst[:0]
	total := 0.0
	for _, w := range weights {
		total += w
	}
	if total <= 0 {
		return dst
	}
	avail := r.H - gap*float64(len(weights)-1)
	y := r.Y
	for i, w := range weights {
		ch := avail * w / total
		if i == len(weights)-1 {
			ch = r.Bottom() - y
		}
		dst = append(dst, Rect{r.X, y, r.W, max(ch, 0)})
		y += ch + gap
	}
	return dst
}

// Hit returns the index of the first rectangle containing the point, or -1.
func Hit(rects []Rect, x, y float64) int {
	for i, r := range rects {
		if r.Contains(x, y) {
			return i
		}
	}
	return -1
}

package layout

// Columns splits r into n columns of relative widths (weights), separated by gap.
// It writes into dst (reused across frames) and returns it.
func (r Rect) Columns(dst []Rect, gap float64, weights ...float64) []Rect {
	dst = dst[:0]
	split(r.X, r.W, gap, weights, func(x, w float64) {
		dst = append(dst, Rect{x, r.Y, w, r.H})
	})
	return dst
}

// Rows splits r into n rows of relative heights, separated by gap.
func (r Rect) Rows(dst []Rect, gap float64, weights ...float64) []Rect {
	dst = dst[:0]
	split(r.Y, r.H, gap, weights, func(y, h float64) {
		dst = append(dst, Rect{r.X, y, r.W, h})
	})
	return dst
}

// split divides the span [start, start+length) into parts of relative sizes
// separated by gap, the last part ending exactly at the span's end, and
// calls emit with each part's start and size (never negative).
func split(start, length, gap float64, weights []float64, emit func(pos, size float64)) {
	total := 0.0
	for _, w := range weights {
		total += w
	}
	if total <= 0 {
		return
	}
	avail := length - gap*float64(len(weights)-1)
	pos := start
	for i, w := range weights {
		size := avail * w / total
		if i == len(weights)-1 {
			size = start + length - pos
		}
		emit(pos, max(size, 0))
		pos += size + gap
	}
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

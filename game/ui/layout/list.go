package layout

// List is a vertical list of equal-height rows in a scrollable frame, with a
// selection and a hovered row. Its zero value is an empty list.
type List struct {
	Frame    Rect    // where the list is drawn
	RowH     float64 // height of one row
	Gap      float64 // space between rows
	N        int     // number of rows
	Selected int     // selected row, -1 for none
	Hover    int     // row under the cursor, -1 for none
	Scroll   Scroll
}

// SetSize updates frame, row metrics and count, keeping selection and scroll valid.
func (l *List) SetSize(frame Rect, rowH, gap float64, n int) {
	l.Frame, l.RowH, l.Gap, l.N = frame, rowH, gap, n
	l.Scroll.View = frame.H
	l.Scroll.Content = max(0, float64(n)*(rowH+gap)-gap)
	l.Scroll.Clamp()
	if l.Selected >= n {
		l.Selected = n - 1
	}
	if l.Hover >= n {
		l.Hover = -1
	}
}

// Row returns row i's rectangle on screen (may lie outside the frame).
func (l *List) Row(i int) Rect {
	return Rect{l.Frame.X, l.Frame.Y + float64(i)*(l.RowH+l.Gap) - l.Scroll.Offset, l.Frame.W, l.RowH}
}

// Visible returns the first and one-past-last rows at least partly in view.
func (l *List) Visible() (first, end int) {
	step := l.RowH + l.Gap
	if step <= 0 || l.N == 0 {
		return 0, 0
	}
	first = max(0, int(l.Scroll.Offset/step))
	end = min(l.N, int((l.Scroll.Offset+l.Frame.H)/step)+1)
	return first, end
}

// HitRow returns the row under the point, or -1 (gaps and outside count as none).
func (l *List) HitRow(x, y float64) int {
	if !l.Frame.Contains(x, y) {
		return -1
	}
	step := l.RowH + l.Gap
	if step <= 0 {
		return -1
	}
	cy := y - l.Frame.Y + l.Scroll.Offset
	i := int(cy / step)
	if i < 0 || i >= l.N || cy-float64(i)*step >= l.RowH {
		return -1
	}
	return i
}

// Select sets the selection (clamped) and scrolls it into view.
func (l *List) Select(i int) {
	if l.N == 0 {
		l.Selected = -1
		return
	}
	l.Selected = max(0, min(i, l.N-1))
	y := float64(l.Selected) * (l.RowH + l.Gap)
	l.Scroll.Show(y, y+l.RowH)
}

// Move moves the selection by delta rows (from none, down starts at the top).
func (l *List) Move(delta int) {
	if l.Selected < 0 {
		if delta > 0 {
			l.Select(0)
		} else {
			l.Select(l.N - 1)
		}
		return
	}
	l.Select(l.Selected + delta)
}

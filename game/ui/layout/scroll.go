package layout

// Scroll is the state of a scrollable viewport over taller content.
type Scroll struct {
	Offset  float64 // pixels scrolled from the top of the content
	Content float64 // content height
	View    float64 // viewport height
}

// Max returns the largest valid offset.
func (s *Scroll) Max() float64 { return max(0, s.Content-s.View) }

// Clamp keeps the offset within the content.
func (s *Scroll) Clamp() { s.Offset = clamp(s.Offset, 0, s.Max()) }

// By scrolls by dy pixels (positive is down) and clamps.
func (s *Scroll) By(dy float64) {
	s.Offset += dy
	s.Clamp()
}

// Show scrolls the least needed so that content span [y0, y1) is visible.
func (s *Scroll) Show(y0, y1 float64) {
	if y0 < s.Offset {
		s.Offset = y0
	} else if y1 > s.Offset+s.View {
		s.Offset = y1 - s.View
	}
	s.Clamp()
}

// Scrollable reports whether the content is taller than the view.
func (s *Scroll) Scrollable() bool { return s.Content > s.View+0.5 }

// Thumb returns the scroll bar thumb within a track rectangle.
func (s *Scroll) Thumb(track Rect) Rect {
	if !s.Scrollable() || s.Content <= 0 {
		return track
	}
	h := max(track.H*s.View/s.Content, min(24, track.H))
	y := track.Y + (track.H-h)*s.Offset/max(1, s.Max())
	return Rect{track.X, y, track.W, h}
}

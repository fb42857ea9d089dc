package layout

// Design size: every layout is drawn for this screen and scaled to the window.
const (
	DesignW = 1280
	DesignH = 720
)

// Scale returns the UI scale for a window of w×h pixels: 1 at 1280×720, 1.5 at
// 1920×1080, never below 0.75 so text stays readable, times the user's zoom.
func Scale(w, h int, zoom float64) float64 {
	if zoom <= 0 {
		zoom = 1
	}
	s := min(float64(w)/DesignW, float64(h)/DesignH)
	return clamp(s, 0.75, 4) * clamp(zoom, 0.5, 2)
}

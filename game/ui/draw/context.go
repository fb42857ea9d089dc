// Package draw holds the drawing primitives the scenes and the widgets
// share: the per-tick Context (input, screen size and scale), the embedded
// fonts and the cache of shaped text, the flat-shape Painter, the icons,
// the palette and the design metrics. It knows nothing of the game.
package draw

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// Context is what every scene and widget gets each tick: the input, the
// screen size and scale, and the shared drawing resources.
type Context struct {
	In    *input.Frame
	W, H  float64 // screen size in pixels
	Scale float64 // UI scale: 1 at 1280×720
	Tick  uint64  // ticks since start
	Paint *Painter

	fonts *fonts
	text  *textCache
	icons icons

	tip     string // tooltip requested this tick
	tipRect layout.Rect
}

// NewContext loads the embedded fonts and icons for a context reading in,
// sized for the design screen (1280×720, scale 1).
func NewContext(in *input.Frame) (*Context, error) {
	f, err := loadFonts()
	if err != nil {
		return nil, err
	}
	return &Context{In: in, W: layout.DesignW, H: layout.DesignH, Scale: 1,
		Paint: NewPainter(), fonts: f, text: newTextCache(), icons: loadIcons()}, nil
}

// SetSize sets the screen size and UI scale; it reports whether the scale
// changed (the fonts, and so every cached layout of text, are new).
func (c *Context) SetSize(w, h, scale float64) bool {
	c.W, c.H = w, h
	changed := c.fonts.setScale(scale)
	if changed {
		c.text.reset()
	}
	c.Scale = scale
	return changed
}

// NextTick advances the tick, ages the text cache and forgets last tick's
// tooltip request.
func (c *Context) NextTick() {
	c.Tick++
	c.text.nextFrame()
	c.tip = ""
}

// S scales a design-size length (pixels at 1280×720) to the screen.
func (c *Context) S(v float64) float64 { return v * c.Scale }

// Screen returns the whole screen rectangle.
func (c *Context) Screen() layout.Rect { return layout.R(0, 0, c.W, c.H) }

// Face returns a font face for a role.
func (c *Context) Face(r Role) *text.GoTextFace { return c.fonts.face(r) }

// LineH returns the line height of a role.
func (c *Context) LineH(r Role) float64 { return c.fonts.lineHeight(r) }

// Text draws one line with its top at y; it returns its width.
func (c *Context) Text(dst *ebiten.Image, r Role, s string, x, y float64, clr color.RGBA) float64 {
	return c.text.draw(dst, c.fonts.face(r), s, x, y, clr, AlignLeft)
}

// TextAl draws one line aligned on x.
func (c *Context) TextAl(dst *ebiten.Image, r Role, s string, x, y float64, clr color.RGBA, al Align) float64 {
	return c.text.draw(dst, c.fonts.face(r), s, x, y, clr, al)
}

// TextMid draws one line vertically centred in rect r, aligned within it.
func (c *Context) TextMid(dst *ebiten.Image, f Role, s string, r layout.Rect, clr color.RGBA, al Align) {
	y := r.CenterY() - c.LineH(f)/2
	x := r.X
	switch al {
	case AlignCenter:
		x = r.CenterX()
	case AlignRight:
		x = r.Right()
	}
	c.text.draw(dst, c.fonts.face(f), s, x, y, clr, al)
}

// TextW returns the width of s.
func (c *Context) TextW(r Role, s string) float64 { return c.text.width(c.fonts.face(r), s) }

// Wrap returns s wrapped to width (cached).
func (c *Context) Wrap(r Role, s string, width float64) []string {
	return c.text.wrap(c.fonts.face(r), s, width)
}

// Para draws wrapped text from y and returns the y after the last line.
// Lines below maxY are not drawn.
func (c *Context) Para(dst *ebiten.Image, r Role, s string, x, y, width, maxY float64, clr color.RGBA) float64 {
	lh := c.LineH(r)
	for _, l := range c.Wrap(r, s, width) {
		if y+lh > maxY {
			break
		}
		c.Text(dst, r, l, x, y, clr)
		y += lh
	}
	return y
}

// ParaH returns the height wrapped text needs.
func (c *Context) ParaH(r Role, s string, width float64) float64 {
	return float64(len(c.Wrap(r, s, width))) * c.LineH(r)
}

// Fit shortens s with an ellipsis to fit width.
func (c *Context) Fit(r Role, s string, width float64) string {
	return c.text.fit(c.fonts.face(r), s, width)
}

// Icon draws a named icon tinted with clr into r.
func (c *Context) Icon(dst *ebiten.Image, name string, r layout.Rect, clr color.RGBA) {
	if img := c.icons.get(name); img != nil {
		c.Paint.Image(dst, img, r, clr)
	}
}

// Tip asks for a tooltip near r this tick.
func (c *Context) Tip(s string, r layout.Rect) {
	c.tip, c.tipRect = s, r
}

// TipRequested returns the tooltip asked for this tick ("" for none) and
// the rectangle it belongs to.
func (c *Context) TipRequested() (string, layout.Rect) { return c.tip, c.tipRect }

// Hover reports whether the cursor is over r.
func (c *Context) Hover(r layout.Rect) bool { return r.Contains(c.In.X, c.In.Y) }

// Clicked reports whether r was clicked this tick, and consumes the click.
func (c *Context) Clicked(r layout.Rect) bool {
	if c.In.Click && r.Contains(c.In.X, c.In.Y) {
		c.In.ConsumeClick()
		return true
	}
	return false
}

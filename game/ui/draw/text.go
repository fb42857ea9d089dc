package draw

import (
	"image/color"
	"math"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"liaison/game/ui/layout"
)

// Align is a horizontal text alignment.
type Align uint8

const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// textKey identifies a shaped string.
type textKey struct {
	face *text.GoTextFace
	s    string
}

// shaped is a laid-out string: its glyphs relative to the top-left of its line box.
type shaped struct {
	glyphs []text.Glyph
	width  float64
	used   uint64
}

// wrapKey identifies a wrapped paragraph.
type wrapKey struct {
	face  *text.GoTextFace
	s     string
	width int
}

// textCache shapes each (face, string) once and keeps the glyphs, so drawing
// a string that did not change allocates nothing. Wrapped paragraphs are
// cached the same way.
type textCache struct {
	shaped map[textKey]*shaped
	wraps  map[wrapKey][]string
	fits   map[wrapKey]string
	words  map[textKey]float64 // advance of each word measured for wrapping and fitting
	frame  uint64
	op     ebiten.DrawImageOptions
}

func newTextCache() *textCache {
	return &textCache{shaped: map[textKey]*shaped{}, wraps: map[wrapKey][]string{}, fits: map[wrapKey]string{}, words: map[textKey]float64{}}
}

// reset drops everything (after a scale change, the faces are new).
func (c *textCache) reset() {
	clear(c.shaped)
	clear(c.wraps)
	clear(c.fits)
	clear(c.words)
}

// nextFrame advances the frame counter and trims entries unused for a while.
func (c *textCache) nextFrame() {
	c.frame++
	if len(c.shaped) > 1500 { // shaped glyphs are ~4 KB a string: keep the working set
		for k, v := range c.shaped {
			if c.frame-v.used > 120 {
				delete(c.shaped, k)
			}
		}
	}
	if len(c.wraps) > 2000 {
		clear(c.wraps)
	}
	if len(c.fits) > 2000 {
		clear(c.fits)
	}
	if len(c.words) > 4000 {
		clear(c.words)
	}
}

func (c *textCache) get(face *text.GoTextFace, s string) *shaped {
	if e, ok := c.shaped[textKey{face, s}]; ok {
		e.used = c.frame
		return e
	}
	e := &shaped{glyphs: text.AppendGlyphs(nil, s, face, nil), width: text.Advance(s, face), used: c.frame}
	c.shaped[textKey{face, s}] = e
	return e
}

// width returns the advance of s in face.
func (c *textCache) width(face *text.GoTextFace, s string) float64 { return c.get(face, s).width }

// wrap returns s broken into lines no wider than width.
func (c *textCache) wrap(face *text.GoTextFace, s string, width float64) []string {
	k := wrapKey{face, s, int(width)}
	if l, ok := c.wraps[k]; ok {
		return l
	}
	l := layout.Wrap(nil, wordMeasurer{c, face}, s, float64(int(width)))
	c.wraps[k] = l
	return l
}

// fit returns s shortened with an ellipsis to fit width (cached).
func (c *textCache) fit(face *text.GoTextFace, s string, width float64) string {
	if c.width(face, s) <= width {
		return s
	}
	k := wrapKey{face, s, int(width)}
	if f, ok := c.fits[k]; ok {
		return f
	}
	f := layout.Ellipsize(wordMeasurer{c, face}, s, float64(int(width)))
	c.fits[k] = f
	return f
}

// draw draws s with its line box's top edge at y, aligned on x. It returns the advance.
func (c *textCache) draw(dst *ebiten.Image, face *text.GoTextFace, s string, x, y float64, clr color.RGBA, al Align) float64 {
	if s == "" {
		return 0
	}
	e := c.get(face, s)
	switch al {
	case AlignCenter:
		x -= e.width / 2
	case AlignRight:
		x -= e.width
	}
	x, y = math.Round(x), math.Round(y)
	for i := range e.glyphs {
		g := &e.glyphs[i]
		if g.Image == nil {
			continue
		}
		c.op.GeoM.Reset()
		c.op.GeoM.Translate(x+g.X, y+g.Y)
		c.op.ColorScale.Reset()
		ScaleRGBA(&c.op.ColorScale, clr)
		c.op.Filter = ebiten.FilterLinear // glyphs sit on whole pixels; one filter lets Ebiten batch text with shapes and icons
		dst.DrawImage(g.Image, &c.op)
	}
	return e.width
}

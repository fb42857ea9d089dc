package draw

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// wordMeasurer measures text for wrapping and fitting word by word: the
// advance of a string is the sum of its words' and spaces' advances, each
// shaped once and cached.
//
// Why not shape the whole string: wrapping searches for the longest prefix
// that fits, so it measures many prefixes of every paragraph, and Ebiten
// keeps each shaped string (with the outlines of all its glyphs) in a cache
// it trims only after a second. Measured whole, the prefixes were 70 % of
// all the memory a tutorial session allocated and some 14 MB of its live
// heap. Words repeat, are short, and their cache stays small. Kerning
// across a space, which this leaves out, moves no line break here: the
// gallery's screens came out the same, and a test holds the sum to within
// half a pixel of the whole string's advance.
type wordMeasurer struct {
	c    *textCache
	face *text.GoTextFace
}

// Advance implements layout.Measurer.
func (m wordMeasurer) Advance(s string) float64 {
	w := 0.0
	for s != "" {
		i := strings.IndexByte(s, ' ')
		switch {
		case i < 0:
			return w + m.word(s)
		case i > 0:
			w += m.word(s[:i])
		}
		w += m.word(" ")
		s = s[i+1:]
	}
	return w
}

// word returns the advance of one word (or a space), shaping it the first time.
func (m wordMeasurer) word(s string) float64 {
	k := textKey{m.face, s}
	if w, ok := m.c.words[k]; ok {
		return w
	}
	w := text.Advance(s, m.face)
	m.c.words[k] = w
	return w
}

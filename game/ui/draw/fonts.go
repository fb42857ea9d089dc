package draw

import (
	"bytes"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"liaison/assets"
)

// Role names a typeface and size used by the UI.
type Role uint8

const (
	Body Role = iota
	BodyBold
	Small
	SmallBold
	Heading
	Title
	Mono
	roleCount
)

// fonts holds the three embedded typefaces and the faces for the current scale.
type fonts struct {
	regular, bold, mono *text.GoTextFaceSource
	scale               float64
	faces               [roleCount]*text.GoTextFace
}

func loadFonts() (*fonts, error) {
	f := &fonts{}
	var err error
	if f.regular, err = text.NewGoTextFaceSource(bytes.NewReader(assets.FontRegular())); err != nil {
		return nil, fmt.Errorf("font regular: %w", err)
	}
	if f.bold, err = text.NewGoTextFaceSource(bytes.NewReader(assets.FontBold())); err != nil {
		return nil, fmt.Errorf("font bold: %w", err)
	}
	if f.mono, err = text.NewGoTextFaceSource(bytes.NewReader(assets.FontMono())); err != nil {
		return nil, fmt.Errorf("font mono: %w", err)
	}
	f.setScale(1)
	return f, nil
}

// setScale rebuilds the faces for a UI scale; it reports whether anything changed.
func (f *fonts) setScale(s float64) bool {
	if s == f.scale && f.faces[0] != nil {
		return false
	}
	f.scale = s
	mk := func(src *text.GoTextFaceSource, size float64) *text.GoTextFace {
		return &text.GoTextFace{Source: src, Size: size * s}
	}
	f.faces[Body] = mk(f.regular, BodySize)
	f.faces[BodyBold] = mk(f.bold, BodySize)
	f.faces[Small] = mk(f.regular, SmallSize)
	f.faces[SmallBold] = mk(f.bold, SmallSize)
	f.faces[Heading] = mk(f.bold, HeadingSize)
	f.faces[Title] = mk(f.bold, TitleSize)
	f.faces[Mono] = mk(f.mono, MonoSize)
	return true
}

// face returns the face for a role at the current scale.
func (f *fonts) face(r Role) *text.GoTextFace { return f.faces[r] }

// lineHeight returns the line advance of a role.
func (f *fonts) lineHeight(r Role) float64 {
	m := f.faces[r].Metrics()
	return m.HAscent + m.HDescent + m.HLineGap
}

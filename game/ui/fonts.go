package ui

import (
	"bytes"
	"fmt"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"liaison/assets"
)

// fontRole names a typeface and size used by the UI.
type fontRole uint8

const (
	fBody fontRole = iota
	fBodyBold
	fSmall
	fSmallBold
	fHeading
	fTitle
	fMono
	fontRoleCount
)

// fonts holds the three embedded typefaces and the faces for the current scale.
type fonts struct {
	regular, bold, mono *text.GoTextFaceSource
	scale               float64
	faces               [fontRoleCount]*text.GoTextFace
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
	f.faces[fBody] = mk(f.regular, mBodySize)
	f.faces[fBodyBold] = mk(f.bold, mBodySize)
	f.faces[fSmall] = mk(f.regular, mSmall)
	f.faces[fSmallBold] = mk(f.bold, mSmall)
	f.faces[fHeading] = mk(f.bold, mHeading)
	f.faces[fTitle] = mk(f.bold, mTitle)
	f.faces[fMono] = mk(f.mono, mMonoSize)
	return true
}

// face returns the face for a role at the current scale.
func (f *fonts) face(r fontRole) *text.GoTextFace { return f.faces[r] }

// lineHeight returns the line advance of a role.
func (f *fonts) lineHeight(r fontRole) float64 {
	m := f.faces[r].Metrics()
	return m.HAscent + m.HDescent + m.HLineGap
}

// measurer adapts a face to layout.Measurer.
type measurer struct{ face *text.GoTextFace }

func (m measurer) Advance(s string) float64 { return text.Advance(s, m.face) }

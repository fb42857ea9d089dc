package draw

import (
	"image/color"
	"strconv"
)

// The palette. Status colours come from the Okabe–Ito palette, which stays
// distinguishable under the common colour-vision deficiencies; and nothing
// is told by colour alone: every coloured mark has a word or an icon too.
var (
	ColBG        = color.RGBA{0x0f, 0x15, 0x1e, 0xff}
	ColPanel     = color.RGBA{0x17, 0x20, 0x2c, 0xff}
	ColPanelHi   = color.RGBA{0x1f, 0x2b, 0x3a, 0xff}
	ColPanelSel  = color.RGBA{0x23, 0x3a, 0x55, 0xff}
	ColBorder    = color.RGBA{0x2e, 0x3d, 0x52, 0xff}
	ColBorderHi  = color.RGBA{0x56, 0xb4, 0xe9, 0xff} // sky blue
	ColText      = color.RGBA{0xe8, 0xee, 0xf5, 0xff}
	ColTextDim   = color.RGBA{0x9a, 0xa8, 0xba, 0xff}
	ColTextFaint = color.RGBA{0x66, 0x74, 0x87, 0xff}
	ColAccent    = color.RGBA{0x56, 0xb4, 0xe9, 0xff} // sky blue
	ColWarn      = color.RGBA{0xe6, 0x9f, 0x00, 0xff} // orange
	ColBad       = color.RGBA{0xd5, 0x5e, 0x00, 0xff} // vermillion
	ColGood      = color.RGBA{0x00, 0x9e, 0x73, 0xff} // bluish green
	ColYellow    = color.RGBA{0xf0, 0xe4, 0x42, 0xff} // yellow
	ColShade     = color.RGBA{0x00, 0x00, 0x00, 0xb0}
	ColBlack     = color.RGBA{0x00, 0x00, 0x00, 0xff}
	ColButton    = color.RGBA{0x0b, 0x5c, 0x8c, 0xff}
	ColButtonHi  = color.RGBA{0x15, 0x74, 0xad, 0xff}
	ColDisabled  = color.RGBA{0x26, 0x2f, 0x3b, 0xff}
)

// Metrics are the base sizes at scale 1 (1280×720); multiply by the scale.
const (
	Pad         = 12.0 // outer padding
	Gap         = 8.0  // gap between panels
	Radius      = 6.0  // corner radius of panels and buttons
	BodySize    = 15.0 // body text
	SmallSize   = 12.5
	HeadingSize = 18.0
	TitleSize   = 44.0
	MonoSize    = 13.5
)

// TeamColour parses a #rrggbb team colour; unknown values give grey.
func TeamColour(hex string) color.RGBA {
	if len(hex) != 7 || hex[0] != '#' {
		return color.RGBA{0x88, 0x88, 0x88, 0xff}
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		return color.RGBA{0x88, 0x88, 0x88, 0xff}
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

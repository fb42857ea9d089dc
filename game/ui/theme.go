package ui

import "image/color"

// Palette. Status colours come from the Okabe–Ito palette, which stays
// distinguishable under the common colour-vision deficiencies; and nothing
// is told by colour alone: every coloured mark has a word or an icon too.
var (
	colBG        = color.RGBA{0x0f, 0x15, 0x1e, 0xff}
	colPanel     = color.RGBA{0x17, 0x20, 0x2c, 0xff}
	colPanelHi   = color.RGBA{0x1f, 0x2b, 0x3a, 0xff}
	colPanelSel  = color.RGBA{0x23, 0x3a, 0x55, 0xff}
	colBorder    = color.RGBA{0x2e, 0x3d, 0x52, 0xff}
	colBorderHi  = color.RGBA{0x56, 0xb4, 0xe9, 0xff} // sky blue
	colText      = color.RGBA{0xe8, 0xee, 0xf5, 0xff}
	colTextDim   = color.RGBA{0x9a, 0xa8, 0xba, 0xff}
	colTextFaint = color.RGBA{0x66, 0x74, 0x87, 0xff}
	colAccent    = color.RGBA{0x56, 0xb4, 0xe9, 0xff} // sky blue
	colWarn      = color.RGBA{0xe6, 0x9f, 0x00, 0xff} // orange
	colBad       = color.RGBA{0xd5, 0x5e, 0x00, 0xff} // vermillion
	colGood      = color.RGBA{0x00, 0x9e, 0x73, 0xff} // bluish green
	colYellow    = color.RGBA{0xf0, 0xe4, 0x42, 0xff} // yellow
	colShade     = color.RGBA{0x00, 0x00, 0x00, 0xb0}
	colBlack     = color.RGBA{0x00, 0x00, 0x00, 0xff}
	colButton    = color.RGBA{0x0b, 0x5c, 0x8c, 0xff}
	colButtonHi  = color.RGBA{0x15, 0x74, 0xad, 0xff}
	colDisabled  = color.RGBA{0x26, 0x2f, 0x3b, 0xff}
)

// metrics are the base sizes at scale 1 (1280×720); multiply by the scale.
const (
	mPad      = 12.0 // outer padding
	mGap      = 8.0  // gap between panels
	mRadius   = 6.0  // corner radius of panels and buttons
	mBodySize = 15.0 // body text
	mSmall    = 12.5
	mHeading  = 18.0
	mTitle    = 44.0
	mMonoSize = 13.5
)

// colourRGBA is the colour type the painter takes.
type colourRGBA = color.RGBA

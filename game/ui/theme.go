package ui

import (
	"image/color"

	"liaison/game/ui/draw"
)

// The scenes' short names for the palette, metrics, font roles and
// alignments of package draw (where the widgets find them too).

// Palette (see draw's palette).
var (
	colBG        = draw.ColBG
	colPanel     = draw.ColPanel
	colPanelHi   = draw.ColPanelHi
	colPanelSel  = draw.ColPanelSel
	colBorder    = draw.ColBorder
	colBorderHi  = draw.ColBorderHi
	colText      = draw.ColText
	colTextDim   = draw.ColTextDim
	colTextFaint = draw.ColTextFaint
	colAccent    = draw.ColAccent
	colWarn      = draw.ColWarn
	colBad       = draw.ColBad
	colGood      = draw.ColGood
	colYellow    = draw.ColYellow
	colBlack     = draw.ColBlack
)

// Metrics at scale 1 (1280×720); multiply by the scale.
const (
	mPad    = draw.Pad
	mGap    = draw.Gap
	mRadius = draw.Radius
)

// Font roles.
const (
	fBody      = draw.Body
	fBodyBold  = draw.BodyBold
	fSmall     = draw.Small
	fSmallBold = draw.SmallBold
	fHeading   = draw.Heading
	fTitle     = draw.Title
	fMono      = draw.Mono
)

// Alignments.
const (
	alignLeft   = draw.AlignLeft
	alignCenter = draw.AlignCenter
	alignRight  = draw.AlignRight
)

// colourRGBA is the colour type the painter takes.
type colourRGBA = color.RGBA

// teamColour parses a #rrggbb team colour; unknown values give grey.
func teamColour(hex string) color.RGBA { return draw.TeamColour(hex) }

package draw

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// Swatch draws a team's colour swatch filling r: a square with corners
// rounded by a quarter of its side, in the team colour (#rrggbb; grey when
// unknown, see TeamColour). Every list of teams leads its names with one,
// so that a team looks the same on every screen; where it sits is the
// caller's layout.
func (p *Painter) Swatch(dst *ebiten.Image, r layout.Rect, hex string) {
	p.Round(dst, r, min(r.W, r.H)/4, TeamColour(hex))
}

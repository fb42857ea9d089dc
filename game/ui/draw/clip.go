package draw

import (
	"image"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// Clipper caches a sub-image of the screen used to clip a scrolling region,
// rebuilding it only when the screen or the rectangle changes.
type Clipper struct {
	parent *ebiten.Image
	rect   image.Rectangle
	sub    *ebiten.Image
}

// Of returns dst clipped to r; drawing into it uses screen coordinates.
func (c *Clipper) Of(dst *ebiten.Image, r layout.Rect) *ebiten.Image {
	ir := image.Rect(int(r.X), int(r.Y), int(r.Right()+0.5), int(r.Bottom()+0.5))
	if c.sub == nil || c.parent != dst || c.rect != ir {
		c.parent, c.rect = dst, ir
		c.sub = dst.SubImage(ir).(*ebiten.Image)
	}
	return c.sub
}

package draw

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/assets"
)

// icons are the embedded icons as GPU images, by name, decoded on first use.
type icons map[string]*ebiten.Image

func loadIcons() icons {
	out := icons{}
	for _, n := range assets.IconNames() {
		out[n] = nil
	}
	return out
}

// get returns the named icon, decoding it the first time (nil if unknown).
func (ic icons) get(name string) *ebiten.Image {
	img, ok := ic[name]
	if !ok || img != nil {
		return img
	}
	src, err := assets.Icon(name)
	if err != nil {
		delete(ic, name)
		return nil
	}
	img = ebiten.NewImageFromImage(src)
	ic[name] = img
	return img
}

package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/assets"
)

// icons are the embedded icons as GPU images, by name.
type icons map[string]*ebiten.Image

func loadIcons() (icons, error) {
	out := icons{}
	for _, n := range assets.IconNames() {
		img, err := assets.Icon(n)
		if err != nil {
			return nil, err
		}
		out[n] = ebiten.NewImageFromImage(img)
	}
	return out, nil
}

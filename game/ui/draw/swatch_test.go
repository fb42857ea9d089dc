package draw

import (
	"image/color"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"liaison/game/ui/layout"
)

// TestSwatch: the swatch fills its square in the team colour (grey for a
// colour it cannot read), with rounded corners, and nothing outside it.
func TestSwatch(t *testing.T) {
	grey := color.RGBA{0x88, 0x88, 0x88, 0xff}
	tests := []struct {
		name string
		hex  string
		want color.RGBA
	}{
		{"team colour", "#56b4e9", color.RGBA{0x56, 0xb4, 0xe9, 0xff}},
		{"no colour", "", grey},
		{"not a colour", "#zzzzzz", grey},
	}
	p := NewPainter()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			img := ebiten.NewImage(64, 64)
			defer img.Deallocate()
			p.Swatch(img, layout.R(16, 16, 32, 32), tc.hex)
			at := func(x, y int) color.RGBA { return img.At(x, y).(color.RGBA) }
			assert.Equal(t, tc.want, at(32, 32), "the middle")
			assert.Equal(t, tc.want, at(17, 32), "the left edge, halfway down")
			assert.Equal(t, tc.want, at(32, 46), "the bottom edge, halfway across")
			assert.Equal(t, color.RGBA{}, at(16, 16), "a rounded corner")
			assert.Equal(t, color.RGBA{}, at(47, 47), "a rounded corner")
			assert.Equal(t, color.RGBA{}, at(10, 32), "outside")
			assert.Equal(t, color.RGBA{}, at(50, 32), "outside")
		})
	}
}

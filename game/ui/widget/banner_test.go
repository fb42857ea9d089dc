package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"liaison/game/ui/layout"
)

func TestBannerSet(t *testing.T) {
	cases := []struct {
		name string
		team string
		ap   int
		want string
	}{
		{"a team with AP", "Nordvik Security Service", 3, "Round 4 of 12 · Nordvik Security Service · 3 AP"},
		{"a team, AP hidden", "Nordvik Security Service", -1, "Round 4 of 12 · Nordvik Security Service"},
		{"no team", "", 3, "Round 4 of 12"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var b Banner
			b.Set(4, 12, tc.team, tc.ap, "#56b4e9", "right")
			assert.Equal(t, tc.want, b.Text)
			assert.Equal(t, "right", b.Right)
		})
	}
	r := newRig(t)
	var b Banner
	b.Set(1, 5, "Team", 2, "#56b4e9", "")
	assert.Greater(t, b.Height(r.ctx), r.ctx.LineH(0))
	assert.True(t, drawn(t, func(dst *ebiten.Image) { b.Draw(dst, r.ctx, layout.R(0, 0, 1280, b.Height(r.ctx))) }))
}

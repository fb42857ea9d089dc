package widget

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"liaison/game/ui/input"
)

func TestModalUpdate(t *testing.T) {
	cases := []struct {
		name string
		act  func(r *rig, m *Modal)
		want int
	}{
		{"Enter confirms", func(r *rig, m *Modal) { r.press(input.KeyEnter) }, 1},
		{"Esc cancels", func(r *rig, m *Modal) { r.press(input.KeyEscape) }, -1},
		{"clicking the confirm button", func(r *rig, m *Modal) { r.click(m.OK.Rect.CenterX(), m.OK.Rect.CenterY()) }, 1},
		{"clicking the cancel button", func(r *rig, m *Modal) { r.click(m.Cancel.Rect.CenterX(), m.Cancel.Rect.CenterY()) }, -1},
		{"clicking the text does nothing", func(r *rig, m *Modal) { r.click(m.box.X+30, m.box.Y+30) }, 0},
		{"another key does nothing", func(r *rig, m *Modal) { r.press(input.KeyU) }, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			m := NewModal("End your turn?", "Your orders go out.", "Confirm orders", "Keep planning")
			r.next()
			assert.Equal(t, 0, m.Update(r.ctx), "nothing happens without input")
			tc.act(r, m)
			assert.Equal(t, tc.want, m.Update(r.ctx))
			assert.False(t, r.frame.Click, "the dialog swallows clicks while open")
		})
	}
}

func TestModalButtonsBelowAllText(t *testing.T) {
	r := newRig(t)
	m := NewModal("End your turn?", strings.Repeat("A long explanation of what ending the turn does. ", 8), "Confirm orders", "Keep planning")
	m.Warnings = []string{"Sharing with a partner over a formal channel costs trust.", "You leave 2 AP unused."}
	r.next()
	m.Update(r.ctx)
	textBottom := m.box.Y + r.ctx.S(modalPad) + r.ctx.LineH(0) // at least one line
	assert.Greater(t, m.OK.Rect.Y, textBottom)
	assert.Equal(t, m.OK.Rect.Y, m.Cancel.Rect.Y)
	assert.LessOrEqual(t, m.OK.Rect.Bottom(), m.box.Bottom())
	assert.Equal(t, "End your turn?", m.Kind, "the kind defaults to the title")
	assert.True(t, drawn(t, func(dst *ebiten.Image) { m.Draw(dst, r.ctx) }))

	short := NewModal("End your turn?", "Go.", "Confirm orders", "Keep planning")
	short.Update(r.ctx)
	assert.Greater(t, m.box.H, short.box.H, "the dialog grows with its text and warnings")
}

package widget

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

func TestUpdateList(t *testing.T) {
	// Ten rows of 40 px (no gap) in a 100 px frame at (100, 100).
	newList := func() *layout.List {
		l := &layout.List{Selected: -1, Hover: -1}
		l.SetSize(layout.R(100, 100, 300, 100), 40, 0, 10)
		return l
	}
	cases := []struct {
		name     string
		selected int
		play     func(r *rig)
		want     int  // the selection after
		open     bool // the tick reports an open
	}{
		{"Down from none takes the first", -1, func(r *rig) { r.press(input.KeyDown) }, 0, false},
		{"Tab moves down", 3, func(r *rig) { r.press(input.KeyTab) }, 4, false},
		{"Up moves up", 3, func(r *rig) { r.press(input.KeyUp) }, 2, false},
		{"End goes to the last", 3, func(r *rig) { r.press(input.KeyEnd) }, 9, false},
		{"Home goes to the first", 9, func(r *rig) { r.press(input.KeyHome) }, 0, false},
		{"a click selects", -1, func(r *rig) { r.click(150, 150) }, 1, false},
		{"a click on the selected row opens it", 1, func(r *rig) { r.click(150, 150) }, 1, true},
		{"a click beside the list does nothing", 1, func(r *rig) { r.click(50, 150) }, 1, false},
		{"the wheel over the list scrolls it", 0, func(r *rig) {
			r.script.Add(input.Step{X: 150, Y: 150, Move: true, Wheel: -1})
			r.next()
		}, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			l := newList()
			l.Selected = tc.selected
			tc.play(r)
			assert.Equal(t, tc.open, UpdateList(r.ctx, l))
			assert.Equal(t, tc.want, l.Selected)
		})
	}
	t.Run("the wheel over the list scrolls it", func(t *testing.T) {
		r := newRig(t)
		l := newList()
		r.script.Add(input.Step{X: 150, Y: 150, Move: true, Wheel: -1})
		r.next()
		UpdateList(r.ctx, l)
		assert.Greater(t, l.Scroll.Offset, 0.0)
		r.script.Add(input.Step{X: 50, Y: 150, Move: true, Wheel: -1})
		r.next()
		before := l.Scroll.Offset
		UpdateList(r.ctx, l)
		assert.Equal(t, before, l.Scroll.Offset, "not beside it")
	})
	t.Run("the hovered row", func(t *testing.T) {
		r := newRig(t)
		l := newList()
		r.hover(150, 185)
		UpdateList(r.ctx, l)
		assert.Equal(t, 2, l.Hover)
		assert.Equal(t, -1, l.Selected, "hovering selects nothing")
	})
	t.Run("a click is consumed only on a row", func(t *testing.T) {
		r := newRig(t)
		r.click(150, 150)
		UpdateList(r.ctx, newList())
		assert.False(t, r.frame.Click)
		r.click(50, 150)
		UpdateList(r.ctx, newList())
		assert.True(t, r.frame.Click, "left for others")
	})
	t.Run("an empty list", func(t *testing.T) {
		r := newRig(t)
		l := &layout.List{Selected: -1, Hover: -1}
		for _, k := range []input.Key{input.KeyDown, input.KeyUp, input.KeyHome, input.KeyEnd} {
			r.press(k)
			assert.False(t, UpdateList(r.ctx, l))
			assert.Equal(t, -1, l.Selected, "key %v", k)
		}
	})
}

package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

func TestTextFieldUpdate(t *testing.T) {
	rect := layout.R(100, 100, 300, 36)
	cases := []struct {
		name    string
		max     int
		focus   bool
		steps   func(r *rig, f *TextField) bool
		want    string
		changed bool
	}{
		{name: "typing into a focused field", focus: true, steps: func(r *rig, f *TextField) bool { r.typeText("abc"); return f.Update(r.ctx) }, want: "abc", changed: true},
		{name: "typing into an unfocused field", steps: func(r *rig, f *TextField) bool { r.typeText("abc"); return f.Update(r.ctx) }, want: ""},
		{name: "a click inside focuses", steps: func(r *rig, f *TextField) bool {
			r.click(150, 110)
			f.Update(r.ctx)
			r.typeText("x")
			return f.Update(r.ctx)
		}, want: "x", changed: true},
		{name: "a click outside unfocuses", focus: true, steps: func(r *rig, f *TextField) bool {
			r.click(10, 10)
			f.Update(r.ctx)
			r.typeText("x")
			return f.Update(r.ctx)
		}, want: ""},
		{name: "backspace deletes the last rune", focus: true, steps: func(r *rig, f *TextField) bool {
			r.typeText("héé")
			f.Update(r.ctx)
			r.press(input.KeyBackspace)
			return f.Update(r.ctx)
		}, want: "hé", changed: true},
		{name: "backspace on empty text", focus: true, steps: func(r *rig, f *TextField) bool { r.press(input.KeyBackspace); return f.Update(r.ctx) }, want: ""},
		{name: "capped at Max runes", max: 4, focus: true, steps: func(r *rig, f *TextField) bool { r.typeText("ABCDEFG"); return f.Update(r.ctx) }, want: "ABCD", changed: true},
		{name: "control characters dropped", focus: true, steps: func(r *rig, f *TextField) bool { r.typeText("a\tb\x7fc\n"); return f.Update(r.ctx) }, want: "abc", changed: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t)
			f := &TextField{Rect: rect, Max: tc.max, Focused: tc.focus, Hint: "your team's join code"}
			assert.Equal(t, tc.changed, tc.steps(r, f))
			assert.Equal(t, tc.want, f.Text())
		})
	}
}

func TestTextFieldTakesShortcutLetters(t *testing.T) {
	r := newRig(t)
	f := &TextField{Rect: layout.R(0, 0, 200, 30), Focused: true}
	r.script.Add(input.Step{Text: "s1", Keys: []input.Key{input.KeyS, input.Key1}})
	r.next()
	f.Update(r.ctx)
	assert.Equal(t, "s1", f.Text())
	assert.False(t, r.frame.Pressed(input.KeyS), "typed letters are text, not shortcuts")
	assert.False(t, r.frame.Pressed(input.Key1))

	f.Focused = false
	r.script.Add(input.Step{Text: "s", Keys: []input.Key{input.KeyS}})
	r.next()
	f.Update(r.ctx)
	assert.True(t, r.frame.Pressed(input.KeyS), "an unfocused field leaves the keys alone")
}

func TestTextFieldSetAndClear(t *testing.T) {
	r := newRig(t)
	f := &TextField{Rect: layout.R(0, 0, 200, 30), Max: 3}
	f.Set("a\x00bcd")
	assert.Equal(t, "abc", f.Text())
	f.Focused = true
	assert.True(t, drawn(t, func(dst *ebiten.Image) { f.Draw(dst, r.ctx) }))
	f.Clear()
	assert.Empty(t, f.Text())
}

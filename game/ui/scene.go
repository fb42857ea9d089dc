package ui

import (
	"image"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
)

// Scene is one screen of the game. Each tick the manager calls Update with
// the tick's input, then Draw. Update returns the scene to go to next, or nil
// to stay; the manager cross-fades between them.
type Scene interface {
	// Name is a short stable identifier (used for screenshots and logs).
	Name() string
	// Update handles one tick of input and returns the next scene or nil.
	Update(ctx *Context) Scene
	// Draw renders the scene to dst, whose size is ctx.W×ctx.H.
	Draw(dst *ebiten.Image, ctx *Context)
	// Help lists the scene's keyboard shortcuts for the '?' overlay.
	Help() []Shortcut
}

// dynamic is implemented by scenes with animations: they draw them every
// frame on top of the cached frame, so a still scene costs one blit.
type dynamic interface {
	DrawDynamic(dst *ebiten.Image, ctx *Context)
}

// partial is implemented by scenes that track what pointer movement and
// the wheel change, and redraw just that onto the cached frame. For them a
// tick whose only input is the pointer does not redraw the whole scene.
type partial interface {
	// PointerOnly marks the scene as handling pointer-only ticks itself.
	PointerOnly()
	// DrawParts redraws the changed parts onto the cached frame, or
	// returns false when the scene needs a full redraw instead.
	DrawParts(dst *ebiten.Image, ctx *Context) bool
}

// Shortcut is one line of the '?' overlay.
type Shortcut struct {
	Keys string // e.g. "Up / Down"
	What string // e.g. "choose a scenario"
}

// globalHelp are the shortcuts every scene shares.
var globalHelp = []Shortcut{
	{"?  or  F1", "show or hide this help"},
	{"Ctrl + = / Ctrl + -", "larger or smaller text"},
}

// fadeTicks is the longest cross-fade between scenes in ticks, and
// fadeTime in wall time: on a slow machine (software GL) ticks come slowly,
// and a fade counted only in ticks lasted seconds, with the old scene's
// text ghosting over the new one.
const (
	fadeTicks = 8
	fadeTime  = 150 * time.Millisecond
)

// manager runs the current scene and the transition to the next.
type manager struct {
	cur  Scene
	prev *ebiten.Image // last frame of the previous scene, while fading
	fade int           // ticks of fade left
	from time.Time     // when the fade began
	op   ebiten.DrawImageOptions
}

// goTo switches to next, capturing the current frame for the cross-fade.
func (m *manager) goTo(next Scene, ctx *Context) {
	if m.cur != nil && ctx.W > 0 && ctx.H > 0 {
		w, h := int(ctx.W), int(ctx.H)
		if m.prev == nil || m.prev.Bounds().Dx() != w || m.prev.Bounds().Dy() != h {
			if m.prev != nil {
				m.prev.Deallocate()
			}
			m.prev = newScreenImage(w, h)
		}
		m.prev.Clear()
		m.cur.Draw(m.prev, ctx)
		m.fade = fadeTicks
		m.from = time.Now()
	}
	m.cur = next
}

func (m *manager) update(ctx *Context) {
	if m.fade > 0 {
		m.fade--
		if time.Since(m.from) >= fadeTime {
			m.fade = 0
		}
		if m.fade == 0 {
			ctx.dirty = true // draw once more without the previous scene's ghost
		}
	}
	if next := m.cur.Update(ctx); next != nil && next != m.cur {
		m.goTo(next, ctx)
		ctx.dirty = true
	}
	if m.fade > 0 {
		ctx.dirty = true
	}
}

func (m *manager) draw(dst *ebiten.Image, ctx *Context) {
	m.cur.Draw(dst, ctx)
	if m.fade > 0 && m.prev != nil {
		m.op.ColorScale.Reset()
		m.op.ColorScale.ScaleAlpha(float32(m.fade) / fadeTicks)
		dst.DrawImage(m.prev, &m.op)
	}
}

// newScreenImage makes a screen-sized image outside Ebiten's texture atlas.
// In the atlas, one 1280×720 image forces a page of at least 2048×1024 that
// then grows to fit glyphs and icons beside it; with software GL every
// atlas page is ordinary memory, so the two screen-sized images (the cached
// frame and the fade's previous frame) get textures of their own.
func newScreenImage(w, h int) *ebiten.Image {
	return ebiten.NewImageWithOptions(image.Rect(0, 0, w, h), &ebiten.NewImageOptions{Unmanaged: true})
}

package ui

import (
	"liaison/game/ui/draw"
)

// Context is what every scene gets each tick: the drawing context the
// widgets share (input, screen size and scale, fonts, text, painter,
// icons), and the app's own state a scene may act on.
type Context struct {
	*draw.Context
	app *App

	quit  bool
	dirty bool // the cached frame must be redrawn
}

// Invalidate asks for the scene to be redrawn this tick. Input, scene
// changes and fades redraw anyway; scenes call it for changes of their own
// (a notice expiring, background parsing finishing).
func (c *Context) Invalidate() { c.dirty = true }

// Quit asks the game to close.
func (c *Context) Quit() { c.quit = true }

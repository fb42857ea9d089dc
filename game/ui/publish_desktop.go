//go:build !js

package ui

// publish tells the page where the game is (publish_js.go); a desktop
// window has no page.
func (a *App) publish() {}

package ui

// notify shows a notice for a few seconds.
func (a *App) notify(text string, col colourRGBA) {
	a.notice.Show(text, col, a.ctx.Tick)
	a.ctx.dirty = true
}

// Notice returns the notice showing, "" when none (tests).
func (a *App) Notice() string { return a.notice.Text() }

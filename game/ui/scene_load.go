package ui

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	gamesave "liaison/game/save"
	"liaison/game/ui/catalog"
	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// loadScene lists the save folder, newest first: autosaves and named saves
// with their scenario, round and age; saves that cannot be used are greyed
// with the reason. Choosing a usable save continues that game; choosing an
// unusable one explains why in full.
type loadScene struct {
	back    Scene
	entries []gamesave.Entry
	lines   []saveLine
	dir     string
	empty   string
	list    layout.List
	openB   widget.Button
	backB   widget.Button
	size    [3]float64
	head    layout.Rect
	panelR  layout.Rect
	footer  layout.Rect
	clip    draw.Clipper
}

func newLoadScene(back Scene, dir string, entries []gamesave.Entry, scenarios []catalog.Entry, listErr error) *loadScene {
	s := &loadScene{back: back, entries: entries, dir: dir}
	now := time.Now()
	for _, e := range entries {
		s.lines = append(s.lines, describeSave(e, scenarios, now))
	}
	switch {
	case listErr != nil:
		s.empty = "The save folder cannot be read: " + listErr.Error()
	case len(entries) == 0:
		s.empty = "No saved games yet. Games save themselves after every round and at every handoff."
	}
	s.list.Selected, s.list.Hover = 0, -1
	if len(entries) == 0 {
		s.list.Selected = -1
	}
	s.openB = widget.Button{Label: "Continue this game", Hint: "Enter", Icon: "human", Primary: true}
	s.backB = widget.Button{Label: "Back to menu", Hint: "Esc"}
	return s
}

// Name implements Scene.
func (s *loadScene) Name() string { return "load" }

// Help implements Scene.
func (s *loadScene) Help() []Shortcut {
	return []Shortcut{
		{"Up / Down", "choose a save"},
		{"Enter", "continue the chosen game (or see why it cannot be)"},
		{"Esc", "back to the menu"},
	}
}

func (s *loadScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	s.head, s.panelR, s.footer = pageFrame(ctx, ctx.LineH(fHeading)+ctx.LineH(fBody)+ctx.S(8), 14)
	s.list.SetSize(widget.PanelContent(ctx.Context, s.panelR, true), ctx.S(58), ctx.S(6), len(s.entries))
	if s.list.Selected >= 0 {
		s.list.Select(s.list.Selected)
	}
	s.backB.Rect = layout.R(s.footer.X, s.footer.Y, ctx.S(200), s.footer.H)
	s.openB.Rect = layout.R(s.footer.Right()-ctx.S(260), s.footer.Y, ctx.S(260), s.footer.H)
}

// Update implements Scene.
func (s *loadScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	if widget.UpdateList(ctx.Context, &s.list) {
		return s.open(ctx)
	}
	sel := s.list.Selected
	s.openB.Disabled = sel < 0
	s.openB.Label, s.openB.Icon = "Continue this game", "human"
	if sel >= 0 && !s.lines[sel].usable {
		s.openB.Label, s.openB.Icon = "Why it cannot be used", "unconfirmed"
	}
	if s.openB.Update(ctx.Context) || in.Pressed(input.KeyEnter) {
		return s.open(ctx)
	}
	if s.backB.Update(ctx.Context) || in.Pressed(input.KeyEscape) {
		return s.back
	}
	return nil
}

// open continues the selected save, or explains why it cannot be.
func (s *loadScene) open(ctx *Context) Scene {
	i := s.list.Selected
	if i < 0 || i >= len(s.entries) {
		return nil
	}
	e := s.entries[i]
	if e.Err != nil {
		return newSaveErrorScene(e.Path, e.Err, s)
	}
	return ctx.app.resume(e.Path, s)
}

// Draw implements Scene.
func (s *loadScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	sub := pageHeading(dst, ctx, s.head, "clock", colAccent, "Load a saved game")
	ctx.Text(dst, fBody, ctx.Fit(fBody, "Saves in "+s.dir, s.head.W), s.head.X, sub, colTextDim)
	widget.Panel(dst, ctx.Context, s.panelR, "Saved games, newest first", "")
	if s.empty != "" {
		ctx.Para(dst, fBody, s.empty, s.list.Frame.X, s.list.Frame.Y, s.list.Frame.W, s.list.Frame.Bottom(), colTextDim)
	}
	clip := s.clip.Of(dst, s.list.Frame)
	first, end := s.list.Visible()
	for i := first; i < end; i++ {
		s.drawRow(clip, ctx, i)
	}
	widget.Scrollbar(dst, ctx.Context, s.list.Frame, &s.list.Scroll)
	s.backB.Draw(dst, ctx.Context)
	if len(s.entries) > 0 {
		s.openB.Draw(dst, ctx.Context)
	}
}

func (s *loadScene) drawRow(dst *ebiten.Image, ctx *Context, i int) {
	l := &s.lines[i]
	r := s.list.Row(i)
	bg, border := colPanelHi, colBorder
	if i == s.list.Hover || i == s.list.Selected {
		bg = colPanelSel
	}
	if i == s.list.Selected {
		border = colBorderHi
	}
	ctx.Paint.RoundBorder(dst, r, ctx.S(mRadius), max(1, ctx.S(1.5)), bg, border)
	in := r.InsetXY(ctx.S(12), ctx.S(7))
	nameCol, gameCol := colText, colTextDim
	if !l.usable {
		nameCol, gameCol = colTextFaint, colWarn
	}
	ww := ctx.TextW(fSmall, l.when)
	ctx.Text(dst, fBodyBold, ctx.Fit(fBodyBold, l.name, in.W-ww-ctx.S(16)), in.X, in.Y, nameCol)
	ctx.TextAl(dst, fSmall, l.when, in.Right(), in.Y+ctx.S(2), colTextDim, alignRight)
	y := in.Y + ctx.LineH(fBodyBold) + ctx.S(2)
	x := in.X
	if !l.usable {
		sz := ctx.LineH(fSmall)
		ctx.Icon(dst, "unconfirmed", layout.R(x, y, sz, sz), colWarn)
		x += sz + ctx.S(6)
	}
	ctx.Text(dst, fSmall, ctx.Fit(fSmall, l.game, in.Right()-x), x, y, gameCol)
}

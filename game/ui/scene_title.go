package ui

import (
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/catalog"
	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// titleScene is the menu: the embedded scenarios (and a file named on the
// command line), one selected, with its briefing and teams beside the list.
type titleScene struct {
	cat     *catalog.Catalog
	version int
	entries []catalog.Entry
	list    layout.List
	start   widget.Button
	join    widget.Button // Join a game on a host (scene_join.go)
	host    widget.Button // Host a game (scene_host_setup.go; not in the browser)
	quit    widget.Button
	saves   titleSaves
	// layout
	size      [3]float64
	header    layout.Rect
	listPanel layout.Rect
	detail    layout.Rect
	footer    layout.Rect
	summaries []string   // per entry, computed once
	briefings []string   // per entry, reflowed
	teamMeta  [][]string // per entry, "country · seat" per team
	clip      draw.Clipper
}

func newTitleScene(cat *catalog.Catalog, sel int) *titleScene {
	s := &titleScene{cat: cat}
	s.refresh()
	s.list.Selected = sel
	s.list.Hover = -1
	s.start = widget.Button{Label: "Choose seats", Hint: "Enter", Icon: "human", Primary: true}
	s.quit = widget.Button{Label: "Quit", Hint: "Esc"}
	s.join = widget.Button{Label: "Join a game", Hint: "J", Icon: "human", Reason: "Play your team's seat in a game hosted on another machine."}
	s.host = widget.Button{Label: "Host a game", Hint: "H", Icon: "secure", Reason: "Teams play from their own machines with join codes; this screen is the facilitator."}
	s.saves.init()
	return s
}

// refresh takes the catalog's latest entries when parsing has progressed;
// it reports whether they changed.
func (s *titleScene) refresh() bool {
	var changed bool
	s.entries, s.version, changed = s.cat.Snapshot(s.entries, s.version)
	if !changed {
		return false
	}
	s.summaries, s.briefings, s.teamMeta = s.summaries[:0], s.briefings[:0], s.teamMeta[:0]
	for i := range s.entries {
		e := &s.entries[i]
		s.summaries = append(s.summaries, e.Summary())
		b := ""
		if e.Scenario != nil {
			b = catalog.Reflow(e.Scenario.Briefing)
		}
		s.briefings = append(s.briefings, b)
		var meta []string
		if e.Scenario != nil {
			for _, t := range e.Scenario.Teams {
				meta = append(meta, t.Country+" · "+seatLabel(e.Scenario.Seats[t.ID]))
			}
		}
		s.teamMeta = append(s.teamMeta, meta)
	}
	return true
}

// Name implements Scene.
func (s *titleScene) Name() string { return "title" }

// Help implements Scene.
func (s *titleScene) Help() []Shortcut {
	h := []Shortcut{
		{"Up / Down", "choose a scenario"},
		{"Enter", "open the selected scenario (or its errors)"},
		{"C", "continue the last game, when there is one"},
		{"L", "load a saved game"},
		{"J", "join a game on a host, with your team's code"},
		{"H", "host a game: teams join from their own machines"},
		{"Esc", "quit Liaison"},
		{"Mouse wheel", "scroll the list"},
	}
	if !canQuit {
		h = slices.DeleteFunc(h, func(c Shortcut) bool { return c.Keys == "Esc" })
	}
	if !canHost {
		h = slices.DeleteFunc(h, func(c Shortcut) bool { return c.Keys == "H" })
	}
	return h
}

// Selected returns the selected entry.
func (s *titleScene) Selected() *catalog.Entry {
	if s.list.Selected < 0 || s.list.Selected >= len(s.entries) {
		return nil
	}
	return &s.entries[s.list.Selected]
}

func (s *titleScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	scr := ctx.Screen().Inset(ctx.S(28))
	s.header, scr = scr.CutTop(ctx.LineH(fTitle)+ctx.LineH(fBody)+ctx.S(10), ctx.S(18))
	scr, s.footer = scr.CutBottom(ctx.S(44), ctx.S(16))
	if s.saves.canContinue {
		s.saves.strip, scr = scr.CutTop(ctx.S(56), ctx.S(14))
	}
	s.listPanel, s.detail = scr.CutLeft(scr.W*0.42, ctx.S(16))
	content := widget.PanelContent(ctx.Context, s.listPanel, true)
	s.list.SetSize(content, ctx.S(74), ctx.S(6), len(s.entries))
	if s.list.Selected >= 0 {
		s.list.Select(s.list.Selected)
	}
	bw := ctx.S(230)
	s.quit.Rect = layout.R(s.footer.X, s.footer.Y, ctx.S(140), s.footer.H)
	if !canQuit { // Load game takes the Quit button's place
		s.quit.Rect = layout.R(s.footer.X-ctx.S(12), s.footer.Y, 0, s.footer.H)
	}
	s.start.Rect = layout.R(s.footer.Right()-bw, s.footer.Y, bw, s.footer.H)
	s.join.Rect = layout.R(s.start.Rect.X-ctx.S(12)-ctx.S(200), s.footer.Y, ctx.S(200), s.footer.H)
	s.host.Rect = layout.R(s.join.Rect.X, s.footer.Y, 0, s.footer.H)
	if canHost {
		s.host.Rect = layout.R(s.join.Rect.X-ctx.S(12)-ctx.S(200), s.footer.Y, ctx.S(200), s.footer.H)
	}
	s.saves.layout(ctx, s.footer, s.quit.Rect)
}

// Update implements Scene.
func (s *titleScene) Update(ctx *Context) Scene {
	if s.refresh() {
		s.size = [3]float64{}
		s.saves.version = -1 // scenario titles arrived
		ctx.Invalidate()
	}
	if s.saves.poll(ctx.app.saves, s.entries) {
		s.size = [3]float64{}
		ctx.Invalidate()
	}
	s.layout(ctx)
	if next := s.saves.update(ctx, s); next != nil {
		return next
	}
	in := ctx.In
	if widget.UpdateList(ctx.Context, &s.list) {
		return s.open(ctx)
	}
	e := s.Selected()
	s.start.Disabled = e == nil || e.Pending
	if e != nil && e.Bad() {
		s.start.Label, s.start.Icon, s.start.Reason = "Show errors", "unconfirmed", "The file has errors; see where they are."
	} else {
		s.start.Label, s.start.Icon, s.start.Reason = "Choose seats", "human", ""
	}
	if s.join.Update(ctx.Context) || in.Pressed(input.KeyJ) {
		return newJoinScene(s, "", "")
	}
	if canHost && (s.host.Update(ctx.Context) || in.Pressed(input.KeyH)) {
		return newHostEntry(s, s.entries, s.list.Selected)
	}
	if s.start.Update(ctx.Context) || in.Pressed(input.KeyEnter) || in.Pressed(input.KeySpace) {
		return s.open(ctx)
	}
	if canQuit && (s.quit.Update(ctx.Context) || in.Pressed(input.KeyEscape)) {
		ctx.Quit()
	}
	return nil
}

// open goes on with the selected scenario: seat setup, or its diagnostics.
func (s *titleScene) open(ctx *Context) Scene {
	e := s.Selected()
	if e == nil || e.Pending {
		return nil
	}
	if e.Bad() {
		return newDiagnosticsScene(e, s)
	}
	return newSeatsScene(ctx.app, e, s)
}

// Draw implements Scene.
func (s *titleScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	h := s.header
	x := h.X
	is := ctx.LineH(fTitle)
	ctx.Icon(dst, "commit", layout.R(x, h.Y, is, is), colAccent)
	x += is + ctx.S(14)
	ctx.Text(dst, fTitle, "Liaison", x, h.Y, colText)
	ctx.Text(dst, fBody, "A tabletop training game about interoperability: get the right intelligence to the right partner in time.", h.X, h.Y+ctx.LineH(fTitle)+ctx.S(6), colTextDim)

	drawMotif(dst, ctx, layout.R(h.Right()-ctx.S(260), h.Y, ctx.S(260), h.H))
	widget.Panel(dst, ctx.Context, s.listPanel, "Scenarios", "scenario")
	clip := s.clip.Of(dst, s.list.Frame)
	first, end := s.list.Visible()
	for i := first; i < end; i++ {
		s.drawRow(clip, ctx, i)
	}
	widget.Scrollbar(dst, ctx.Context, s.list.Frame, &s.list.Scroll)
	s.drawDetail(dst, ctx)
	s.start.Draw(dst, ctx.Context)
	s.join.Draw(dst, ctx.Context)
	if canHost {
		s.host.Draw(dst, ctx.Context)
	}
	if canQuit {
		s.quit.Draw(dst, ctx.Context)
	}
	s.saves.draw(dst, ctx)
	hints := "Up/Down choose · Enter open · L load · Esc quit · ? shortcuts"
	if s.saves.canContinue {
		hints = "Up/Down choose · Enter open · C continue · L load · Esc quit · ?"
	}
	if !canQuit {
		hints = strings.Replace(hints, " · Esc quit", "", 1)
	}
	// The hints fill the gap between the Load and Start buttons; when it is
	// too narrow for them, they are left out (? lists them anyway).
	left := min(s.join.Rect.X, s.host.Rect.X)
	gap := layout.R(s.saves.load.Rect.Right()+ctx.S(12), s.footer.Y, left-s.saves.load.Rect.Right()-ctx.S(24), s.footer.H)
	if ctx.TextW(fSmall, hints) <= gap.W {
		ctx.TextMid(dst, fSmall, hints, gap, colTextDim, alignCenter)
	} else {
		ctx.TextMid(dst, fSmall, ctx.Fit(fSmall, "? shortcuts", gap.W), gap, colTextDim, alignCenter)
	}
}

func (s *titleScene) drawRow(dst *ebiten.Image, ctx *Context, i int) {
	e := &s.entries[i]
	r := s.list.Row(i)
	bg, border := colPanelHi, colBorder
	if i == s.list.Hover {
		bg = colPanelSel
	}
	if i == s.list.Selected {
		bg, border = colPanelSel, colBorderHi
	}
	ctx.Paint.RoundBorder(dst, r, ctx.S(mRadius), max(1, ctx.S(1.5)), bg, border)
	in := r.InsetXY(ctx.S(12), ctx.S(8))
	if i == s.list.Selected {
		ctx.Paint.Fill(dst, layout.R(r.X+ctx.S(2), r.Y+ctx.S(8), ctx.S(4), r.H-ctx.S(16)), colAccent)
	}
	title := e.Title()
	ctx.Text(dst, fBodyBold, ctx.Fit(fBodyBold, title, in.W-ctx.S(90)), in.X, in.Y, colText)
	tag, tagCol := "embedded", colTextDim
	switch {
	case e.Pending:
		tag, tagCol = "reading…", colTextDim
	case e.Bad():
		tag, tagCol = "has errors", colWarn
	case e.Default:
		tag, tagCol = "default", colAccent
	case !e.Embedded:
		tag, tagCol = "from file", colAccent
	}
	ctx.TextAl(dst, fSmallBold, tag, in.Right(), in.Y+ctx.S(2), tagCol, alignRight)
	y := in.Y + ctx.LineH(fBodyBold) + ctx.S(2)
	sumCol := colTextDim
	if e.Bad() {
		sumCol = colWarn
		ctx.Icon(dst, "unconfirmed", layout.R(in.X, y, ctx.LineH(fSmall), ctx.LineH(fSmall)), colWarn)
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, s.summaries[i], in.W-ctx.LineH(fSmall)-ctx.S(6)), in.X+ctx.LineH(fSmall)+ctx.S(6), y, sumCol)
	} else {
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, s.summaries[i], in.W), in.X, y, sumCol)
	}
	y += ctx.LineH(fSmall)
	ctx.Text(dst, fSmall, ctx.Fit(fSmall, e.Name, in.W), in.X, y, colTextFaint)
}

func (s *titleScene) drawDetail(dst *ebiten.Image, ctx *Context) {
	e := s.Selected()
	if e == nil {
		widget.Panel(dst, ctx.Context, s.detail, "No scenario", "")
		return
	}
	in := widget.Panel(dst, ctx.Context, s.detail, ctx.Fit(fHeading, e.Title(), s.detail.W-ctx.S(24)), "")
	y := in.Y
	if e.Pending {
		ctx.Text(dst, fBody, "Reading the scenario…", in.X, y, colTextDim)
		return
	}
	if !e.OK() {
		ctx.Text(dst, fBodyBold, "This file cannot be played.", in.X, y, colWarn)
		y += ctx.LineH(fBodyBold) + ctx.S(4)
		ctx.Para(dst, fBody, s.summaries[s.list.Selected], in.X, y, in.W, in.Bottom(), colWarn)
		return
	}
	sc := e.Scenario
	ctx.Text(dst, fSmall, s.summaries[s.list.Selected], in.X, y, colAccent)
	y += ctx.LineH(fSmall) + ctx.S(8)
	if b := s.briefings[s.list.Selected]; b != "" {
		// The briefing gets the room the team list can spare (its heading
		// and two teams); a cut briefing ends in an ellipsis, never mid-air.
		lh := ctx.LineH(fBody)
		room := in.Bottom() - ctx.LineH(fBodyBold) - ctx.S(4) - float64(min(2, len(sc.Teams)))*(lh+ctx.S(4)) - ctx.S(10)
		lines := ctx.Wrap(fBody, b, in.W)
		for i, l := range lines {
			if y+2*lh > room && i < len(lines)-1 {
				ctx.Text(dst, fBody, ctx.Fit(fBody, l+" …", in.W), in.X, y, colText)
				y += lh
				break
			}
			ctx.Text(dst, fBody, l, in.X, y, colText)
			y += lh
		}
		y += ctx.S(10)
	}
	ctx.Text(dst, fBodyBold, "Teams", in.X, y, colText)
	y += ctx.LineH(fBodyBold) + ctx.S(4)
	lh := ctx.LineH(fBody) + ctx.S(4)
	for i := range sc.Teams {
		t := &sc.Teams[i]
		if y+lh > in.Bottom() {
			ctx.Text(dst, fSmall, "and more…", in.X, y, colTextDim)
			break
		}
		sw := ctx.LineH(fBody) * 0.7
		ctx.Paint.Swatch(dst, layout.R(in.X, y+(ctx.LineH(fBody)-sw)/2, sw, sw), t.Colour)
		icon := "bot"
		if sc.Seats[t.ID] == "human" {
			icon = "human"
		}
		ctx.Icon(dst, icon, layout.R(in.X+sw+ctx.S(8), y+(ctx.LineH(fBody)-sw)/2, sw, sw), colTextDim)
		ctx.Text(dst, fBody, ctx.Fit(fBody, t.Name, in.W*0.62), in.X+2*sw+ctx.S(16), y, colText)
		ctx.TextAl(dst, fSmall, ctx.Fit(fSmall, s.teamMeta[s.list.Selected][i], in.W*0.3), in.Right(), y+ctx.S(2), colTextDim, alignRight)
		y += lh
	}
}

// drawMotif draws the title's small network: four agencies, secure links
// solid, an insecure link dashed, one link cut by an outage.
func drawMotif(dst *ebiten.Image, ctx *Context, r layout.Rect) {
	pts := [4][2]float64{{0.08, 0.5}, {0.38, 0.15}, {0.62, 0.85}, {0.92, 0.45}}
	px := func(i int) (float64, float64) { return r.X + pts[i][0]*r.W, r.Y + pts[i][1]*r.H }
	x0, y0 := px(0)
	x1, y1 := px(1)
	x2, y2 := px(2)
	x3, y3 := px(3)
	w := ctx.S(2)
	ctx.Paint.Line(dst, x0, y0, x1, y1, w, colBorderHi)
	ctx.Paint.Line(dst, x1, y1, x3, y3, w, colBorderHi)
	ctx.Paint.Dashed(dst, x0, y0, x2, y2, w, ctx.S(6), ctx.S(5), colWarn)
	ctx.Paint.Dashed(dst, x2, y2, x3, y3, w, ctx.S(2), ctx.S(7), colTextFaint)
	ctx.Paint.Line(dst, x1, y1, x2, y2, w, colGood)
	rad := ctx.S(9)
	for i := 0; i < 4; i++ {
		x, y := px(i)
		ctx.Paint.Disc(dst, x, y, rad, colPanelHi)
		ctx.Paint.Ring(dst, x, y, rad, ctx.S(2), colText)
	}
}

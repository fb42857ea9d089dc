package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// Name implements Scene.
func (s *facilitatorScene) Name() string { return "facilitator" }

// Help implements Scene.
func (s *facilitatorScene) Help() []Shortcut {
	h := []Shortcut{
		{"P", "pause or resume the exercise"},
		{"Type, then Enter", "add a note to the timeline"},
		{"Up / Down, I", "choose an inject, fire it"},
		{"Wheel", "scroll a team's column or the channels"},
	}
	if s.resolve {
		h = append(h, Shortcut{"Ctrl+Enter", "resolve the round"})
	} else {
		h = append(h, Shortcut{"Esc", "back"})
	}
	return h
}

func (s *facilitatorScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	scr := ctx.Screen()
	s.top, scr = scr.CutTop(s.banner.Height(ctx.Context), ctx.S(mGap))
	scr = scr.InsetXY(ctx.S(mGap), 0)
	scr.H -= ctx.S(mGap)
	main, side := scr.CutRight(ctx.S(380), ctx.S(mGap))
	s.teamR, main = main.CutTop(main.H*0.58, ctx.S(mGap))
	s.trustR, s.chanR = main.CutLeft(main.W*0.5, ctx.S(mGap))
	s.ctrlR, s.injR = side.CutTop(ctx.S(176), ctx.S(mGap))
	// Controls.
	c := widget.PanelContent(ctx.Context, s.ctrlR, true)
	bh := ctx.S(34)
	// Wide enough for "Resume" too, so the label never changes its fit.
	s.pauseB.Rect = layout.R(c.X, c.Y, max(s.pauseB.NaturalW(ctx.Context, "Pause"), s.pauseB.NaturalW(ctx.Context, "Resume")), bh)
	s.goB.Rect = layout.R(s.pauseB.Rect.Right()+ctx.S(8), c.Y, c.Right()-s.pauseB.Rect.Right()-ctx.S(8), bh)
	s.note.Rect = layout.R(c.X, c.Y+bh+ctx.S(8), c.W-ctx.S(138), bh)
	s.noteB.Rect = layout.R(c.Right()-ctx.S(130), s.note.Rect.Y, ctx.S(130), bh)
	// Injects.
	ic := widget.PanelContent(ctx.Context, s.injR, true)
	ic, foot := ic.CutBottom(bh, ctx.S(8))
	s.fireB.Rect = foot
	s.injectL.SetSize(ic, ctx.S(42), ctx.S(4), len(s.injects))
	// Team columns.
	// Teams side by side; more than five wrap onto a second row.
	tc := widget.PanelContent(ctx.Context, s.teamR, true)
	n := len(s.teams)
	rows := 1
	if n > 5 {
		rows = 2
	}
	perRow := (n + rows - 1) / max(1, rows)
	s.colR = s.colR[:0]
	var rowR, cells []layout.Rect
	rowR = tc.Rows(rowR, ctx.S(6), ones(rows)...)
	for r := 0; r < rows; r++ {
		cells = rowR[r].Columns(cells, ctx.S(6), ones(perRow)...)
		for c := 0; c < perRow && len(s.colR) < n; c++ {
			s.colR = append(s.colR, cells[c])
		}
	}
	for i := range s.teams {
		s.teams[i].Layout(ctx.Context, s.colR[i].InsetXY(ctx.S(6), ctx.S(6)))
	}
	s.channels.Layout(ctx.Context, widget.PanelContent(ctx.Context, s.chanR, true))
}

// ones returns n weights of 1.
func ones(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = 1
	}
	return out
}

// Update implements Scene.
func (s *facilitatorScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	sess := s.g.sess
	if c, ok := sess.(changer); ok && c.Changes() != s.seen {
		// A hosted room's facilitator view arrives over the network.
		s.seen = c.Changes()
		s.refresh()
		ctx.Invalidate()
	}
	s.note.Update(ctx.Context)
	for i := range s.teams {
		s.teams[i].Update(ctx.Context, false)
	}
	s.channels.Update(ctx.Context, false)
	s.injectL.Hover = s.injectL.HitRow(in.X, in.Y)
	if ctx.Hover(s.injectL.Frame) && in.WheelY != 0 {
		s.injectL.Scroll.By(-in.WheelY * ctx.S(40))
	}
	if !s.note.Focused {
		switch {
		case in.Pressed(input.KeyDown):
			s.injectL.Move(1)
		case in.Pressed(input.KeyUp):
			s.injectL.Move(-1)
		}
	}
	if in.Click && s.injectL.Hover >= 0 {
		s.injectL.Select(s.injectL.Hover)
		in.ConsumeClick()
	}
	s.fireB.Disabled = s.injectL.Selected < 0 || s.g.sess.IsOver()
	if s.fireB.Update(ctx.Context) || (!s.note.Focused && in.Pressed(input.KeyI)) {
		if i := s.injectL.Selected; i >= 0 && i < len(s.injects) && !s.fireB.Disabled {
			if err := sess.FireInject(s.injects[i].id); err != nil {
				s.message = err.Error()
			} else {
				s.message = "Inject queued: " + s.injects[i].line1
			}
			s.refresh()
		}
	}
	if s.pauseB.Update(ctx.Context) || (!s.note.Focused && in.Pressed(input.KeyP)) {
		sess.SetPaused(!sess.Paused())
		s.refresh()
	}
	s.noteB.Disabled = s.note.Text() == "" || sess.IsOver()
	if s.noteB.Update(ctx.Context) || (s.note.Focused && in.Pressed(input.KeyEnter) && !in.Ctrl) {
		if err := sess.AddNote(s.note.Text()); err != nil {
			s.message = err.Error()
		} else {
			s.message = "Note added to the timeline."
			s.note.Clear()
		}
		s.refresh()
		in.Consume(input.KeyEnter)
	}
	goKey := (s.resolve && in.Ctrl && in.Pressed(input.KeyEnter)) || (!s.resolve && in.Pressed(input.KeyEscape))
	if s.goB.Update(ctx.Context) || goKey {
		if !s.resolve {
			return s.back
		}
		if err := sess.Resolve(); err != nil {
			s.message = err.Error()
			return nil
		}
		return ctx.app.sceneFor(s.g)
	}
	if in.Pressed(input.KeyEscape) {
		s.note.Focused = false
	}
	return nil
}

// Draw implements Scene.
func (s *facilitatorScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	s.banner.Draw(dst, ctx.Context, s.top)
	widget.Panel(dst, ctx.Context, s.teamR, "What each team knows", "inbox")
	for i := range s.teams {
		ctx.Paint.RoundBorder(dst, s.colR[i], ctx.S(4), 1, colPanelHi, colBorder)
		s.teams[i].Draw(dst, ctx.Context)
	}
	s.drawTrust(dst, ctx)
	widget.Panel(dst, ctx.Context, s.chanR, "Channels", "secure")
	s.channels.Draw(dst, ctx.Context)
	c := widget.Panel(dst, ctx.Context, s.ctrlR, "Control", "pause")
	s.pauseB.Draw(dst, ctx.Context)
	s.goB.Draw(dst, ctx.Context)
	s.note.Draw(dst, ctx.Context)
	s.noteB.Draw(dst, ctx.Context)
	y := s.note.Rect.Bottom() + ctx.S(6)
	if s.message != "" {
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, s.message, c.W), c.X, y, colAccent)
		y += ctx.LineH(fSmall)
	}
	if s.pending != "" {
		ctx.Para(dst, fSmall, s.pending, c.X, y, c.W, c.Bottom()+ctx.S(10), colTextDim)
	}
	widget.Panel(dst, ctx.Context, s.injR, "Injects (MSEL)", "inject")
	clip := s.clip.Of(dst, s.injectL.Frame)
	first, end := s.injectL.Visible()
	sh := ctx.LineH(fSmall)
	for i := first; i < end; i++ {
		fi := &s.injects[i]
		r := s.injectL.Row(i)
		rowBox(clip, ctx, r, i == s.injectL.Hover, i == s.injectL.Selected)
		in := r.InsetXY(ctx.S(8), ctx.S(4))
		col := colText
		if fi.fired {
			col = colTextDim
		}
		if fi.queued {
			col = colWarn
		}
		ctx.Text(clip, fSmallBold, ctx.Fit(fSmallBold, fi.line1, in.W), in.X, in.Y, col)
		ctx.Text(clip, fSmall, ctx.Fit(fSmall, fi.line2, in.W), in.X, in.Y+sh, colTextDim)
	}
	widget.Scrollbar(dst, ctx.Context, s.injectL.Frame, &s.injectL.Scroll)
	s.fireB.Draw(dst, ctx.Context)
}

// drawTrust draws the trust matrix: rows trust columns; every cell prints its number.
func (s *facilitatorScene) drawTrust(dst *ebiten.Image, ctx *Context) {
	in := widget.Panel(dst, ctx.Context, s.trustR, "Trust (row trusts column)", "commit")
	n := len(s.trustIDs)
	if n == 0 {
		return
	}
	head := min(ctx.S(130), in.W*0.3)
	cw := (in.W - head) / float64(n)
	ch := min((in.H-ctx.LineH(fSmall))/float64(n), ctx.S(30))
	for j := range s.trustIDs {
		ctx.TextAl(dst, fSmallBold, ctx.Fit(fSmallBold, s.trustCodes[j], cw-ctx.S(2)), in.X+head+cw*(float64(j)+0.5), in.Y, colTextDim, alignCenter)
	}
	y0 := in.Y + ctx.LineH(fSmall)
	for a := 0; a < n; a++ {
		y := y0 + float64(a)*ch
		ctx.TextMid(dst, fSmallBold, ctx.Fit(fSmallBold, s.trustIDs[a], head-ctx.S(4)), layout.R(in.X, y, head, ch), colTextDim, alignLeft)
		for b := 0; b < n; b++ {
			r := layout.R(in.X+head+cw*float64(b)+1, y+1, cw-2, ch-2)
			if a == b {
				ctx.Paint.Fill(dst, r, colPanelHi)
				continue
			}
			v := s.fv.Trust[a][b]
			ctx.Paint.Fill(dst, r, trustShade(v))
			ctx.TextMid(dst, fSmallBold, s.trustM[a][b], r, colText, alignCenter)
		}
	}
}

// trustShade is a single-hue ramp (dark to bright blue) so the matrix reads
// in lightness, not hue; the number is printed in every cell anyway.
func trustShade(v int) colourRGBA {
	t := float64(max(0, min(100, v))) / 100
	return colourRGBA{R: uint8(20 + 10*t), G: uint8(30 + 70*t), B: uint8(50 + 120*t), A: 0xff}
}

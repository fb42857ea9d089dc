package ui

import (
	"fmt"
	"sort"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/report"
	"liaison/game/rules"
	"liaison/game/score"
	"liaison/game/ui/compose"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// endScene closes the exercise: the coalition's score and grade, each
// team's, the dimensions behind them, and the three biggest losses with the
// events that caused them.
type endScene struct {
	g       *game
	res     score.Result
	ok      bool
	banner  widget.Banner
	why     string // why the game ended
	total   string // "Coalition 63.4 / 100"
	grade   string
	dims    []endDim
	teams   []endTeam
	losses  widget.Doc
	menu    widget.Button
	export  widget.Button
	facil   widget.Button
	size    [3]float64
	top     layout.Rect
	hero    layout.Rect
	dimR    layout.Rect
	teamR   layout.Rect
	lossR   layout.Rect
	heading string
	note    string // result of the last export, or its progress
	noteCol colourRGBA
	job     *exportJob // the export under way, nil when none
}

type endDim struct {
	name, score, basis string
	value              float64
	measured           bool
}

type endTeam struct {
	name, total, grade, seat, colour string
}

func newEndScene(g *game) *endScene {
	s := &endScene{g: g}
	sc := g.sess.Scenario()
	s.res, s.ok = g.sess.Result()
	s.banner.Set(g.sess.Round(), g.sess.Rounds(), "", -1, "", "Exercise over · "+sc.Title)
	s.banner.Text = "Exercise over · " + sc.Title
	s.banner.Right = fmt.Sprintf("%s played · %d of %s disrupted", compose.Plural(len(g.sess.History()), "round", "rounds"), s.res.Disrupted, compose.Plural(s.res.Threats, "threat", "threats"))
	words := report.NewDescriber(sc, g.sess.Events())
	for _, e := range g.sess.Events() {
		if e.Kind == rules.EvEnd {
			_, s.why = words.Event(e)
		}
	}
	c := s.res.Coalition
	s.total = fmt.Sprintf("%.0f", c.Total)
	s.grade = c.Grade
	s.heading = "Coalition score"
	for _, d := range c.Dims {
		ed := endDim{name: report.DimensionLabel(d.Name), value: d.Score, measured: d.Measured, basis: words.Text(d.Basis)}
		if d.Measured {
			ed.score = fmt.Sprintf("%.0f", d.Score)
		} else {
			ed.score = "n/a"
		}
		s.dims = append(s.dims, ed)
	}
	for _, tc := range s.res.Teams {
		t, _ := sc.Team(tc.Team)
		et := endTeam{name: tc.Team, total: fmt.Sprintf("%.0f", tc.Total), grade: tc.Grade, seat: seatLabel(g.sess.Seat(tc.Team))}
		if t != nil {
			et.name, et.colour = t.Name, t.Colour
		}
		s.teams = append(s.teams, et)
	}
	s.buildLosses(c.Losses, words)
	s.menu = widget.Button{Label: "Back to the menu", Hint: "Esc"}
	s.export = widget.Button{Label: "Export the AAR", Hint: "E", Icon: "share", Reason: exportReason}
	s.facil = widget.Button{Label: "Facilitator view", Hint: "F", Icon: "pause", Reason: "Everything that happened, every team's knowledge."}
	return s
}

// buildLosses lists the three largest losses with their causes, in the
// words of the after-action review (names, never ids).
func (s *endScene) buildLosses(losses []score.Loss, words *report.Describer) {
	ls := append([]score.Loss(nil), losses...)
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].Impact > ls[j].Impact })
	s.losses.Heading("The three biggest losses")
	if len(ls) == 0 {
		s.losses.Text("No points were lost. A flawless exercise.", colGood)
	}
	events := s.g.sess.Events()
	for i, l := range ls {
		if i == 3 {
			break
		}
		s.losses.Add(widget.Para{Role: fBodyBold, Gap: 10, Col: colWarn, Icon: "unconfirmed",
			Text: fmt.Sprintf("%d. −%.1f points · %s · round %d", i+1, l.Impact, report.DimensionLabel(l.Dimension), l.Round)})
		s.losses.Text(words.Loss(l), colText)
		if l.Cause >= 0 {
			for _, e := range events {
				if e.Seq == l.Cause {
					what, _ := words.Event(e)
					s.losses.Add(widget.Para{Role: fSmall, Text: "Cause: " + what + ".", Col: colTextDim, Gap: 2})
					break
				}
			}
		} else {
			s.losses.Add(widget.Para{Role: fSmall, Text: "Cause: something that never happened.", Col: colTextDim, Gap: 2})
		}
	}
}

// Name implements Scene.
func (s *endScene) Name() string { return "end" }

// Help implements Scene.
func (s *endScene) Help() []Shortcut {
	h := []Shortcut{{"Esc", "back to the menu"}, {"E", "export the after-action review"}, {"Wheel", "scroll the losses"}}
	if s.g.sess.FacilitatorOn() {
		h = append(h, Shortcut{"F", "facilitator view"})
	}
	return h
}

// Result returns the score the scene shows.
func (s *endScene) Result() score.Result { return s.res }

func (s *endScene) layout(ctx *Context) {
	if s.size != [3]float64{ctx.W, ctx.H, ctx.Scale} {
		s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
		scr := ctx.Screen()
		s.top, scr = scr.CutTop(s.banner.Height(ctx.Context), ctx.S(mPad))
		scr = scr.InsetXY(ctx.S(mPad), 0)
		scr, foot := scr.CutBottom(ctx.S(44), ctx.S(mPad))
		left, right := scr.CutLeft(scr.W*0.5, ctx.S(mGap))
		s.hero, left = left.CutTop(ctx.S(150), ctx.S(mGap))
		s.dimR = left
		s.teamR, s.lossR = right.CutTop(min(right.H*0.45, ctx.S(60)+float64(len(s.teams))*ctx.S(30)), ctx.S(mGap))
		s.menu.Rect = layout.R(foot.X, foot.Y, ctx.S(220), foot.H)
		s.export.Rect = layout.R(foot.Right()-ctx.S(220), foot.Y, ctx.S(220), foot.H)
		s.facil.Rect = layout.R(s.export.Rect.X-ctx.S(230), foot.Y, ctx.S(220), foot.H)
	}
	s.losses.Layout(ctx.Context, widget.PanelContent(ctx.Context, s.lossR, false))
}

// Update implements Scene.
func (s *endScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	s.losses.Update(ctx.Context, true)
	if (s.export.Update(ctx.Context) || ctx.In.Pressed(input.KeyE)) && s.job == nil {
		s.job = ctx.app.exportAAR(s.g)
	}
	s.pollExport(ctx)
	if s.g.sess.FacilitatorOn() && (s.facil.Update(ctx.Context) || ctx.In.Pressed(input.KeyF)) {
		return newFacilitatorSceneFrom(s.g, s)
	}
	if s.menu.Update(ctx.Context) || ctx.In.Pressed(input.KeyEscape) {
		ctx.app.game = nil
		return ctx.app.titleScene()
	}
	return nil
}

// pollExport shows the progress of the export under way and, once it has
// finished, its result. The note is rebuilt (and the frame redrawn) only
// when its text changes: once a step or a second.
func (s *endScene) pollExport(ctx *Context) {
	if s.job == nil {
		return
	}
	note, col := s.job.progressText(time.Now()), colTextDim
	s.export.Disabled, s.export.Label = true, "Exporting…"
	s.export.Reason = "The after-action review is being written; the window stays usable."
	if msg, err, finished := s.job.result(); finished {
		note, col = msg, colGood
		if err != nil {
			note, col = err.Error(), colBad
		}
		s.job = nil
		s.export.Disabled, s.export.Label = false, "Export the AAR"
		s.export.Reason = exportReason
	}
	if note != s.note || col != s.noteCol {
		s.note, s.noteCol = note, col
		ctx.dirty = true
	}
}

// exportReason is the export button's tooltip.
const exportReason = "Write the after-action review as an HTML page and a Markdown debrief."

// Draw implements Scene.
func (s *endScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	s.banner.Draw(dst, ctx.Context, s.top)
	// Hero: total and grade.
	in := widget.Panel(dst, ctx.Context, s.hero, s.heading, "commit")
	gw := ctx.S(92)
	gr := layout.R(in.Right()-gw, in.Y, gw, in.H)
	ctx.Paint.Round(dst, gr, ctx.S(10), gradeColour(s.grade))
	ctx.TextAl(dst, fTitle, s.grade, gr.CenterX(), gr.CenterY()-ctx.LineH(fTitle)/2, colBlack, alignCenter)
	ctx.TextAl(dst, fSmallBold, "grade", gr.CenterX(), gr.Bottom()-ctx.LineH(fSmallBold)-ctx.S(2), colBlack, alignCenter)
	w := ctx.Text(dst, fTitle, s.total, in.X, in.Y, colText)
	ctx.Text(dst, fBody, "/ 100", in.X+w+ctx.S(8), in.Y+ctx.LineH(fTitle)-ctx.LineH(fBody)-ctx.S(6), colTextDim)
	if s.why != "" {
		ctx.Para(dst, fSmall, s.why, in.X, in.Y+ctx.LineH(fTitle)+ctx.S(4), in.W-gw-ctx.S(12), in.Bottom(), colTextDim)
	}
	// Dimensions with bars; the number is always printed beside the bar.
	in = widget.Panel(dst, ctx.Context, s.dimR, "Dimensions", "")
	rowH := min(ctx.S(44), in.H/float64(max(1, len(s.dims))))
	for i, d := range s.dims {
		r := layout.R(in.X, in.Y+float64(i)*rowH, in.W, rowH)
		ctx.Text(dst, fBodyBold, d.name, r.X, r.Y, colText)
		ctx.TextAl(dst, fBodyBold, d.score, r.Right(), r.Y, colText, alignRight)
		bar := layout.R(r.X+ctx.S(150), r.Y+ctx.S(5), r.W-ctx.S(200), ctx.S(8))
		ctx.Paint.Round(dst, bar, ctx.S(4), colPanelHi)
		if d.measured {
			ctx.Paint.Round(dst, layout.R(bar.X, bar.Y, bar.W*d.value/100, bar.H), ctx.S(4), gradeColour(score.Grade(d.value)))
		}
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, d.basis, r.W), r.X, r.Y+ctx.LineH(fBodyBold), colTextDim)
	}
	// Teams.
	in = widget.Panel(dst, ctx.Context, s.teamR, "Teams", "human")
	lh := ctx.S(30)
	for i, t := range s.teams {
		y := in.Y + float64(i)*lh
		if y+lh > in.Bottom()+ctx.S(4) {
			break
		}
		sw := ctx.S(12)
		ctx.Paint.Swatch(dst, layout.R(in.X, y+ctx.S(5), sw, sw), t.colour)
		ctx.Text(dst, fBody, ctx.Fit(fBody, t.name, in.W*0.55), in.X+sw+ctx.S(8), y, colText)
		ctx.Text(dst, fSmall, t.seat, in.X+in.W*0.62, y+ctx.S(2), colTextDim)
		ctx.TextAl(dst, fBodyBold, t.total, in.Right()-ctx.S(40), y, colText, alignRight)
		ctx.TextAl(dst, fBodyBold, t.grade, in.Right(), y, colText, alignRight)
	}
	widget.Panel(dst, ctx.Context, s.lossR, "", "")
	s.losses.Draw(dst, ctx.Context)
	s.menu.Draw(dst, ctx.Context)
	s.export.Draw(dst, ctx.Context)
	if s.note != "" {
		x := s.menu.Rect.Right() + ctx.S(16)
		right := s.export.Rect.X - ctx.S(16)
		if s.g.sess.FacilitatorOn() {
			right = s.facil.Rect.X - ctx.S(16)
		}
		ctx.Para(dst, fSmall, s.note, x, s.menu.Rect.Y, right-x, s.menu.Rect.Bottom()+ctx.S(4), s.noteCol)
		if s.job != nil {
			step, _ := s.job.progress()
			bar := layout.R(x, s.menu.Rect.Bottom()-ctx.S(6), min(right-x, ctx.S(240)), ctx.S(6))
			ctx.Paint.Round(dst, bar, ctx.S(3), colPanelHi)
			ctx.Paint.Round(dst, layout.R(bar.X, bar.Y, bar.W*float64(step)/exportSteps, bar.H), ctx.S(3), colAccent)
		}
	}
	if s.g.sess.FacilitatorOn() {
		s.facil.Draw(dst, ctx.Context)
	}
}

// gradeColour tints a grade badge; the letter is always printed on it.
func gradeColour(g string) (c colourRGBA) {
	switch g {
	case "A":
		return colGood
	case "B":
		return colAccent
	case "C":
		return colYellow
	case "D":
		return colWarn
	}
	return colBad
}

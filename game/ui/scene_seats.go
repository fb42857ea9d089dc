package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/scenario"
	"liaison/game/ui/catalog"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// seatsScene chooses who plays each team: a human at this screen or a bot
// personality, and whether the facilitator view is on. Defaults come from
// the scenario's seats.
type seatsScene struct {
	app    *App
	entry  *catalog.Entry
	back   Scene
	seats  []int // index into scenario.SeatKinds per team
	facil  bool
	row    int // keyboard row: teams, then the facilitator toggle
	errMsg string
	// widgets
	choices [][]widget.Button // per team, per seat kind
	facilB  widget.Button
	startB  widget.Button
	backB   widget.Button
	// layout
	size  [3]float64
	head  layout.Rect
	rows  []layout.Rect
	names []layout.Rect
	foot  layout.Rect
	meta  []string
}

func newSeatsScene(a *App, e *catalog.Entry, back Scene) *seatsScene {
	sc := e.Scenario
	s := &seatsScene{app: a, entry: e, back: back, facil: a != nil && a.opts.Facilitator}
	for _, t := range sc.Teams {
		k := 0
		for i, kind := range scenario.SeatKinds {
			if kind == sc.Seats[t.ID] {
				k = i
			}
		}
		s.seats = append(s.seats, k)
		bs := make([]widget.Button, len(scenario.SeatKinds))
		for i, kind := range scenario.SeatKinds {
			bs[i] = widget.Button{Label: kind, Reason: seatHelp[kind]}
			if kind == "human" {
				bs[i].Icon = "human"
			} else {
				bs[i].Icon = "bot"
			}
		}
		s.choices = append(s.choices, bs)
		s.meta = append(s.meta, t.Country+" · "+itoa(t.AP)+" AP · "+joinComma(t.Capabilities)+" · mandate "+joinComma(t.Mandate))
	}
	s.facilB = widget.Button{Label: "Facilitator view", Icon: "pause", Reason: "Lets an instructor see every team, pause, fire injects and add notes (key F)."}
	s.startB = widget.Button{Label: "Start briefing", Hint: "Enter", Primary: true}
	s.backB = widget.Button{Label: "Back", Hint: "Esc"}
	return s
}

// seatHelp explains each seat kind in its tooltip.
var seatHelp = map[string]string{
	"human":       "A person plays this team at this screen (hot-seat when several).",
	"cooperative": "Bot: shares what partners need, answers requests, joins operations.",
	"legalistic":  "Bot: follows every caveat to the letter; sanitises and asks for release.",
	"hoarder":     "Bot: keeps its intelligence close and shares late.",
	"reckless":    "Bot: shares fast and wide, sometimes breaking caveats.",
}

// Name implements Scene.
func (s *seatsScene) Name() string { return "seats" }

// Help implements Scene.
func (s *seatsScene) Help() []Shortcut {
	return []Shortcut{
		{"Up / Down, Tab", "choose a team"},
		{"Left / Right, 1-5", "choose human or a bot personality"},
		{"F", "facilitator view on or off"},
		{"Enter", "start the briefing"},
		{"Esc", "back to the menu"},
	}
}

// Seats returns the chosen seat kind per team id.
func (s *seatsScene) Seats() map[string]string {
	out := map[string]string{}
	for i, t := range s.entry.Scenario.Teams {
		out[t.ID] = scenario.SeatKinds[s.seats[i]]
	}
	return out
}

func (s *seatsScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	var scr layout.Rect
	s.head, scr, s.foot = pageFrame(ctx, ctx.LineH(fHeading)+ctx.LineH(fBody)+ctx.S(8), 16)
	n := len(s.seats)
	rowH := min(ctx.S(64), (scr.H-ctx.S(60))/float64(max(1, n)))
	s.rows, s.names = s.rows[:0], s.names[:0]
	y := scr.Y
	bw := ctx.S(134)
	for i := 0; i < n; i++ {
		r := layout.R(scr.X, y, scr.W, rowH-ctx.S(6))
		s.rows = append(s.rows, r)
		name, rest := r.CutLeft(r.W-float64(len(scenario.SeatKinds))*(bw+ctx.S(6))-ctx.S(10), ctx.S(10))
		s.names = append(s.names, name)
		bh := min(ctx.S(34), r.H-ctx.S(10))
		for k := range s.choices[i] {
			s.choices[i][k].Rect = layout.R(rest.X+float64(k)*(bw+ctx.S(6)), r.CenterY()-bh/2, bw, bh)
		}
		y += rowH
	}
	s.facilB.Rect = layout.R(scr.X, y+ctx.S(8), ctx.S(260), ctx.S(38))
	s.backB.Rect = layout.R(s.foot.X, s.foot.Y, ctx.S(140), s.foot.H)
	s.startB.Rect = layout.R(s.foot.Right()-ctx.S(230), s.foot.Y, ctx.S(230), s.foot.H)
}

// Update implements Scene.
func (s *seatsScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	n := len(s.seats)
	switch {
	case in.Pressed(input.KeyDown) || in.Pressed(input.KeyTab):
		s.row = (s.row + 1) % (n + 1)
	case in.Pressed(input.KeyUp):
		s.row = (s.row + n) % (n + 1)
	case in.Pressed(input.KeyRight) && s.row < n:
		s.seats[s.row] = (s.seats[s.row] + 1) % len(scenario.SeatKinds)
	case in.Pressed(input.KeyLeft) && s.row < n:
		s.seats[s.row] = (s.seats[s.row] + len(scenario.SeatKinds) - 1) % len(scenario.SeatKinds)
	case in.Pressed(input.KeyF) || (s.row == n && in.Pressed(input.KeySpace)):
		s.facil = !s.facil
	}
	if d := in.DigitPressed(); d >= 1 && d <= len(scenario.SeatKinds) && s.row < n {
		s.seats[s.row] = d - 1
	}
	for i := range s.choices {
		for k := range s.choices[i] {
			b := &s.choices[i][k]
			b.Primary = s.seats[i] == k
			b.Selected = s.row == i && s.seats[i] == k
			if b.Update(ctx.Context) {
				s.seats[i], s.row = k, i
			}
		}
	}
	s.facilB.Primary, s.facilB.Selected = s.facil, s.row == n
	if s.facil {
		s.facilB.Label = "Facilitator view: on"
	} else {
		s.facilB.Label = "Facilitator view: off"
	}
	if s.facilB.Update(ctx.Context) {
		s.facil = !s.facil
	}
	if s.backB.Update(ctx.Context) || in.Pressed(input.KeyEscape) {
		return s.back
	}
	if s.startB.Update(ctx.Context) || in.Pressed(input.KeyEnter) {
		next, err := ctx.app.startGame(s.entry, s.Seats(), s.facil)
		if err != nil {
			s.errMsg = err.Error()
			return nil
		}
		return next
	}
	return nil
}

// Draw implements Scene.
func (s *seatsScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	sc := s.entry.Scenario
	ctx.Text(dst, fHeading, ctx.Fit(fHeading, "Seats · "+sc.Title, s.head.W), s.head.X, s.head.Y, colText)
	ctx.Text(dst, fBody, "Who plays each team? Human seats take turns at this screen behind a handoff screen; bots answer at once.",
		s.head.X, s.head.Y+ctx.LineH(fHeading)+ctx.S(6), colTextDim)
	for i := range s.rows {
		r := s.rows[i]
		bg, border := colPanel, colBorder
		if i == s.row {
			bg, border = colPanelHi, colBorderHi
		}
		ctx.Paint.RoundBorder(dst, r, ctx.S(mRadius), 1, bg, border)
		t := &sc.Teams[i]
		nr := s.names[i].InsetXY(ctx.S(12), 0)
		sw := ctx.S(12)
		ctx.Paint.Swatch(dst, layout.R(nr.X, nr.CenterY()-sw/2-ctx.LineH(fSmall)/2, sw, sw), t.Colour)
		ty := r.CenterY() - (ctx.LineH(fBodyBold)+ctx.LineH(fSmall))/2
		ctx.Text(dst, fBodyBold, ctx.Fit(fBodyBold, t.Name, nr.W-sw-ctx.S(10)), nr.X+sw+ctx.S(10), ty, colText)
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, s.meta[i], nr.W-sw-ctx.S(10)), nr.X+sw+ctx.S(10), ty+ctx.LineH(fBodyBold), colTextDim)
		for k := range s.choices[i] {
			s.choices[i][k].Draw(dst, ctx.Context)
		}
	}
	s.facilB.Draw(dst, ctx.Context)
	humans := 0
	for _, k := range s.seats {
		if k == 0 {
			humans++
		}
	}
	note := "Hot-seat: each human team plays in turn; a handoff screen hides the board between them."
	switch humans {
	case 0:
		note = "No human seat: the bots play the whole game and you watch the end screen."
	case 1:
		note = "Solo: you play one team and the bots play its partners."
	}
	ctx.Text(dst, fSmall, note, s.facilB.Rect.Right()+ctx.S(16), s.facilB.Rect.CenterY()-ctx.LineH(fSmall)/2, colTextDim)
	if s.errMsg != "" {
		ctx.Para(dst, fBody, s.errMsg, s.backB.Rect.Right()+ctx.S(20), s.foot.Y, s.startB.Rect.X-s.backB.Rect.Right()-ctx.S(40), s.foot.Bottom()+ctx.LineH(fBody), colBad)
	}
	s.backB.Draw(dst, ctx.Context)
	s.startB.Draw(dst, ctx.Context)
}

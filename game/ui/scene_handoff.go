package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/session"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// handoffScene hides everything between two people at a shared screen: it
// names whose turn it is and shows nothing of any team until that team's
// player confirms.
type handoffScene struct {
	g      *game
	team   string
	name   string
	colour string
	sub    string
	head   string
	ready  widget.Button
	facil  widget.Button
	box    layout.Rect
	size   [3]float64
}

func newHandoffScene(g *game, team string) *handoffScene {
	s := &handoffScene{g: g, team: team}
	s.head = "Round " + itoa(g.sess.Round()) + " of " + itoa(g.sess.Rounds()) + " · pass the screen to"
	sc := g.sess.Scenario()
	if team == session.FacilitatorSeat {
		s.name = "the facilitator"
		s.sub = "Every team has given its orders. The facilitator's view shows everything; keep it from the players."
		s.ready = widget.Button{Label: "I am the facilitator: show everything", Hint: "Enter", Primary: true, Icon: "pause"}
	} else if t, ok := sc.Team(team); ok {
		s.name, s.colour = t.Name, t.Colour
		s.sub = "Everything on this screen stays hidden until " + t.Country + "'s player confirms. Other teams: look away."
		s.ready = widget.Button{Label: "I play " + t.Country + ": show my board", Hint: "Enter", Primary: true, Icon: "human"}
	}
	s.facil = widget.Button{Label: "Facilitator view", Hint: "F", Icon: "pause",
		Reason: "For the instructor: pause, fire an inject, add a note, see every team."}
	return s
}

// Name implements Scene.
func (s *handoffScene) Name() string { return "handoff" }

// Help implements Scene.
func (s *handoffScene) Help() []Shortcut {
	h := []Shortcut{{"Enter", "confirm you are the next player and show the screen"}, {"Ctrl+S", "save the game"},
		{"Esc", "leave to the menu (Continue there picks the game up here)"}}
	if s.team != session.FacilitatorSeat {
		h = append(h, Shortcut{"F", "open the facilitator view"})
	}
	return h
}

func (s *handoffScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	s.box = ctx.Screen().Centered(ctx.S(720), ctx.S(360))
	in := s.box.Inset(ctx.S(32))
	s.ready.Rect = layout.R(in.CenterX()-ctx.S(220), in.Bottom()-ctx.S(48), ctx.S(440), ctx.S(48))
	s.facil.Rect = layout.R(ctx.W-ctx.S(230), ctx.H-ctx.S(60), ctx.S(210), ctx.S(40))
}

// Update implements Scene.
func (s *handoffScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	paused := s.g.sess.Paused()
	s.ready.Disabled = paused
	s.ready.Reason = ""
	if paused {
		s.ready.Reason = "The facilitator has paused the exercise."
	}
	if (s.ready.Update(ctx.Context) || ctx.In.Pressed(input.KeyEnter)) && !paused {
		if err := s.g.sess.Advance(); err == nil {
			return ctx.app.sceneFor(s.g)
		}
	}
	// The instructor may look in from any handoff, whether or not the
	// facilitator's own step was switched on at the seats screen.
	if s.team != session.FacilitatorSeat {
		if s.facil.Update(ctx.Context) || ctx.In.Pressed(input.KeyF) {
			return newFacilitatorSceneFrom(s.g, s)
		}
	}
	if ctx.In.Pressed(input.KeyEscape) {
		// A handoff is a saved point (see App.autosave): leave to the menu.
		ctx.app.game = nil
		return ctx.app.titleScene()
	}
	return nil
}

// Draw implements Scene.
func (s *handoffScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	ctx.Paint.RoundBorder(dst, s.box, ctx.S(12), 2, colPanel, colBorder)
	in := s.box.Inset(ctx.S(32))
	y := in.Y
	ctx.TextAl(dst, fBody, s.head, in.CenterX(), y, colTextDim, alignCenter)
	y += ctx.LineH(fBody) + ctx.S(14)
	if s.colour != "" {
		sw := ctx.S(18)
		w := ctx.TextW(fHeading, s.name)
		ctx.Paint.Swatch(dst, layout.R(in.CenterX()-w/2-sw-ctx.S(10), y+(ctx.LineH(fHeading)-sw)/2, sw, sw), s.colour)
	}
	ctx.TextAl(dst, fHeading, s.name, in.CenterX(), y, colText, alignCenter)
	y += ctx.LineH(fHeading) + ctx.S(20)
	for _, l := range ctx.Wrap(fBody, s.sub, in.W) {
		ctx.TextAl(dst, fBody, l, in.CenterX(), y, colTextDim, alignCenter)
		y += ctx.LineH(fBody)
	}
	if s.g.sess.Paused() {
		ctx.TextAl(dst, fBodyBold, "PAUSED by the facilitator", in.CenterX(), y+ctx.S(12), colWarn, alignCenter)
	}
	s.ready.Draw(dst, ctx.Context)
	if s.team != session.FacilitatorSeat {
		s.facil.Draw(dst, ctx.Context)
	}
	ctx.TextAl(dst, fSmall, "Esc: back to the menu", ctx.S(20), ctx.H-ctx.S(40), colTextDim, alignLeft)
}

package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/narrative"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/session"
)

// resultsScene shows one team its round results between resolution and its
// next board (in hot-seat behind the handoff, so only that team sees them):
// the round's narrative from game/narrative, the same text `liaisonctl play
// --narrate` prints, in display names.
type resultsScene struct {
	g      *game
	net    *remoteBoard // a joined seat's results (g nil)
	team   string
	round  int
	banner turnBanner
	body   doc
	next   button
	size   [3]float64
	top    layout.Rect
	br     layout.Rect
}

// resultsDue returns the results scene a team has not yet seen for the
// last resolved round, or nil. An empty team means the game is over: the
// results go to the only human seat, if there is exactly one.
func resultsDue(g *game, team string) Scene {
	hist := g.sess.History()
	if g.told == nil {
		g.told = map[string]int{}
		// A game restored from a save: its players saw the results of the
		// rounds before it was saved.
		if len(hist) > 0 {
			for _, t := range g.sess.Scenario().Teams {
				g.told[t.ID] = hist[len(hist)-1].Number
			}
		}
	}
	if len(hist) == 0 {
		return nil
	}
	if team == "" {
		humans := g.sess.Humans()
		if len(humans) != 1 {
			return nil
		}
		team = humans[0]
	}
	last := hist[len(hist)-1]
	if g.told[team] >= last.Number {
		return nil
	}
	return newResultsScene(g, team, last)
}

func newResultsScene(g *game, team string, r session.Round) *resultsScene {
	s := &resultsScene{g: g, team: team, round: r.Number}
	s.next = button{Label: "Continue", Hint: "Enter", Primary: true, Icon: "inbox"}
	sc := g.sess.Scenario()
	v, err := g.sess.View(team)
	if err != nil {
		s.body.text(err.Error(), colBad)
		return s
	}
	me := teamInfo(&v, team)
	s.banner.set(r.Number, sc.Rounds, me.Name, v.AP, me.Colour, "Results of round "+itoa(r.Number))
	s.fill(narrative.Build(narrative.Input{Scenario: sc, Team: team, Round: r.Number, View: v, Orders: r.Turn.Orders[team]}))
	return s
}

// fill writes a narrative into the body.
func (s *resultsScene) fill(n narrative.Narrative) {
	if len(n.Sections) == 0 {
		s.body.text("Nothing happened that concerns you this round.", colTextDim)
	}
	for _, sec := range n.Sections {
		s.body.heading(sec.Title)
		for _, l := range sec.Lines {
			s.body.add(docPara{role: fBody, text: lineText(l), col: toneColour(l.Tone), gap: 4})
			if l.Hint != "" {
				s.body.add(docPara{role: fSmall, text: "What to do: " + l.Hint, col: colTextDim, indent: 18})
			}
		}
	}
	if n.Over {
		s.body.add(docPara{role: fBodyBold, text: "The game is over: the after-action review follows.", col: colAccent, gap: 14})
	}
}

// lineText marks a new card.
func lineText(l narrative.Line) string {
	if l.New {
		return "NEW  " + l.Text
	}
	return l.Text
}

// toneColour colours a line by its tone.
func toneColour(t narrative.Tone) color.RGBA {
	switch t {
	case narrative.Good:
		return colGood
	case narrative.Bad:
		return colBad
	case narrative.Action:
		return colWarn
	}
	return colText
}

// Name implements Scene.
func (s *resultsScene) Name() string { return "results" }

// Help implements Scene.
func (s *resultsScene) Help() []Shortcut {
	return []Shortcut{{"Up / Down, wheel", "scroll the results"}, {"Enter", "continue"}}
}

func (s *resultsScene) layout(ctx *Context) {
	if s.size != [3]float64{ctx.W, ctx.H, ctx.Scale} {
		s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
		scr := ctx.Screen()
		s.top, scr = scr.CutTop(s.banner.height(ctx), ctx.S(mPad))
		scr = scr.InsetXY(ctx.S(mPad), 0)
		var foot layout.Rect
		s.br, foot = scr.CutBottom(ctx.S(44)+ctx.S(mPad), 0)
		s.next.Rect = layout.R(foot.Right()-ctx.S(220), foot.Y+ctx.S(mPad)/2, ctx.S(220), ctx.S(44))
	}
	s.body.layout(ctx, panelContent(ctx, s.br, false))
}

// Update implements Scene.
func (s *resultsScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	s.body.update(ctx, true)
	if s.next.update(ctx) || ctx.In.Pressed(input.KeyEnter) {
		if s.net != nil {
			s.net.told = max(s.net.told, s.round)
			return s.net.join
		}
		s.g.told[s.team] = s.round
		return ctx.app.sceneFor(s.g)
	}
	return nil
}

// Draw implements Scene.
func (s *resultsScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	s.banner.draw(dst, ctx, s.top)
	panel(dst, ctx, s.br, "", "")
	s.body.draw(dst, ctx)
	s.next.draw(dst, ctx)
}

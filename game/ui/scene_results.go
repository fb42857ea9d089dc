package ui

import (
	"image/color"
	"slices"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/narrative"
	"liaison/game/rules"
	"liaison/game/session"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
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
	banner widget.Banner
	body   widget.Doc
	next   widget.Button
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
	s := newResults(team, r.Number)
	s.g = g
	sc := g.sess.Scenario()
	v, err := g.sess.View(team)
	if err != nil {
		s.body.Text(err.Error(), colBad)
		return s
	}
	s.setBanner(&v, sc.Rounds)
	s.fill(narrative.Build(narrative.Input{Scenario: sc, Team: team, Round: r.Number, View: v, Orders: r.Turn.Orders[team], Log: g.sess.Events()}))
	return s
}

// newResults is the results scene's frame, hot-seat or joined: its
// Continue button; the caller sets the banner and fills the body.
func newResults(team string, round int) *resultsScene {
	return &resultsScene{team: team, round: round,
		next: widget.Button{Label: "Continue", Hint: "Enter", Primary: true, Icon: "inbox"}}
}

// setBanner shows the team and the round in the banner. No AP there:
// they are the next round's, not these results'.
func (s *resultsScene) setBanner(v *rules.View, rounds int) {
	me := teamInfo(v, s.team)
	s.banner.Set(s.round, rounds, me.Name, -1, me.Colour, "Results of round "+itoa(s.round))
}

// fill writes a narrative into the body.
func (s *resultsScene) fill(n narrative.Narrative) {
	if len(n.Sections) == 0 {
		s.body.Text("Nothing happened that concerns you this round.", colTextDim)
	}
	for _, sec := range n.Sections {
		s.body.Heading(sec.Title)
		for i, l := range sec.Lines {
			p := widget.Para{Role: fBody, Text: lineText(l), Col: toneColour(l.Tone), Gap: 4, Icon: toneIcon(l), Tip: lineJargon(l.Text)}
			if sec.Kind == narrative.Score && l.Dimension == "" && l.Tone == narrative.Info {
				if i == 0 {
					p.Role = fBodyBold // the score so far
				} else {
					p.Role, p.Col = fSmall, colTextDim // what is provisional
				}
			}
			s.body.Add(p)
			if l.Hint != "" {
				s.body.Add(widget.Para{Role: fSmall, Text: "What to do: " + l.Hint, Col: colTextDim, Indent: hintIndent})
			}
		}
	}
	if n.Over {
		s.body.Add(widget.Para{Role: fBodyBold, Text: "The game is over: the after-action review follows.", Col: colAccent, Gap: 14})
	}
}

// lineText marks a new card.
func lineText(l narrative.Line) string {
	if l.New {
		return "NEW  " + l.Text
	}
	return l.Text
}

// hintIndent puts a line's "What to do" under the line's text, past its
// icon (design pixels).
const hintIndent = 26

// toneIcon marks a line by its tone with an icon, so that the tone is not
// told by colour alone.
func toneIcon(l narrative.Line) string {
	switch {
	case l.New:
		return "inbox"
	case l.Tone == narrative.Good:
		return "verify"
	case l.Tone == narrative.Bad:
		return "unconfirmed"
	case l.Tone == narrative.Action:
		return "respond"
	}
	return "note"
}

// lineJargon is the tooltip of a results line: the glossary's meaning of
// each term of the board's jargon it uses.
func lineJargon(text string) string {
	var terms []string
	for _, t := range [...]struct{ in, term string }{
		{" AP", "AP"}, {"garbled", "Garbled"}, {"format", "Format"}, {"csv-", "Format"}, {"json-", "Format"},
		{"rated", "Admiralty"}, {"liaison officer", "Liaison officer"}, {"TLP", "TLP"},
		{"unconfirmed", "Unconfirmed"}, {"facet", "Facet"},
	} {
		if strings.Contains(text, t.in) && !slices.Contains(terms, t.term) {
			terms = append(terms, t.term)
		}
	}
	return jargon(terms...)
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
		s.top, scr = scr.CutTop(s.banner.Height(ctx.Context), ctx.S(mPad))
		scr = scr.InsetXY(ctx.S(mPad), 0)
		var foot layout.Rect
		// Lines no wider than a page's, so the eye finds the next one.
		if w := ctx.S(1000); scr.W > w {
			scr = layout.R(scr.CenterX()-w/2, scr.Y, w, scr.H)
		}
		s.br, foot = scr.CutBottom(ctx.S(44)+ctx.S(mPad), 0)
		s.next.Rect = layout.R(foot.Right()-ctx.S(220), foot.Y+ctx.S(mPad)/2, ctx.S(220), ctx.S(44))
	}
	s.body.Layout(ctx.Context, widget.PanelContent(ctx.Context, s.br, false))
}

// Update implements Scene.
func (s *resultsScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	s.body.Update(ctx.Context, true)
	if s.next.Update(ctx.Context) || ctx.In.Pressed(input.KeyEnter) {
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
	s.banner.Draw(dst, ctx.Context, s.top)
	widget.Panel(dst, ctx.Context, s.br, "", "")
	s.body.Draw(dst, ctx.Context)
	s.next.Draw(dst, ctx.Context)
}

package ui

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/rules"
	"liaison/game/ui/catalog"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// briefingScene is a team's opening briefing: the situation, its own
// profile, its partners' public mandates, what it holds and the first
// injects addressed to it. It shows only that team's View.
type briefingScene struct {
	g      *game
	team   string
	banner widget.Banner
	left   widget.Doc
	right  widget.Doc
	next   widget.Button
	size   [3]float64
	top    layout.Rect
	lr, rr layout.Rect
}

func newBriefingScene(g *game, team string) *briefingScene {
	s := &briefingScene{g: g, team: team}
	v, err := g.sess.View(team)
	sc := g.sess.Scenario()
	s.next = widget.Button{Label: "Go to the board", Hint: "Enter", Primary: true, Icon: "inbox"}
	if err != nil {
		s.left.Text(err.Error(), colBad)
		return s
	}
	me := teamInfo(&v, team)
	s.banner.Set(v.Round, v.Rounds, me.Name, v.AP, me.Colour, "Briefing · "+sc.Title)
	s.left.Heading("The situation")
	for _, p := range strings.Split(catalog.Reflow(sc.Briefing), "\n\n") {
		s.left.Add(widget.Para{Role: fBody, Text: p, Col: colText, Gap: 6})
	}
	s.left.Heading("Your agency: " + me.Name)
	if me.Profile != "" {
		s.left.Text(me.Profile, colText)
	}
	s.left.Add(widget.Para{Role: fBody, Text: fmt.Sprintf("%d AP per round · capabilities: %s · mandate: %s", v.AP, joinComma(me.Capabilities), joinComma(me.Mandate)), Col: colTextDim, Gap: 4, Tip: jargon("AP")})
	s.left.Add(widget.Para{Role: fBody, Text: profileLine(me), Col: colTextDim, Gap: 2, Tip: profileJargon(me)})
	if len(v.Injects) > 0 {
		s.left.Heading("First instructions")
		for _, in := range v.Injects {
			s.left.Add(widget.Para{Role: fBodyBold, Text: in.Title, Col: colAccent, Gap: 6, Icon: "inject"})
			s.left.Add(widget.Para{Role: fBody, Text: in.Text, Col: colText})
		}
	}
	s.right.Heading("Partners")
	for _, t := range v.Teams {
		if t.ID == team {
			continue
		}
		s.right.Add(widget.Para{Role: fBodyBold, Text: t.Name, Col: colText, Gap: 8, Swatch: t.Colour})
		s.right.Add(widget.Para{Role: fSmall, Text: fmt.Sprintf("%s · mandate: %s · capabilities: %s", t.Country, joinComma(t.Mandate), joinComma(t.Capabilities)), Col: colTextDim, Indent: 0})
		s.right.Add(widget.Para{Role: fSmall, Text: fmt.Sprintf("You trust them %d/100 · they trust you %d/100 · %s", v.TrustOut[t.ID], v.TrustIn[t.ID], profileLine(t)), Col: colTextDim, Tip: profileJargon(t)})
	}
	s.right.Heading("What you hold")
	for i := range v.Items {
		it := &v.Items[i]
		s.right.Add(widget.Para{Role: fBody, Text: it.Title, Col: colText, Gap: 4, Icon: "inbox"})
		s.right.Add(widget.Para{Role: fSmall, Text: cardMeta(it, rules.ShortNames(v.Teams)), Col: colTextDim, Tip: cardJargon(it)})
	}
	if len(v.Items) == 0 {
		s.right.Text("Nothing yet: intelligence will arrive by injects and from partners.", colTextDim)
	}
	return s
}

// teamInfo finds a team's public profile in a view.
func teamInfo(v *rules.View, id string) rules.TeamInfo {
	for _, t := range v.Teams {
		if t.ID == id {
			return t
		}
	}
	return rules.TeamInfo{ID: id, Name: id}
}

// profileLine describes a team's format, working culture and legal profile.
func profileLine(t rules.TeamInfo) string {
	parts := []string{"reads " + t.Format + " format"}
	if t.Tempo != "" && t.Tempo != "normal" {
		parts = append(parts, t.Tempo+" tempo")
	}
	if t.Formality {
		parts = append(parts, "formal: ask through a liaison officer, or requests cost trust")
	}
	if t.Language != "" {
		parts = append(parts, "language "+t.Language)
	}
	if t.PersonalData != "" && t.PersonalData != "allowed" {
		parts = append(parts, "personal data: "+t.PersonalData)
	}
	return strings.Join(parts, " · ")
}

// profileJargon explains the terms of a team's profile line.
func profileJargon(t rules.TeamInfo) string {
	terms := []string{"Format"}
	if t.Tempo != "" && t.Tempo != "normal" {
		terms = append(terms, "Tempo")
	}
	if t.Formality {
		terms = append(terms, "Formal")
	}
	if t.PersonalData != "" && t.PersonalData != "allowed" {
		terms = append(terms, "Personal data")
	}
	return jargon(terms...)
}

// cardJargon explains the markings of a card.
func cardJargon(it *rules.ItemView) string {
	terms := []string{"Class", "TLP"}
	if len(it.RelTo) > 0 {
		terms = append(terms, "REL TO")
	}
	if it.ORCON {
		terms = append(terms, "ORCON")
	}
	if it.PersonalData {
		terms = append(terms, "Personal data")
	}
	return jargon(append(terms, "Admiralty")...)
}

// cardMeta is the one-line marking of an intel card: classification and
// caveats (teams by their short names).
func cardMeta(it *rules.ItemView, names map[string]string) string {
	parts := []string{it.Class, "TLP:" + it.TLP}
	if len(it.RelTo) > 0 {
		rel := make([]string, len(it.RelTo))
		for i, t := range it.RelTo {
			rel[i] = short(names, t)
		}
		parts = append(parts, "REL TO "+strings.Join(rel, ", "))
	}
	if it.ORCON {
		parts = append(parts, "ORCON")
	}
	if it.PersonalData {
		parts = append(parts, "personal data")
	}
	parts = append(parts, "Admiralty "+it.Admiralty+" ("+admiralty(it.Admiralty)+")")
	return strings.Join(parts, " · ")
}

// Name implements Scene.
func (s *briefingScene) Name() string { return "briefing" }

// Help implements Scene.
func (s *briefingScene) Help() []Shortcut {
	return []Shortcut{{"Up / Down, wheel", "scroll the briefing"}, {"Enter", "go to the board"}}
}

func (s *briefingScene) layout(ctx *Context) {
	if s.size != [3]float64{ctx.W, ctx.H, ctx.Scale} {
		s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
		scr := ctx.Screen()
		s.top, scr = scr.CutTop(s.banner.Height(ctx.Context), ctx.S(mPad))
		scr = scr.InsetXY(ctx.S(mPad), 0)
		scr, foot := scr.CutBottom(ctx.S(44)+ctx.S(mPad), 0)
		s.lr, s.rr = scr.CutLeft(scr.W*0.58, ctx.S(mGap))
		s.next.Rect = layout.R(foot.Right()-ctx.S(260), foot.Y+ctx.S(mPad)/2, ctx.S(260), ctx.S(44))
	}
	s.left.Layout(ctx.Context, widget.PanelContent(ctx.Context, s.lr, false))
	s.right.Layout(ctx.Context, widget.PanelContent(ctx.Context, s.rr, false))
}

// Update implements Scene.
func (s *briefingScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	s.left.Update(ctx.Context, true)
	s.right.Update(ctx.Context, false)
	if s.next.Update(ctx.Context) || ctx.In.Pressed(input.KeyEnter) {
		if err := s.g.sess.Advance(); err == nil {
			return ctx.app.sceneFor(s.g)
		}
	}
	return nil
}

// Draw implements Scene.
func (s *briefingScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	s.banner.Draw(dst, ctx.Context, s.top)
	widget.Panel(dst, ctx.Context, s.lr, "", "")
	widget.Panel(dst, ctx.Context, s.rr, "", "")
	s.left.Draw(dst, ctx.Context)
	s.right.Draw(dst, ctx.Context)
	s.next.Draw(dst, ctx.Context)
}

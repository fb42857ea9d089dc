package ui

import (
	"fmt"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/rules"
	"liaison/game/ui/catalog"
	"liaison/game/ui/compose"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// briefingScene is a team's opening briefing: the situation, its own
// profile, its partners' public mandates, what it holds and the first
// injects addressed to it. It shows only that team's View.
type briefingScene struct {
	g      *game
	team   string
	banner turnBanner
	left   doc
	right  doc
	next   button
	size   [3]float64
	top    layout.Rect
	lr, rr layout.Rect
}

func newBriefingScene(g *game, team string) *briefingScene {
	s := &briefingScene{g: g, team: team}
	v, err := g.sess.View(team)
	sc := g.sess.Scenario()
	s.next = button{Label: "Go to the board", Hint: "Enter", Primary: true, Icon: "inbox"}
	if err != nil {
		s.left.text(err.Error(), colBad)
		return s
	}
	me := teamInfo(&v, team)
	s.banner.set(v.Round, v.Rounds, me.Name, v.AP, me.Colour, "Briefing · "+sc.Title)
	s.left.heading("The situation")
	for _, p := range strings.Split(catalog.Reflow(sc.Briefing), "\n\n") {
		s.left.add(docPara{role: fBody, text: p, col: colText, gap: 6})
	}
	s.left.heading("Your agency: " + me.Name)
	if me.Profile != "" {
		s.left.text(me.Profile, colText)
	}
	s.left.add(docPara{role: fBody, text: fmt.Sprintf("%d AP per round · capabilities: %s · mandate: %s", v.AP, joinComma(me.Capabilities), joinComma(me.Mandate)), col: colTextDim, gap: 4, tip: jargon("AP")})
	s.left.add(docPara{role: fBody, text: profileLine(me), col: colTextDim, gap: 2, tip: profileJargon(me)})
	if len(v.Injects) > 0 {
		s.left.heading("First instructions")
		for _, in := range v.Injects {
			s.left.add(docPara{role: fBodyBold, text: in.Title, col: colAccent, gap: 6, icon: "inject"})
			s.left.add(docPara{role: fBody, text: in.Text, col: colText})
		}
	}
	s.right.heading("Partners")
	for _, t := range v.Teams {
		if t.ID == team {
			continue
		}
		s.right.add(docPara{role: fBodyBold, text: t.Name, col: colText, gap: 8, swatch: t.Colour})
		s.right.add(docPara{role: fSmall, text: fmt.Sprintf("%s · mandate: %s · capabilities: %s", t.Country, joinComma(t.Mandate), joinComma(t.Capabilities)), col: colTextDim, indent: 0})
		s.right.add(docPara{role: fSmall, text: fmt.Sprintf("You trust them %d/100 · they trust you %d/100 · %s", v.TrustOut[t.ID], v.TrustIn[t.ID], profileLine(t)), col: colTextDim, tip: profileJargon(t)})
	}
	s.right.heading("What you hold")
	for i := range v.Items {
		it := &v.Items[i]
		s.right.add(docPara{role: fBody, text: it.Title, col: colText, gap: 4, icon: "inbox"})
		s.right.add(docPara{role: fSmall, text: cardMeta(it, compose.ShortNames(v.Teams)), col: colTextDim, tip: cardJargon(it)})
	}
	if len(v.Items) == 0 {
		s.right.text("Nothing yet: intelligence will arrive by injects and from partners.", colTextDim)
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
		s.top, scr = scr.CutTop(s.banner.height(ctx), ctx.S(mPad))
		scr = scr.InsetXY(ctx.S(mPad), 0)
		scr, foot := scr.CutBottom(ctx.S(44)+ctx.S(mPad), 0)
		s.lr, s.rr = scr.CutLeft(scr.W*0.58, ctx.S(mGap))
		s.next.Rect = layout.R(foot.Right()-ctx.S(260), foot.Y+ctx.S(mPad)/2, ctx.S(260), ctx.S(44))
	}
	s.left.layout(ctx, panelContent(ctx, s.lr, false))
	s.right.layout(ctx, panelContent(ctx, s.rr, false))
}

// Update implements Scene.
func (s *briefingScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	s.left.update(ctx, true)
	s.right.update(ctx, false)
	if s.next.update(ctx) || ctx.In.Pressed(input.KeyEnter) {
		if err := s.g.sess.Advance(); err == nil {
			return ctx.app.sceneFor(s.g)
		}
	}
	return nil
}

// Draw implements Scene.
func (s *briefingScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	s.banner.draw(dst, ctx, s.top)
	panel(dst, ctx, s.lr, "", "")
	panel(dst, ctx, s.rr, "", "")
	s.left.draw(dst, ctx)
	s.right.draw(dst, ctx)
	s.next.draw(dst, ctx)
}

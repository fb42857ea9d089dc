package ui

import (
	"fmt"
	"strings"

	"liaison/game/report"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/ui/draw"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// facilitatorScene is the instructor's view of everything: every team's
// knowledge side by side, the trust matrix, every channel's state, and the
// controls: pause, fire an inject from the scenario's list, add a note to
// the timeline, and resolve the round. It is the only scene that reads
// beyond a team's View, through session.Facilitator().
type facilitatorScene struct {
	g          *game
	resolve    bool  // this is the round's facilitator step (else: a peek, with Back)
	back       Scene // where a peek returns
	fv         rules.FacilitatorView
	banner     widget.Banner
	teams      []widget.Doc // one column per team
	channels   widget.Doc
	injects    []facInject
	injectL    layout.List
	trustM     [][]string // formatted trust values
	trustIDs   []string   // short names
	trustCodes []string   // column codes, e.g. VES-R
	note       widget.TextField
	pauseB     widget.Button
	noteB      widget.Button
	fireB      widget.Button
	goB        widget.Button
	pending    string // queued actions, described
	size       [3]float64
	top        layout.Rect
	teamR      layout.Rect
	trustR     layout.Rect
	chanR      layout.Rect
	injR       layout.Rect
	ctrlR      layout.Rect
	colR       []layout.Rect
	clip       draw.Clipper
	message    string
	seen       uint64 // the changer's count at the last refresh
}

// changer is a game whose state changes between frames by itself (a
// hosted room's frames arrive over the network); Changes counts them.
type changer interface{ Changes() uint64 }

type facInject struct {
	id, line1, line2 string
	fired            bool
	queued           bool
}

func newFacilitatorScene(g *game, resolve bool) *facilitatorScene {
	s := &facilitatorScene{g: g, resolve: resolve}
	s.injectL.Selected, s.injectL.Hover = -1, -1
	s.pauseB = widget.Button{Label: "Pause", Hint: "P", Icon: "pause", Reason: "Stop the exercise: no team can continue until you resume."}
	s.fireB = widget.Button{Label: "Fire selected inject", Hint: "I", Icon: "inject", Reason: "Queues the inject to fire at the start of this round's resolution."}
	s.note.Hint, s.note.Max = "A note for the timeline…", 200
	s.noteB = widget.Button{Label: "Add", Hint: "Enter", Icon: "note", Reason: "Adds the note to the timeline at this round's resolution."}
	if resolve {
		s.goB = widget.Button{Label: "Resolve round", Hint: "Ctrl+Enter", Primary: true, Icon: "verify", Reason: "Resolve this round with the queued injects and notes."}
	} else {
		s.goB = widget.Button{Label: "Back", Hint: "Esc", Icon: "undo"}
	}
	s.refresh()
	return s
}

// newFacilitatorSceneFrom opens the facilitator view for a look, returning to back.
func newFacilitatorSceneFrom(g *game, back Scene) *facilitatorScene {
	s := newFacilitatorScene(g, false)
	s.back = back
	return s
}

// refresh rebuilds every string from the facilitator view.
func (s *facilitatorScene) refresh() {
	sess := s.g.sess
	s.fv = sess.Facilitator()
	fv := &s.fv
	right := "Facilitator view"
	if sess.Paused() {
		right = "PAUSED · facilitator view"
	}
	s.banner.Set(fv.Round, fv.Rounds, "", -1, "", right)
	s.banner.Text = fmt.Sprintf("Round %d of %d · Facilitator · %s", fv.Round, fv.Rounds, fv.Title)
	if fv.Over {
		s.banner.Text = fmt.Sprintf("Game over · Facilitator · %s", fv.Title)
	}
	sc := sess.Scenario()
	// Names, never ids: the instructor reads what the AAR will say.
	words := report.NewDescriber(sc, sess.Events())
	var infos []rules.TeamInfo
	if len(fv.Teams) > 0 {
		infos = fv.Teams[0].Teams
	}
	short := rules.ShortNames(infos)
	// Teams side by side.
	s.teams = make([]widget.Doc, len(fv.Teams))
	for i := range fv.Teams {
		v := &fv.Teams[i]
		d := &s.teams[i]
		t, _ := sc.Team(v.Team)
		name := v.Team
		if t != nil {
			name = t.Name
		}
		d.Add(widget.Para{Role: fSmallBold, Text: short[v.Team], Col: colText, Swatch: teamColourOf(t), OneLine: true})
		d.Add(widget.Para{Role: fSmall, Text: name, Col: colTextDim, OneLine: true})
		d.Add(widget.Para{Role: fSmall, Text: fmt.Sprintf("%s · %d AP · %d breaches", seatLabel(sess.Seat(v.Team)), v.AP, at(fv.Breaches, i)), Col: colTextDim, OneLine: true})
		d.Add(widget.Para{Role: fSmallBold, Text: fmt.Sprintf("Threats (%d)", len(v.Threats)), Col: colAccent, Gap: 4})
		for _, th := range v.Threats {
			st := fmt.Sprintf("%d/%d facets", len(th.Held), len(th.Facets))
			if th.Assessed {
				st = "ASSESSED"
			}
			d.Add(widget.Para{Role: fSmall, Text: words.Threat(th.ID) + ": " + st, Col: colText, OneLine: true})
		}
		d.Add(widget.Para{Role: fSmallBold, Text: fmt.Sprintf("Holds %d", len(v.Items)), Col: colAccent, Gap: 4})
		for j := range v.Items {
			it := &v.Items[j]
			p := widget.Para{Role: fSmall, Text: it.Title, Col: colText, OneLine: true, Icon: "inbox"}
			switch {
			case it.Truth != nil && !*it.Truth:
				p.Icon, p.Col, p.Text = "outage", colBad, "FALSE: "+it.Title
			case !it.Readable:
				p.Icon, p.Col = "garbled", colWarn
			case !it.Confirmed:
				p.Icon, p.Col = "unconfirmed", colWarn
			}
			d.Add(p)
		}
		if n := openRequests(v); n > 0 {
			d.Add(widget.Para{Role: fSmall, Text: fmt.Sprintf("%d open requests to answer", n), Col: colWarn, Gap: 6})
		}
	}
	// Trust matrix.
	s.trustIDs, s.trustCodes = s.trustIDs[:0], s.trustCodes[:0]
	for _, id := range fv.TeamIDs {
		s.trustIDs = append(s.trustIDs, short[id])
		s.trustCodes = append(s.trustCodes, code(short[id]))
	}
	s.trustM = make([][]string, len(fv.Trust))
	for a := range fv.Trust {
		s.trustM[a] = make([]string, len(fv.Trust[a]))
		for b, v := range fv.Trust[a] {
			if a != b {
				s.trustM[a][b] = itoa(v)
			}
		}
	}
	// Channels.
	s.channels.Reset()
	for _, c := range fv.Channels {
		members := make([]string, len(c.Members))
		for i, m := range c.Members {
			members[i] = short[m]
		}
		state, col := "up", colText
		if !c.Up {
			state, col = "DOWN", colBad
			if c.DownUntil > 0 {
				state = fmt.Sprintf("DOWN until round %d", c.DownUntil)
			}
		}
		sec := "secure"
		if !c.Secure {
			sec = fmt.Sprintf("INSECURE (leak %.0f%%)", c.Leak*100)
		}
		name := c.Name
		if c.Kind == "liaison" && len(members) == 2 {
			// The engine names a liaison link with team ids.
			name = "Liaison officer of " + members[0] + " at " + members[1]
		} else if name == "" {
			name = words.Channel(c.ID)
		}
		s.channels.Add(widget.Para{Role: fSmallBold, Text: name + " · " + state, Col: col, Gap: 4})
		s.channels.Add(widget.Para{Role: fSmall, Text: fmt.Sprintf("%s · %s · %s · cap %d used %d · %d in flight", strings.Join(members, "–"), latencyText(c.Latency), sec, c.Capacity, c.Used, c.InFlight), Col: colTextDim})
	}
	if len(fv.InFlight) > 0 {
		s.channels.Add(widget.Para{Role: fSmallBold, Text: "In flight", Col: colAccent, Gap: 8})
		for _, f := range fv.InFlight {
			s.channels.Add(widget.Para{Role: fSmall, Text: fmt.Sprintf("%s: %s → %s, arrives round %d", inFlightWhat(f, words), short[f.From], short[f.To], f.Arrive), Col: colText})
		}
	}
	// Injects.
	queued := map[string]bool{}
	s.pending = ""
	var pend []string
	for _, a := range sess.PendingActions() {
		if a.Inject != "" {
			queued[a.Inject] = true
			pend = append(pend, "fire “"+words.Inject(a.Inject)+"”")
		}
		if a.Note != "" {
			pend = append(pend, "note “"+a.Note+"”")
		}
	}
	if len(pend) > 0 {
		s.pending = "At this round's resolution: " + strings.Join(pend, " · ")
	}
	s.injects = s.injects[:0]
	for _, in := range fv.Injects {
		fi := facInject{id: in.ID, line1: in.Title, fired: in.Fired > 0, queued: queued[in.ID]}
		if fi.line1 == "" {
			fi.line1 = words.Inject(in.ID)
		}
		switch {
		case fi.queued:
			fi.line2 = "queued to fire now"
		case in.Fired > 0:
			fi.line2 = fmt.Sprintf("fired in round %d", in.Fired)
		case in.At > 0:
			fi.line2 = fmt.Sprintf("scheduled for round %d", in.At)
		default:
			fi.line2 = "when " + in.When
			if src, ok := injectOf(sc, in.ID); ok && src.When != nil {
				fi.line2 = "when " + words.Condition(src.When) // the view's words hold ids
			}
		}
		if in.Expect != "" {
			fi.line2 += " · expects: " + words.Text(in.Expect)
		}
		s.injects = append(s.injects, fi)
	}
	if sess.Paused() {
		s.pauseB.Label, s.pauseB.Primary = "Resume", true
	} else {
		s.pauseB.Label, s.pauseB.Primary = "Pause", false
	}
	s.goB.Disabled = s.resolve && sess.Paused()
	s.size = [3]float64{}
}

// injectOf finds a scenario inject by id.
func injectOf(sc *scenario.Scenario, id string) (*scenario.Inject, bool) {
	for i := range sc.Injects {
		if sc.Injects[i].ID == id {
			return &sc.Injects[i], true
		}
	}
	return nil, false
}

// inFlightWhat says what is travelling: an item by its title, a request
// by what it asks for, a message by its kind.
func inFlightWhat(f rules.InFlightView, words *report.Describer) string {
	switch {
	case f.Item != "":
		return words.Item(f.Item)
	case strings.HasPrefix(f.Ref, "req-"):
		return words.Request(f.Ref)
	case f.Ref != "":
		return words.Message(f.Ref)
	}
	return f.Kind
}

// teamColourOf returns a team's colour, or "" for none.
func teamColourOf(t *scenario.Team) string {
	if t == nil {
		return ""
	}
	return t.Colour
}

func at(xs []int, i int) int {
	if i < len(xs) {
		return xs[i]
	}
	return 0
}

func openRequests(v *rules.View) int {
	n := 0
	for _, r := range v.Requests {
		if r.To == v.Team && !r.Answered && !r.Expired {
			n++
		}
	}
	return n
}

// code abbreviates a short name for a matrix column: "Vesterholm Revenue" → "VES-R".
func code(short string) string {
	w := strings.Fields(short)
	if len(w) == 0 {
		return "?"
	}
	c := strings.ToUpper(w[0][:min(3, len(w[0]))])
	if len(w) > 1 {
		c += "-" + strings.ToUpper(w[1][:1])
	}
	return c
}

// Package narrative tells one team, in plain words, what happened in the
// round it has just played: what became of each of its orders, what its
// partners did toward it and why, how trust moved, what cost or earned
// points, and the news for the next round. It reads only what the team
// may know (its View after the round, the events it can see and its own
// orders) and writes display names, never scenario ids, so the desktop's
// round results and `liaisonctl play --narrate` show the same text.
//
// The package is pure Go and never touches a display.
package narrative

import (
	"fmt"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// Input is what a narrative is built from.
type Input struct {
	// Scenario is the game's scenario, defaults applied.
	Scenario *scenario.Scenario
	// Team is the id of the team the narrative is for.
	Team string
	// Round is the round just resolved.
	Round int
	// View is the team's view after the round (the start of the next).
	View rules.View
	// Events are the events of the round the team may see; nil means
	// View.Log.
	Events []rules.Event
	// Orders are the orders the team gave for the round, in queue order;
	// nil reconstructs them from the events.
	Orders []rules.Order
	// Log is the game's whole event log through the round (every team's
	// events, as the host or the local session keeps it), for the score
	// figures: the changes of the team's ledger this round (see
	// score.go). Nil leaves them out: the score section then names what
	// cost points, without figures.
	Log []rules.Event
	// Names are the scenario's display names every team shares (see
	// Names); nil builds them. A caller telling many rounds of one
	// scenario (a host) makes them once with NewNames.
	Names *Names
}

// Tone says how a line reads for the team: good news, bad news, something
// to act on, or plain information. The UI colours lines by it.
type Tone string

// The tones of a line.
const (
	Info   Tone = "info"
	Good   Tone = "good"
	Bad    Tone = "bad"
	Action Tone = "action" // the team should do something about it
)

// Line is one sentence of the narrative.
type Line struct {
	Text string `json:"text"`
	Tone Tone   `json:"tone"`
	// Hint is what to do about it, when there is something to do
	// ("Translate it (1 AP) to read it."); empty otherwise.
	Hint string `json:"hint,omitempty"`
	// New marks a card the team received this round.
	New bool `json:"new,omitempty"`
	// Points is, on a score figure, the change of the team's total it
	// stands for (negative: lost); Dimension is the scoring dimension.
	// Adding up every figure of every round gives the final ledger.
	Points    float64 `json:"points,omitempty"`
	Dimension string  `json:"dimension,omitempty"`
}

// Kind names a section.
type Kind string

// The sections of a narrative, in the order they appear.
const (
	Orders   Kind = "orders"   // what became of each of the team's orders
	Partners Kind = "partners" // what the other teams did toward the team, and why
	Trust    Kind = "trust"    // trust changes with their cause
	Score    Kind = "score"    // what cost or earned points, with the scoring dimension
	News     Kind = "news"     // injects, threats, deadlines, outages, the end
	Cards    Kind = "cards"    // cards new in the team's hand
)

// sectionTitles are the headings of the sections.
var sectionTitles = map[Kind]string{
	Orders:   "Your orders",
	Partners: "Your partners",
	Trust:    "Trust",
	Score:    "Score",
	News:     "News",
	Cards:    "New cards",
}

// kindOrder lists the sections in display order.
var kindOrder = []Kind{Orders, Partners, Trust, Score, News, Cards}

// Section is one heading of the narrative with its lines.
type Section struct {
	Kind  Kind   `json:"kind"`
	Title string `json:"title"`
	Lines []Line `json:"lines"`
}

// Narrative is the story of one round for one team.
type Narrative struct {
	Team     string    `json:"team"`     // the team's display name
	Round    int       `json:"round"`    // the round told
	Rounds   int       `json:"rounds"`   // rounds in the game
	Sections []Section `json:"sections"` // non-empty sections, in display order
	Over     bool      `json:"over"`     // the game ended with this round
}

// Section returns the section of the given kind (empty if there is none).
func (n Narrative) Section(k Kind) Section {
	for _, s := range n.Sections {
		if s.Kind == k {
			return s
		}
	}
	return Section{Kind: k, Title: sectionTitles[k]}
}

// Lines returns every line of the narrative, section after section.
func (n Narrative) Lines() []Line {
	var out []Line
	for _, s := range n.Sections {
		out = append(out, s.Lines...)
	}
	return out
}

// Text renders the narrative as plain text: a heading for the round, then
// each section's title and its lines, hints indented under their line.
func (n Narrative) Text() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "== Round %d of %d: %s ==\n", n.Round, n.Rounds, n.Team)
	if len(n.Sections) == 0 {
		sb.WriteString("Nothing happened that concerns you.\n")
	}
	for _, s := range n.Sections {
		sb.WriteString(s.Title + "\n")
		for _, l := range s.Lines {
			mark := "-"
			switch {
			case l.New:
				mark = "* NEW"
			case l.Tone == Good:
				mark = "+"
			case l.Tone == Bad:
				mark = "!"
			case l.Tone == Action:
				mark = ">"
			}
			fmt.Fprintf(&sb, "  %s %s\n", mark, l.Text)
			if l.Hint != "" {
				fmt.Fprintf(&sb, "      what to do: %s\n", l.Hint)
			}
		}
	}
	if n.Over {
		sb.WriteString("The game is over: see the after-action review.\n")
	}
	return sb.String()
}

// builder accumulates the sections while the events are read.
type builder struct {
	in     Input
	n      *names
	team   *scenario.Team
	lines  map[Kind][]Line
	used   []bool // events already told
	events []rules.Event
	trusts []*trustMove
	scored []int // positions in lines[Score] of the lines the figures replace

	figures []Figure   // the ledger's changes this round (with Input.Log)
	totals  [2]float64 // the team's total before and after the round
	grade   string     // its grade after
}

func (b *builder) add(k Kind, tone Tone, text, hint string) {
	b.lines[k] = append(b.lines[k], Line{Text: upperFirst(text), Tone: tone, Hint: upperFirst(hint)})
}

// Build tells the round for the team.
func Build(in Input) Narrative {
	sc := in.Scenario
	out := Narrative{Round: in.Round, Over: in.View.Over}
	if sc == nil {
		return out
	}
	out.Rounds = sc.Rounds
	t, ok := sc.Team(in.Team)
	if !ok {
		return out
	}
	out.Team = t.Name
	evs := in.Events
	if evs == nil {
		evs = in.View.Log
	}
	b := &builder{in: in, n: newNames(in.Names.of(sc), in.Team, &in.View), team: t, lines: map[Kind][]Line{},
		events: evs, used: make([]bool, len(evs))}
	b.orders()
	b.rest()
	b.trustLines()
	b.cards()
	if b.scoreFigures() {
		b.lines[Score] = append(b.figureLines(), b.unscored()...)
	}
	for _, k := range kindOrder {
		if ls := dedupe(b.lines[k]); len(ls) > 0 {
			out.Sections = append(out.Sections, Section{Kind: k, Title: sectionTitles[k], Lines: ls})
		}
	}
	return out
}

// dedupe drops a line that repeats the one before it word for word.
func dedupe(ls []Line) []Line {
	out := ls[:0]
	for i, l := range ls {
		if i > 0 && l == ls[i-1] {
			continue
		}
		out = append(out, l)
	}
	return out
}

// plural writes "1 round" or "2 rounds".
func plural(n int, one, many string) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

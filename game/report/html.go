package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed templates/aar.html.tmpl
var templates embed.FS

// page is what the HTML template renders.
type page struct {
	A       *AAR
	Cards   []Card // coalition, then the teams
	Rounds  [][]Entry
	Routine int
	Strip   []stripKind
	Charts  struct{ Scores, Trust, Reach, Strip template.HTML }
}

var htmlTemplate = template.Must(template.New("aar.html.tmpl").Funcs(template.FuncMap{
	"gameLine":         func(a *AAR) string { return a.gameLine() },
	"headline":         func(a *AAR) string { return a.headline() },
	"threatLine":       func(a *AAR, t ThreatInfo) string { return a.threatLine(t) },
	"teamName":         func(a *AAR, id string) string { return a.teamName(id) },
	"teamNames":        func(a *AAR, ids []string) string { return a.teamNames(ids) },
	"teamList":         func(a *AAR, ids []string) string { return a.teamList(ids) },
	"seatText":         seatText,
	"apNote":           func() string { return apNote },
	"msselNote":        func() string { return msselNote },
	"lossRefs":         func(a *AAR, refs []LossRef) string { return a.lossRefText(refs) },
	"colourOf":         colourOf,
	"links":            htmlLinks,
	"causeLinks":       htmlCauseLinks,
	"seqs":             func(s ...int) []int { return s },
	"cellText":         cellText,
	"expectationLabel": expectationLabel,
	"signed":           signed,
	"roundsText":       roundsText,
	"scoreText":        scoreText,
	"lossesOf":         lossesOf,
	"join":             strings.Join,
	"add1":             func(i int) int { return i + 1 },
	"css":              func(s string) template.CSS { return template.CSS(safeColour(s)) },
}).ParseFS(templates, "templates/aar.html.tmpl"))

// WriteHTML writes the AAR as one self-contained HTML page: inline CSS and
// inline SVG charts drawn with gonum/plot (score per dimension per team,
// trust matrix over rounds, information reach over time, a timeline strip),
// no script and nothing loaded from the network.
func WriteHTML(w io.Writer, a *AAR) error {
	p := page{A: a, Cards: append([]Card{a.Scores.Coalition}, a.Scores.Teams...), Rounds: a.roundEntries(), Strip: stripKinds}
	for _, e := range a.Timeline {
		if !e.Notable {
			p.Routine++
		}
	}
	charts := []struct {
		dst  *template.HTML
		draw func(*AAR) (string, error)
	}{{&p.Charts.Scores, scoreChart}, {&p.Charts.Trust, trustChart}, {&p.Charts.Reach, reachChart}, {&p.Charts.Strip, stripChart}}
	for _, c := range charts {
		svg, err := c.draw(a)
		if err != nil {
			return fmt.Errorf("write AAR HTML: %w", err)
		}
		*c.dst = template.HTML(svg) // drawn by gonum/plot from escaped text: safe to inline
	}
	if err := htmlTemplate.Execute(w, p); err != nil {
		return fmt.Errorf("write AAR HTML: %w", err)
	}
	return nil
}

// colourOf returns a card's colour: the team's, or dark grey for the coalition.
func colourOf(a *AAR, id string) string {
	if c := teamColourOf(a, id); c != "" {
		return c
	}
	return "#333333"
}

// safeColour passes only #rrggbb colours into CSS.
func safeColour(s string) string {
	if len(s) != 7 || s[0] != '#' {
		return "#888888"
	}
	for _, r := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return "#888888"
		}
	}
	return s
}

// htmlLinks renders event numbers as links to the timeline rows.
func htmlLinks(seqs []int) template.HTML {
	if len(seqs) == 0 {
		return "—"
	}
	var b strings.Builder
	for i, s := range seqs {
		if i > 0 {
			b.WriteString(", ")
		}
		if i == maxLinks {
			fmt.Fprintf(&b, "… %d more", len(seqs)-maxLinks)
			break
		}
		fmt.Fprintf(&b, `<a href="#e%d">#%d</a>`, s, s)
	}
	return template.HTML(b.String())
}

// htmlCauseLinks renders a loss's cause, or the events around an absence.
func htmlCauseLinks(l Loss) template.HTML {
	if l.Cause >= 0 {
		return htmlLinks([]int{l.Cause})
	}
	if len(l.Related) == 0 {
		return "never happened"
	}
	return "absence; see " + htmlLinks(l.Related)
}

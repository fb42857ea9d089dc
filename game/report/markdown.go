package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxLinks bounds the event links printed in one cell; the JSON has them all.
const maxLinks = 8

// WriteMarkdown writes the AAR as a Markdown debrief for sharing: summary,
// scores, where every point went, who knew what when, MSEL outcomes,
// strengths, weaknesses, the improvement plan, the author's notes and the
// full timeline. Event numbers link to the timeline (#e<seq> anchors).
func WriteMarkdown(w io.Writer, a *AAR) error {
	m := &mdWriter{w: bufio.NewWriter(w), a: a}
	m.summary()
	m.teams()
	m.scores()
	m.points()
	m.knowledge()
	m.expectations()
	m.behaviours("Strongest behaviours", a.Strengths, false)
	m.behaviours("Weakest behaviours", a.Weaknesses, true)
	m.plan()
	m.notes()
	m.timeline()
	if err := m.w.Flush(); err != nil {
		return fmt.Errorf("write AAR Markdown: %w", err)
	}
	return nil
}

type mdWriter struct {
	w *bufio.Writer
	a *AAR
}

func (m *mdWriter) f(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }

// cell escapes text for a Markdown table cell (see mdText).
func cell(s string) string { return mdText(s) }

// links renders event numbers as links to the timeline.
func links(seqs []int) string {
	if len(seqs) == 0 {
		return "—"
	}
	var parts []string
	for i, s := range seqs {
		if i == maxLinks {
			parts = append(parts, fmt.Sprintf("… %d more", len(seqs)-maxLinks))
			break
		}
		parts = append(parts, fmt.Sprintf("[#%d](#e%d)", s, s))
	}
	return strings.Join(parts, ", ")
}

// causeLinks renders a loss's cause: its event, or the events around an absence.
func causeLinks(l Loss) string {
	if l.Cause >= 0 {
		return links([]int{l.Cause})
	}
	if len(l.Related) == 0 {
		return "never happened"
	}
	return "absence; see " + links(l.Related)
}

func (m *mdWriter) summary() {
	a := m.a
	m.f("# After-action review: %s\n\n", mdText(a.Scenario.Title))
	m.f("_%s_\n\n", mdText(a.gameLine()))
	m.f("**%s**\n\n", mdText(a.headline()))
	for _, t := range a.Scenario.Threats {
		link := ""
		if t.Cause >= 0 {
			link = " (" + links([]int{t.Cause}) + ")"
		}
		m.f("- %s%s\n", mdText(a.threatLine(t)), link)
	}
	m.f("\n")
	if len(a.Strengths) > 0 {
		m.f("**Strongest:** ")
		for i, b := range a.Strengths {
			m.f("%d. %s (%s) ", i+1, mdText(b.Title), signed(b.Points, false))
		}
		m.f("\n\n")
	}
	if len(a.Weaknesses) > 0 {
		m.f("**Weakest:** ")
		for i, b := range a.Weaknesses {
			m.f("%d. %s (%s) ", i+1, mdText(b.Title), signed(b.Points, true))
		}
		m.f("\n\n")
	}
	m.f("Points are on a 0–100 scale; \"+/−\" figures are points of the coalition's weighted total. ")
	m.f("Numbers like [#12](#e12) link to the timeline at the end. %s\n\n", apNote)
}

func (m *mdWriter) teams() {
	m.f("## Teams and seats\n\n| Team | Country | Seat | Total | Grade |\n|---|---|---|---:|:-:|\n")
	for _, t := range m.a.Teams {
		m.f("| %s | %s | %s | %.1f | %s |\n", cell(t.Name), cell(t.Country), cell(seatText(t.Seat)), t.Total, t.Grade)
	}
	c := m.a.Scores.Coalition
	m.f("| **Coalition** | | | **%.1f** | **%s** |\n\n", c.Total, c.Grade)
}

func (m *mdWriter) scores() {
	a := m.a
	cards := append([]Card{a.Scores.Coalition}, a.Scores.Teams...)
	m.f("## Scores by dimension\n\n| Dimension (weight) |")
	for _, c := range cards {
		m.f(" %s |", cell(c.Name))
	}
	m.f("\n|---|%s\n", strings.Repeat("---:|", len(cards)))
	for i, d := range a.Scores.Coalition.Dims {
		m.f("| %s (×%g) |", cell(d.Label), d.Weight)
		for _, c := range cards {
			m.f(" %s |", scoreText(c.Dims[i]))
		}
		m.f("\n")
	}
	m.f("| **Total** |")
	for _, c := range cards {
		m.f(" **%.1f %s** |", c.Total, c.Grade)
	}
	m.f("\n\n\"—\": nothing to measure, left out of the total. What each coalition score measured:\n\n")
	for _, d := range a.Scores.Coalition.Dims {
		m.f("- **%s**: %s\n", mdText(d.Label), cell(d.Basis))
	}
	m.f("\n")
}

func (m *mdWriter) points() {
	a := m.a
	m.f("## Where the points went\n\n")
	m.f("Every point lost, with the event that caused it (or, for something that never happened, the events around it). ")
	m.f("Impact is the points of that card's weighted total.\n\n")
	for _, c := range append([]Card{a.Scores.Coalition}, a.Scores.Teams...) {
		ls := lossesOf(c)
		m.f("### %s: %.1f (%s)\n\n", mdText(c.Name), c.Total, c.Grade)
		if len(ls) == 0 {
			m.f("No points lost.\n\n")
			continue
		}
		m.f("| Impact | Dimension | Points | Round | Caused by | Cause | Why |\n|---:|---|---:|---:|---|---|---|\n")
		for _, x := range ls {
			m.f("| −%.1f | %s | −%.1f | %d | %s | %s | %s |\n", x.Loss.Impact, cell(x.Dim), x.Loss.Points, x.Loss.Round,
				cell(a.teamNames(x.Loss.Actors)), causeLinks(x.Loss), cell(x.Loss.Text))
		}
		m.f("\n")
	}
}

func (m *mdWriter) knowledge() {
	a := m.a
	m.f("## Who knew what when\n\n")
	m.f("The round each team could first read each facet from a true report, against the round it needed it. ")
	m.f("✔ in time · late · ✘ never · \"confirmed\" when it became usable for an assessment · \"misled\" when the team also read a false report on it.\n\n")
	m.f("| Facet |")
	for _, t := range a.Knowledge.Teams {
		m.f(" %s |", cell(a.teamName(t)))
	}
	m.f("\n|---|%s\n", strings.Repeat("---|", len(a.Knowledge.Teams)))
	for _, r := range a.Knowledge.Rows {
		m.f("| %s |", cell(r.Label))
		for _, c := range r.Cells {
			t := cell(cellText(c))
			if c.Cause >= 0 {
				t += " " + links([]int{c.Cause})
			}
			m.f(" %s |", t)
		}
		m.f("\n")
	}
	m.f("\n")
}

func (m *mdWriter) expectations() {
	m.f("## MSEL expected outcomes\n\n%s\n\n", msselNote)
	if len(m.a.Expectations) == 0 {
		m.f("The scenario sets no expected outcomes.\n\n")
		return
	}
	m.f("| Inject | Fired | Expected outcome | Result | Why | Events |\n|---|---:|---|---|---|---|\n")
	for _, x := range m.a.Expectations {
		fired := "—"
		if x.Fired > 0 {
			fired = fmt.Sprint(x.Fired)
		}
		m.f("| %s | %s | %s | %s | %s | %s |\n", cell(x.Title), fired, cell(x.Expected), expectationLabel(x.Status), cell(x.Why), links(x.Events))
	}
	m.f("\n")
}

func (m *mdWriter) behaviours(title string, bs []Behaviour, lost bool) {
	m.f("## %s\n\n", mdText(title))
	if len(bs) == 0 {
		m.f("Nothing to report.\n\n")
		return
	}
	for i, b := range bs {
		m.f("%d. **%s** (%s points). %s  \n   Teams: %s · rounds %s · events %s\n", i+1, mdText(b.Title), signed(b.Points, lost),
			mdText(b.Summary), mdText(m.a.teamNames(b.Teams)), roundsText(b.Rounds), links(b.Events))
	}
	m.f("\n")
}

func (m *mdWriter) plan() {
	m.f("## Improvement plan\n\n")
	if len(m.a.Plan) == 0 {
		m.f("No points were lost.\n\n")
		return
	}
	m.f("| # | Issue | Recommendation | Who | Impact | Causes |\n|---:|---|---|---|---:|---|\n")
	for i, p := range m.a.Plan {
		m.f("| %d | %s | %s | %s | −%.1f | %s |\n", i+1, cell(p.Issue), cell(p.Recommendation), cell(m.a.teamNames(p.Teams)), p.Impact, links(p.Causes))
	}
	m.f("\n")
}

func (m *mdWriter) notes() {
	if len(m.a.Notes) == 0 {
		return
	}
	m.f("## Instructor's notes\n\nThe scenario author's debrief notes on the threats and on the items that mattered in this game.\n\n")
	for _, n := range m.a.Notes {
		m.f("- **%s** (%s): %s %s\n", mdText(n.Title), mdText(n.Kind), mdBlock(n.Text), links(n.Events))
	}
	m.f("\n")
}

func (m *mdWriter) timeline() {
	a := m.a
	m.f("## Timeline\n\nEvery event in resolution order. Routine events (orders, sends, deliveries, trust moves) are listed too, so any cause above can be followed.\n\n")
	for i, evs := range a.roundEntries() {
		if len(evs) == 0 {
			continue
		}
		m.f("### Round %d\n\n| # | Teams | What | Why | Cost |\n|---:|---|---|---|---|\n", i+1)
		for _, e := range evs {
			what := cell(e.What)
			if e.Notable {
				what = "**" + what + "**"
			}
			m.f("| <a id=\"e%d\"></a>%d | %s | %s | %s | %s |\n", e.Seq, e.Seq, cell(a.teamList(e.Teams)), what, cell(e.Why), cell(a.lossRefText(e.Losses)))
		}
		m.f("\n")
	}
}

package report

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark/ast"

	"liaison/game/internal/idleak"
	"liaison/game/internal/shippedtest"
	"liaison/game/replay"
	"liaison/game/score"
	"liaison/game/sim"
	"liaison/scenarios"
)

// mdLines returns the text a reader sees in a Markdown document, one
// string per block (paragraph, heading, table cell, list item): link
// targets and anchors, which no reader sees, left out.
func mdLines(src []byte) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	_ = ast.Walk(gfm(src), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock || n.Kind().String() == "TableCell" {
				flush()
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			cur.Write(n.Segment.Value(src))
			if n.SoftLineBreak() || n.HardLineBreak() {
				cur.WriteByte(' ')
			}
		case *ast.String:
			cur.Write(n.Value)
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					cur.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	flush()
	return out
}

var (
	htmlHidden = regexp.MustCompile(`(?s)<(style|script)\b.*?</(style|script)>`)
	htmlTag    = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlLines returns the text a reader sees on an HTML page, one string per
// line between tags: tags and their attributes, style and script left out.
func htmlLines(src []byte) []string {
	s := htmlHidden.ReplaceAllString(string(src), "")
	s = htmlTag.ReplaceAllString(s, "\n")
	var out []string
	for _, l := range strings.Split(html.UnescapeString(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestShippedScenariosReviewInNamesOnly plays every shipped scenario with
// bots (fixed seed, default seats) and reads its after-action review as
// an instructor would, in Markdown and in HTML: no line may hold a
// scenario id (team, item, channel, threat, facet, inject, request or
// operation id) as a whole word (issue 13). The JSON keeps its id fields
// for machines; its human fields are the texts checked here.
func TestShippedScenariosReviewInNamesOnly(t *testing.T) {
	for _, name := range scenarios.Names() {
		for _, mix := range []string{"", "reckless"} {
			t.Run(name+" "+mix, func(t *testing.T) {
				rec, data := playMix(t, name, goldenSeed, mix)
				st, err := replay.Replay(rec, data)
				require.NoError(t, err)
				ids := idleak.IDs(st.Scenario(), st.Events())
				aar, err := FromRecord(rec, data)
				require.NoError(t, err)
				var md, page bytes.Buffer
				require.NoError(t, WriteMarkdown(&md, aar))
				require.NoError(t, WriteHTML(&page, aar))
				for _, doc := range []struct {
					format string
					lines  []string
				}{{"Markdown", mdLines(md.Bytes())}, {"HTML", htmlLines(page.Bytes())}} {
					require.NotEmpty(t, doc.lines, doc.format)
					leaks := 0
					for _, l := range doc.lines {
						if found := ids.Find(l); len(found) > 0 {
							leaks++
							if leaks <= 10 {
								t.Errorf("%s: ids %v in %q", doc.format, found, l)
							}
						}
					}
					if leaks > 10 {
						t.Errorf("%s: %d lines with ids in all", doc.format, leaks)
					}
				}
			})
		}
	}
}

// playMix plays a shipped scenario with bots, every seat the given
// personality ("" for the scenario's default seats).
func playMix(t *testing.T, name string, seed uint64, mix string) (*replay.Record, []byte) {
	t.Helper()
	if mix == "" {
		return playRecord(t, name, seed)
	}
	sc, data := shippedtest.Load(t, name)
	seats, err := sim.Seats(sc, map[string]string{"all": mix})
	require.NoError(t, err)
	g, err := sim.Play(sim.Source{Scenario: sc, Data: data, File: name}, seed, seats)
	require.NoError(t, err)
	return g.Record, data
}

// The text extraction sees what a reader sees and no more.
func TestReaderLinesSkipMarkup(t *testing.T) {
	md := mdLines([]byte("# Title `plot:who`\n\n| a | b |\n|---|---|\n| [#3](#e3) x | <a id=\"e3\"></a>y |\n"))
	require.Equal(t, []string{"Title plot:who", "a", "b", "#3 x", "y"}, md)
	page := htmlLines([]byte(`<style>.k-x{}</style><p class="k-plot">one &amp; two</p><td id="e3">three</td>`))
	require.Equal(t, []string{"one & two", "three"}, page)
}

// The describer words every event and every loss of a game as the AAR
// does: no id, and the same words as the AAR's timeline.
func TestDescriberNamesEveryEventAndLoss(t *testing.T) {
	rec, data := playRecord(t, "harbour-watch.yaml", goldenSeed)
	st, err := replay.Replay(rec, data)
	require.NoError(t, err)
	ids := idleak.IDs(st.Scenario(), st.Events())
	d := NewDescriber(st.Scenario(), st.Events())
	aar := harbourAAR(t)
	for i, e := range st.Events() {
		what, why := d.Event(e)
		require.Empty(t, ids.Find(what+" "+why), "event %d: %s / %s", e.Seq, what, why)
		require.True(t, strings.HasPrefix(aar.Timeline[i].What, what), "%s / %s", aar.Timeline[i].What, what)
	}
	losses := 0
	for _, l := range score.Compute(st.Scenario(), st.Events()).Coalition.Losses {
		losses++
		text := d.Loss(l)
		require.Empty(t, ids.Find(text), text)
	}
	require.Positive(t, losses)
}

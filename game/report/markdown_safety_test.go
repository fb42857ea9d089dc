package report

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"pgregory.net/rapid"

	"liaison/game/scenario"
	"liaison/game/sim"
	"liaison/scenarios"
)

// hostileTexts are what an attacker puts in a shared scenario's text to
// restructure the handout made from it: headings, links, images, raw HTML,
// code fences (closed or not), quotes, lists, thematic breaks, tables,
// entities, autolinks and spreadsheet formulas.
var hostileTexts = []string{
	"\\\n``", // a hard break after an escaped backslash, then backticks (found by rapid)
	"Lantern\n\n## Injected",
	"<script>alert('aar')</script>",
	"[Download the real AAR](http://evil.example/aar.html)",
	"```\nunclosed fence swallowing the rest",
	"![logo](http://evil.example/x.png)",
	"<a href=\"http://evil.example/\">click</a>",
	"> quoted\n- a list\n1. an ordered list",
	"| a | table |\n|---|---|",
	"---",
	"see http://evil.example/bare or www.evil.example or mail@evil.example",
	"    an indented code block",
	"*emphasis* __strong__ ~~gone~~ `code`",
	"&lt;b&gt;entity&#60;/b&gt;",
	"trailing backslash \\",
	"Heading closer ##",
	"=cmd|' /C calc'!A0",
	"<!-- comment",
	"[ref]: http://evil.example/ref",
	"1) item\n===",
	"- [ ] task",
}

// authorTextKeys are the scenario keys whose values are free text an author
// writes and the AAR may print.
var authorTextKeys = map[string]bool{"title": true, "name": true, "country": true, "profile": true, "text": true,
	"description": true, "debrief": true, "adversary": true, "briefing": true}

// rewriteTexts returns a scenario file with every author text suffixed by
// texts[k % len(texts)] (k counting the fields in a fixed order), so the
// game plays the same and only its words change.
func rewriteTexts(t *testing.T, data []byte, texts []string) []byte {
	t.Helper()
	var doc any
	require.NoError(t, yaml.Unmarshal(data, &doc))
	k := 0
	var walk func(v any) any
	walk = func(v any) any {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for key := range x {
				keys = append(keys, key)
			}
			sort.Strings(keys)
			for _, key := range keys {
				if s, ok := x[key].(string); ok && authorTextKeys[key] {
					x[key] = s + " " + texts[k%len(texts)]
					k++
					continue
				}
				x[key] = walk(x[key])
			}
		case []any:
			for i := range x {
				x[i] = walk(x[i])
			}
		}
		return v
	}
	doc = walk(doc)
	out, err := yaml.Marshal(doc)
	require.NoError(t, err)
	require.Greater(t, k, 50, "the rewrite must reach the scenario's texts")
	return out
}

// handoutAAR plays a scenario file with all-bot seats and returns its AAR.
// Seat names are not free text (a record's seats must be "human" or a bot
// personality, replay.CheckSeats), so only the scenario's texts vary.
func handoutAAR(t *testing.T, data []byte) *AAR {
	t.Helper()
	sc, diags := scenario.Parse("hostile.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	seats, err := sim.Seats(sc, nil)
	require.NoError(t, err)
	g, err := sim.Play(sim.Source{Scenario: sc, Data: data, File: "hostile.yaml"}, goldenSeed, seats)
	require.NoError(t, err)
	aar, err := FromRecord(g.Record, data)
	require.NoError(t, err)
	return aar
}

// handout renders an AAR's Markdown.
func handout(t *testing.T, aar *AAR) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteMarkdown(&buf, aar))
	return buf.Bytes()
}

// gfm parses Markdown as GitHub does (tables, strikethrough, autolinks,
// task lists).
func gfm(src []byte) ast.Node {
	return goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
}

// kinds counts the nodes of a Markdown document by kind.
func kinds(doc ast.Node) map[string]int {
	n := map[string]int{}
	_ = ast.Walk(doc, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			n[node.Kind().String()]++
		}
		return ast.WalkContinue, nil
	})
	return n
}

// TestMarkdownHandoutKeepsItsStructureOnAHostileScenario renders the
// handout of a game whose every author text carries
// Markdown, HTML and link payloads, and of the same game with plain words:
// the two documents must have the same nodes, kind for kind (headings,
// links, images, raw HTML, code, lists, quotes, tables, emphasis...), so
// none comes from the scenario, and the payloads must read as text.
func TestMarkdownHandoutKeepsItsStructureOnAHostileScenario(t *testing.T) {
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	plain := make([]string, len(hostileTexts))
	for i := range plain {
		plain[i] = fmt.Sprintf("plain words %d", i)
	}
	benign := handout(t, handoutAAR(t, rewriteTexts(t, data, plain)))
	hostile := handout(t, hostileAAR(t))

	want, got := kinds(gfm(benign)), kinds(gfm(hostile))
	for _, k := range []string{"Heading", "Link", "Image", "AutoLink", "RawHTML", "HTMLBlock", "FencedCodeBlock",
		"CodeBlock", "CodeSpan", "Blockquote", "List", "ListItem", "ThematicBreak", "Emphasis", "Strikethrough",
		"Table", "TableRow", "TableCell", "TaskCheckBox"} {
		assert.Equal(t, want[k], got[k], "%s nodes: the hostile handout has %d, the plain one %d", k, got[k], want[k])
	}
	delete(want, "Text") // escapes split text into more pieces
	delete(got, "Text")
	assert.Equal(t, want, got, "every node kind")

	var html bytes.Buffer
	require.NoError(t, goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(hostile, &html))
	out := html.String()
	assert.NotContains(t, out, "<script")
	assert.NotContains(t, out, "evil.example/aar.html\"")
	assert.NotContains(t, out, "<h2>Injected")
	for _, s := range []string{"## Injected", "&lt;script&gt;", "[Download the real AAR](http://evil.example/aar.html)",
		"```", "&amp;lt;b&amp;gt;entity"} {
		assert.Contains(t, out, s)
	}
}

var (
	hostileOnce sync.Once
	hostileGame *AAR
)

// hostileAAR is the AAR of harbour-watch with hostileTexts in every author
// text, built once.
func hostileAAR(t *testing.T) *AAR {
	t.Helper()
	hostileOnce.Do(func() {
		data, err := scenarios.Read("harbour-watch.yaml")
		require.NoError(t, err)
		hostileGame = handoutAAR(t, rewriteTexts(t, data, hostileTexts))
	})
	require.NotNil(t, hostileGame)
	return hostileGame
}

// The HTML page escapes the same texts (html/template; the SVG charts name
// teams by id): no element or attribute of the scenario's own.
func TestHTMLPageOnAHostileScenarioHasNoMarkupOfItsOwn(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, hostileAAR(t)))
	page := buf.String()
	for _, s := range []string{"<script", "<a href=\"http://evil", "<img", "<!-- comment", "href=\"http://evil"} {
		assert.NotContains(t, page, s)
	}
	assert.Contains(t, page, "&lt;script&gt;alert(&#39;aar&#39;)&lt;/script&gt;")
}

// checkLiteral renders s through each escaper in the places the handout
// uses it (a list item, a note, a table, a heading) and requires that the
// document has exactly the structure around it: s adds no node of its own.
func checkLiteral(t require.TestingT, s string) {
	for _, c := range []struct {
		name string
		doc  string
		want map[string]int
	}{
		{"list item", "- " + mdText(s) + " end\n", map[string]int{"Document": 1, "List": 1, "ListItem": 1, "TextBlock": 1}},
		{"note", "- **n** (item " + mdCode(s) + "): " + mdBlock(s) + " end\n",
			map[string]int{"Document": 1, "List": 1, "ListItem": 1, "TextBlock": 1, "Emphasis": 1, "CodeSpan": 1}},
		{"table", "| a | b |\n|---|---|\n| " + mdText(s) + " | " + mdCode(s) + " |\n",
			map[string]int{"Document": 1, "Table": 1, "TableHeader": 1, "TableRow": 1, "TableCell": 4, "CodeSpan": 1}},
		{"heading", "# Title: " + mdText(s) + "\n", map[string]int{"Document": 1, "Heading": 1}},
	} {
		got := kinds(gfm([]byte(c.doc)))
		delete(got, "Text")
		delete(got, "String")
		if strings.TrimSpace(s) == "" || mdCode(s) == "" {
			delete(got, "CodeSpan")
			delete(c.want, "CodeSpan")
		}
		require.Equal(t, c.want, got, "%s: %q renders as %q", c.name, s, c.doc)
	}
}

// The escapers, one text at a time: whatever the text, it stays one
// paragraph of plain text in a list item, and one plain cell in a table.
func TestMarkdownEscapersKeepAnyTextLiteral(t *testing.T) {
	for _, s := range hostileTexts {
		checkLiteral(t, s)
	}
	rapid.Check(t, func(t *rapid.T) {
		alphabet := []rune("#*_`[]()<>!&|~-+=.:/@\\ \n\tabw1;")
		s := rapid.StringOf(rapid.SampledFrom(alphabet)).Draw(t, "text")
		checkLiteral(t, s)
	})
}

// FuzzMarkdownEscapers is TestMarkdownEscapersKeepAnyTextLiteral on any
// bytes: go test -fuzz FuzzMarkdownEscapers -fuzztime 20s ./game/report
func FuzzMarkdownEscapers(f *testing.F) {
	for _, s := range hostileTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLiteral(t, s) })
}

func TestMarkdownEscapers(t *testing.T) {
	cases := []struct{ in, text, code string }{
		{"plain words", "plain words", "`plain words`"},
		{"Reach & timeliness", "Reach & timeliness", "`Reach & timeliness`"},
		{"13.3 of 17", "13.3 of 17", "`13.3 of 17`"},
		{"1. first", "1\\. first", "`1. first`"},
		{"## Injected", "\\## Injected", "`## Injected`"},
		{"a\n\n## b", "a  ## b", "`a  ## b`"},
		{"[x](http://e.example)", "\\[x\\](http\\://e.example)", "`[x](http://e.example)`"},
		{"<script>", "\\<script\\>", "`<script>`"},
		{"a ``` b", "a \\`\\`\\` b", "````a ``` b````"},
		{"`tick", "\\`tick", "`` `tick ``"},
		{"&lt;", "\\&lt;", "`&lt;`"},
		{"a|b", "a\\|b", "`a\\|b`"},
		{"", "", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.text, mdText(c.in), "mdText(%q)", c.in)
		assert.Equal(t, c.code, mdCode(c.in), "mdCode(%q)", c.in)
	}
	assert.Equal(t, "first\\\n  \\## second\\\n  third", mdBlock("first\n\n## second\r\n   third\n"))
}

package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func harbourHTML(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, harbourAAR(t)))
	return buf.String()
}

func TestHTMLIsSelfContained(t *testing.T) {
	page := harbourHTML(t)
	require.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	assert.Equal(t, 4, strings.Count(page, "<svg "), "four inline charts")
	assert.NotContains(t, page, "<?xml", "SVG prologs are stripped for inlining")
	assert.NotContains(t, page, "<script", "no script at all")
	assert.NotContains(t, page, "<link", "no external stylesheet")
	assert.NotRegexp(t, `(?i)(src|href)\s*=\s*"(https?:)?//`, page, "nothing is loaded from the network")
	assert.NotRegexp(t, `url\(\s*['"]?(https?:)?//`, page)
	assert.Contains(t, page, "<style>")
	for _, section := range []string{"Scores by dimension", "Where the points went", "Who knew what when", "Trust over the rounds",
		"Information reach over time", "Timeline strip", "MSEL expected outcomes", "Strongest behaviours", "Weakest behaviours",
		"Improvement plan", "Timeline"} {
		assert.Contains(t, page, ">"+section+"<", section)
	}
}

// TestHTMLLinksResolve checks every "#e<seq>" link has its timeline row.
func TestHTMLLinksResolve(t *testing.T) {
	page := harbourHTML(t)
	aar := harbourAAR(t)
	rows := regexp.MustCompile(`<tr id="e(\d+)"`).FindAllStringSubmatch(page, -1)
	assert.Len(t, rows, len(aar.Timeline), "one row per event")
	ids := map[string]bool{}
	for _, r := range rows {
		ids[r[1]] = true
	}
	links := regexp.MustCompile(`href="#e(\d+)"`).FindAllStringSubmatch(page, -1)
	require.NotEmpty(t, links)
	for _, l := range links {
		assert.True(t, ids[l[1]], "link to #e%s has a row", l[1])
	}
	// Every lost point's cause is linked from "Where the points went".
	for _, d := range aar.Scores.Coalition.Dims {
		for _, l := range d.Losses {
			if l.Cause >= 0 {
				assert.Contains(t, page, `href="#e`+strconv.Itoa(l.Cause)+`"`)
			}
		}
	}
}

func TestHTMLEscapesScenarioText(t *testing.T) {
	aar := *harbourAAR(t)
	aar.Scenario.Title = `<img src=x onerror=alert(1)>`
	aar.Teams = append([]TeamInfo{}, aar.Teams...)
	aar.Teams[0].Colour = `red;background:url(//evil)`
	var buf bytes.Buffer
	require.NoError(t, WriteHTML(&buf, &aar))
	assert.NotContains(t, buf.String(), "<img src=x")
	assert.Contains(t, buf.String(), "&lt;img src=x onerror=alert(1)&gt;")
	assert.NotContains(t, buf.String(), "url(//evil)")
}

func TestExportFilesWritesHTMLAndMarkdown(t *testing.T) {
	aar := harbourAAR(t)
	dir := filepath.Join(t.TempDir(), "saves", "aar")
	htmlPath, mdPath, err := ExportFiles(aar, dir)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "harbour-watch-seed7-aar.html"), htmlPath)
	assert.Equal(t, filepath.Join(dir, "harbour-watch-seed7-aar.md"), mdPath)
	h, err := os.ReadFile(htmlPath)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(h, []byte("<!DOCTYPE html>")))
	m, err := os.ReadFile(mdPath)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(m, []byte("# After-action review: Harbour Watch")))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 2, "no temporary files left behind")
	_, _, err = ExportFiles(nil, dir)
	require.Error(t, err)
}

func TestMarkdownReadsLikeADebrief(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteMarkdown(&buf, harbourAAR(t)))
	md := buf.String()
	assert.True(t, strings.HasPrefix(md, "# After-action review: Harbour Watch\n"))
	for _, h := range []string{"## Teams and seats", "## Scores by dimension",
		"## Where the points went", "## Who knew what when", "## MSEL expected outcomes", "## Strongest behaviours",
		"## Weakest behaviours", "## Improvement plan", "## Instructor's notes", "## Timeline", "### Round 1"} {
		assert.Contains(t, md, "\n"+h+"\n", h)
	}
	assert.Contains(t, md, `<a id="e0"></a>`)
}

package scenario

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/scenarios"
)

// authoringDoc is the instructors' format reference.
var authoringDoc = filepath.Join("..", "..", "docs", "authoring.md")

// yamlBlocks returns the ```yaml fenced blocks of a Markdown text.
func yamlBlocks(doc string) []string {
	var blocks []string
	for _, part := range strings.Split(doc, "```yaml\n")[1:] {
		block, _, ok := strings.Cut(part, "```")
		if ok {
			blocks = append(blocks, block)
		}
	}
	return blocks
}

// firstLine returns the first line of s that is not blank.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

func TestAuthoringExamplesAreValidYAML(t *testing.T) {
	doc, err := os.ReadFile(authoringDoc)
	require.NoError(t, err)
	blocks := yamlBlocks(string(doc))
	require.GreaterOrEqual(t, len(blocks), 15)
	complete := 0
	for i, b := range blocks {
		_, err := parser.ParseBytes([]byte(b), 0)
		require.NoError(t, err, "docs/authoring.md yaml block %d:\n%s", i+1, b)
		if strings.Contains(b, "\nid: ") || strings.HasPrefix(b, "id: ") {
			if strings.Contains(b, "...") {
				continue // an excerpt
			}
			complete++
			s, diags := Parse("authoring.md", []byte(b))
			assert.Empty(t, diags, "docs/authoring.md yaml block %d is a complete scenario and must validate cleanly", i+1)
			assert.NotNil(t, s)
		}
	}
	assert.Equal(t, 1, complete, "the first-file example is checked")
}

// workedExample builds the files of section 8 of docs/authoring.md from the
// shipped tutorial: step 1 adds the item, step 2 the threat, step 3 the
// inject, and step 5 moves the inject to round 5.
func workedExample(t *testing.T) (doc string, steps map[int]string) {
	t.Helper()
	docBytes, err := os.ReadFile(authoringDoc)
	require.NoError(t, err)
	doc = string(docBytes)
	add := map[string]string{}
	for _, b := range yamlBlocks(doc) {
		if first := firstLine(b); strings.HasPrefix(first, "# add to ") {
			add[strings.TrimSuffix(strings.TrimPrefix(first, "# add to "), ":")] = b
		}
	}
	require.Len(t, add, 3, "section 8 has one block for each of items, threats and injects")

	tutorial, err := scenarios.Read("tutorial.yaml")
	require.NoError(t, err)
	src := strings.Replace(string(tutorial), "\nid: tutorial\n", "\nid: tutorial-plus\n", 1)
	require.Contains(t, src, "\nid: tutorial-plus\n")
	insertBefore := func(src, key, block string) string {
		i := strings.Index(src, "\n"+key+":")
		require.GreaterOrEqual(t, i, 0, key)
		return src[:i+1] + block + src[i+1:]
	}
	steps = map[int]string{}
	steps[1] = insertBefore(src, "threats", add["items"])
	steps[2] = insertBefore(steps[1], "injects", add["threats"])
	steps[3] = strings.TrimRight(steps[2], "\n") + "\n" + add["injects"]
	steps[5] = strings.Replace(steps[3], "  - at: 3\n    title: \"Lesson 8", "  - at: 5\n    title: \"Lesson 8", 1)
	require.NotEqual(t, steps[3], steps[5])
	return doc, steps
}

// TestAuthoringWorkedExample replays section 8 of docs/authoring.md on the
// shipped tutorial: the quoted findings of each step must be the ones the
// validator gives, and the result must load cleanly.
func TestAuthoringWorkedExample(t *testing.T) {
	doc, steps := workedExample(t)
	quoted := func(diags Diagnostics) {
		t.Helper()
		require.NotEmpty(t, diags)
		for _, d := range diags {
			assert.Contains(t, doc, d.Message, "docs/authoring.md section 8 should quote this finding")
		}
	}

	s, diags := Parse("tutorial-plus.yaml", []byte(steps[1]))
	require.Nil(t, s)
	require.Len(t, diags, 2)
	quoted(diags)

	s, diags = Parse("tutorial-plus.yaml", []byte(steps[2]))
	require.Nil(t, s)
	require.Len(t, diags, 1)
	quoted(diags)

	s, diags = Parse("tutorial-plus.yaml", []byte(steps[3]))
	require.Empty(t, diags)
	require.NotNil(t, s)
	assert.Equal(t, "tutorial-plus", s.ID)
	assert.Len(t, s.Items, 5)
	assert.Len(t, s.Threats, 2)
	assert.Len(t, s.Injects, 10)
	assert.Equal(t, "inject-10", s.Injects[9].ID)
	it, ok := s.Item("relay-intercept")
	require.True(t, ok)
	assert.Equal(t, []Need{{Team: "estrel-fpl", By: 5}}, it.Need)
	assert.Equal(t, 3, FirstAvailable(s, it.ID))

	s, diags = Parse("tutorial-plus.yaml", []byte(steps[5]))
	require.NotNil(t, s)
	require.Len(t, diags.Warnings(), 1)
	require.Empty(t, diags.Errors())
	quoted(diags)
}

package report

import (
	"strings"
	"unicode"
)

// Scenario files and records are shared between training centres, so every
// piece of text they supply (names, titles, descriptions, debriefs, inject
// texts, expected outcomes, seat names) and every sentence the AAR builds
// around them must print as literal text in a Markdown handout: no heading,
// list, quote, link, image, raw HTML, code or table cell of its own.

// mdInlineEscaped are the characters that can open or close inline
// structure (emphasis, code, links, images, autolinks, raw HTML,
// strikethrough, table cells); they are backslash-escaped wherever they
// appear. CommonMark lets any ASCII punctuation be escaped.
const mdInlineEscaped = "\\`*_[]<>|~"

// mdLineStart are the characters that open a block (heading, list, quote,
// setext underline, thematic break) when they start a line or a list
// item's text.
const mdLineStart = "#+-=>"

// mdText renders text as one line of literal Markdown inline content, safe
// in a paragraph, a heading, a list item or a table cell: line breaks and
// other control characters become spaces, surrounding space is dropped,
// structural characters are escaped, and bare URLs are broken so that a
// GFM renderer does not turn them into links.
func mdText(s string) string {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s))
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(mdInlineEscaped, c) >= 0,
			i == 0 && strings.IndexByte(mdLineStart, c) >= 0,
			(c == '.' || c == ')') && orderedMarker(s[:i]) && (i+1 == len(s) || s[i+1] == ' '),
			c == ':' && strings.HasPrefix(s[i:], "://"), // http://… autolinks
			c == '.' && hasSuffixFold(s[:i], "www"),     // www.… autolinks
			c == '#' && strings.Trim(s[i:], "#") == "",  // a heading's closing sequence
			c == '@' && i > 0,                // e-mail autolinks
			c == '&' && entityAhead(s[i+1:]): // &lt; and &#60; would print "<"
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// orderedMarker reports whether head (the text before a '.' or ')') is a
// run of 1–9 digits starting the text: an ordered list marker.
func orderedMarker(head string) bool {
	if head == "" || len(head) > 9 {
		return false
	}
	for i := 0; i < len(head); i++ {
		if head[i] < '0' || head[i] > '9' {
			return false
		}
	}
	return true
}

// entityAhead reports whether rest (the text after a '&') reads as an
// entity or numeric character reference: alphanumerics or '#', then ';'.
func entityAhead(rest string) bool {
	for i := 0; i < len(rest) && i < 40; i++ {
		c := rest[i]
		switch {
		case c == ';':
			return i > 0
		case c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return false
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// mdBlock renders multi-line text (an author's debrief) as literal Markdown
// inside a list item: each line is escaped as mdText, blank lines are
// dropped, and lines are joined by hard line breaks indented to stay in
// the item, so no line can start a block of its own.
func mdBlock(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var lines []string
	for _, line := range strings.Split(s, "\n") {
		if t := mdText(line); t != "" {
			lines = append(lines, t)
		}
	}
	for i := range lines[:max(len(lines)-1, 0)] {
		// A line ending in an escaped backslash (\\) followed by the
		// break's own backslash makes goldmark open a code span at an
		// escaped backtick on the next line; a space between the two
		// keeps the escape and the break apart.
		if strings.HasSuffix(lines[i], "\\") {
			lines[i] += " "
		}
	}
	return strings.Join(lines, "\\\n  ")
}

// mdCode renders text as a code span: the fence is one backtick longer than
// the longest run of backticks inside, and padded with spaces when the text
// starts or ends with a backtick, so the span always closes where it should.
// Line breaks become spaces; a pipe is escaped, as GFM tables require even
// inside code.
func mdCode(s string) string {
	if s == "" {
		return ""
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + strings.ReplaceAll(s, "|", "\\|") + pad + fence
}

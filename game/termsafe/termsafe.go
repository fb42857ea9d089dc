// Package termsafe makes untrusted text safe to print on a terminal: text
// from a scenario, a record or a server's reply may hold escape sequences
// ("\x1b]0;…\x07" retitles the window, "\x1b[2J" clears it, "\r" overwrites
// the line, U+202E reverses what follows) that must reach the screen as
// visible escapes, never as commands.
//
// Anything not graphic is escaped the way Go quotes it (\x1b, \a, \r,
// \u009b, \u202e); invalid UTF-8 bytes become \xNN. Printable text,
// including every script and emoji, passes through unchanged, as do the
// zero-width (non-)joiners some scripts need. Text is returned as is, with
// no allocation, when it holds nothing to escape.
package termsafe

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line escapes every control character of s, newlines and tabs included:
// for a value printed within one line (a name, a URL, a server message).
func Line(s string) string { return escape(s, false) }

// Text escapes every control character of s except newline and tab: for
// multi-line text printed as it is (an error message, a scenario line).
func Text(s string) string { return escape(s, true) }

// Quote returns s in double quotes with Go's escapes (strconv.Quote), which
// already escape every control character: for a value quoted in a message.
func Quote(s string) string { return strconv.Quote(s) }

// escape returns s with its unsafe runes escaped; multiline keeps \n and \t.
func escape(s string, multiline bool) string {
	i := unsafeAt(s, multiline)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r, multiline):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// unsafeAt returns the index of the first byte of s to escape, or -1.
func unsafeAt(s string, multiline bool) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
		if unsafeRune(r, multiline) {
			return i
		}
	}
	return -1
}

// unsafeRune reports whether r must be escaped: anything not graphic (C0
// and C1 controls, DEL, bidirectional and other format characters, line
// and paragraph separators, private use, unassigned), except the
// zero-width joiners and, in multi-line text, newline and tab.
func unsafeRune(r rune, multiline bool) bool {
	switch {
	case r >= ' ' && r < 0x7f:
		return false
	case r == '\n' || r == '\t':
		return !multiline
	case r == '\u200c' || r == '\u200d':
		return false
	}
	return !unicode.IsGraphic(r)
}

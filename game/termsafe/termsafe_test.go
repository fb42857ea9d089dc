package termsafe_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"

	"liaison/game/termsafe"
)

func TestLineAndText(t *testing.T) {
	tests := []struct {
		name, in, line, text string
	}{
		{"plain", "Harbour Watch: round 3", "Harbour Watch: round 3", "Harbour Watch: round 3"},
		{"scripts and emoji", "Ōkami — Лиса — 港 — 🚢", "Ōkami — Лиса — 港 — 🚢", "Ōkami — Лиса — 港 — 🚢"},
		{"zero-width non-joiner", "می\u200cخواهم", "می\u200cخواهم", "می\u200cخواهم"},
		{"window title", "\x1b]0;pwned\x07ok", `\x1b]0;pwned\aok`, `\x1b]0;pwned\aok`},
		{"clear screen", "\x1b[2J\x1b[H", `\x1b[2J\x1b[H`, `\x1b[2J\x1b[H`},
		{"carriage return", "ok\rFAIL", `ok\rFAIL`, `ok\rFAIL`},
		{"newline and tab", "a\n\tb", `a\n\tb`, "a\n\tb"},
		{"DEL and backspace", "a\x7f\bb", `a\x7f\bb`, `a\x7f\bb`},
		{"C1 CSI", "a\u009b31mb", `a\u009b31mb`, `a\u009b31mb`},
		{"bidi override", "abc\u202edcba", `abc\u202edcba`, `abc\u202edcba`},
		{"line separator", "a\u2028b", `a\u2028b`, `a\u2028b`},
		{"invalid UTF-8", "a\xff\xfeb\x9b", `a\xff\xfeb\x9b`, `a\xff\xfeb\x9b`},
		{"literal replacement char", "a\uFFFDb", "a\uFFFDb", "a\uFFFDb"},
		{"empty", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.line, termsafe.Line(tc.in))
			assert.Equal(t, tc.text, termsafe.Text(tc.in))
		})
	}
}

func TestQuote(t *testing.T) {
	assert.Equal(t, `"a\x1b[31m\u202e\n"`, termsafe.Quote("a\x1b[31m\u202e\n"))
}

// TestNothingUnsafeSurvives: whatever the input, the output is valid UTF-8
// holding only graphic runes (plus newline and tab for Text), and text
// with nothing to escape comes back unchanged.
func TestNothingUnsafeSurvives(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.OneOf(
			rapid.String(),
			rapid.StringMatching(`[a-z\x00-\x1f\x7f\x{80}-\x{9f}\x{202a}-\x{202e}]{0,20}`),
			rapid.Custom(func(t *rapid.T) string { return string(rapid.SliceOf(rapid.Byte()).Draw(t, "bytes")) }),
		).Draw(t, "in")
		for _, multiline := range []bool{false, true} {
			out := termsafe.Line(in)
			if multiline {
				out = termsafe.Text(in)
			}
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 in %q", out)
			}
			for _, r := range out {
				ok := unicode.IsGraphic(r) || r == '\u200c' || r == '\u200d' || multiline && (r == '\n' || r == '\t')
				if !ok {
					t.Fatalf("%q survives in %q (from %q)", r, out, in)
				}
			}
			if utf8.ValidString(in) && !strings.ContainsFunc(in, func(r rune) bool {
				return !(unicode.IsGraphic(r) || r == '\u200c' || r == '\u200d' || multiline && (r == '\n' || r == '\t'))
			}) && out != in {
				t.Fatalf("safe text %q changed to %q", in, out)
			}
		}
	})
}

// FuzzLine checks Line never panics and leaves no control byte behind.
func FuzzLine(f *testing.F) {
	f.Add("\x1b]0;title\x07")
	f.Add("a\xffb\u202e")
	f.Fuzz(func(t *testing.T, s string) {
		out := termsafe.Line(s)
		if strings.ContainsFunc(out, func(r rune) bool { return r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0 }) || !utf8.ValidString(out) {
			t.Fatalf("Line(%q) = %q", s, out)
		}
	})
}

package layout

import "strings"

// Measurer measures the advance width of a string in a given font face.
// The game implements it with text/v2; tests use a fixed-width fake.
type Measurer interface {
	Advance(s string) float64
}

// Wrap breaks s into lines no wider than width, at spaces where possible and
// inside a word only when the word alone is too wide. Explicit newlines are
// kept. It appends to dst and returns it. The lines are substrings of s.
func Wrap(dst []string, m Measurer, s string, width float64) []string {
	for para := range strings.SplitSeq(s, "\n") {
		dst = wrapPara(dst, m, strings.TrimRight(para, "\r"), width)
	}
	return dst
}

func wrapPara(dst []string, m Measurer, s string, width float64) []string {
	if s == "" || m.Advance(s) <= width {
		return append(dst, s)
	}
	for len(s) > 0 {
		// Longest prefix that fits, preferring to break after a space.
		end := fitPrefix(m, s, width)
		brk := end
		if end < len(s) {
			if sp := strings.LastIndexByte(s[:end+1], ' '); sp > 0 {
				brk = sp
			}
		}
		if brk <= 0 {
			brk = max(1, end)
			// keep whole runes together
			for brk < len(s) && s[brk]&0xC0 == 0x80 {
				brk++
			}
		}
		dst = append(dst, strings.TrimRight(s[:brk], " "))
		s = strings.TrimLeft(s[brk:], " ")
	}
	return dst
}

// fitPrefix returns the byte length of the longest rune-aligned prefix of s
// no wider than width, by binary search over rune boundaries.
func fitPrefix(m Measurer, s string, width float64) int {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		for mid < len(s) && s[mid]&0xC0 == 0x80 {
			mid++
		}
		if mid > hi {
			mid = hi
		}
		if m.Advance(s[:mid]) <= width {
			if mid == lo {
				break
			}
			lo = mid
		} else {
			hi = mid - 1
			for hi > lo && hi < len(s) && s[hi]&0xC0 == 0x80 {
				hi--
			}
		}
	}
	return lo
}

// Ellipsize shortens s with "…" so that it fits width (s itself if it fits).
func Ellipsize(m Measurer, s string, width float64) string {
	if m.Advance(s) <= width {
		return s
	}
	const ell = "…"
	n := fitPrefix(m, s, width-m.Advance(ell))
	return strings.TrimRight(s[:n], " ") + ell
}

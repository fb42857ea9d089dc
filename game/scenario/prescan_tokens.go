package scenario

// The pre-scan's token count: a bound, not an estimate.
//
// go-yaml v1.19.2's scanner (scanner/scanner.go) reads the file one
// character at a time, adding text to a buffer. Every token it makes is:
//
//   - an indicator token, made at the character it is read from: { } [ ] ,
//     : (flow and mapping indicators), - ? (entries, keys), # (comment),
//     & * ! % (anchor, alias, tag, directive), ' " (a quoted scalar, read
//     to its closing quote), the first < of a "<<" merge key, the first -
//     or . of a "---" or "..." marker, and the invalid token of an error
//     at @, ` or a tab;
//   - a plain scalar: the text added to an empty buffer up to the next
//     flush (at an indicator, at a line indented less, at the end);
//   - around a block scalar header (| or >): the header, a comment on its
//     line, the scalar's text (or an empty one), and one invalid token if
//     its lines are indented wrongly: four at most.
//
// The bound counts positions by rules that look at a byte and the byte
// before it only, so it needs no state and does not follow YAML at all:
//
//	a) each { } [ ] , : tab and NUL counts 1, and each | and > counts 4;
//	b) any other byte but a space or a line break counts 1 when it starts
//	   the line or follows a space, a line break or an "opener":
//	   { } [ ] , : & * % ' " @ ` tab;
//	c) the byte after "..." at the start of a line counts 1.
//
// Why each token has a counted position of its own (a block header four):
//
//  1. The tokens go-yaml may make while its buffer holds text (a flush and
//     an indicator at once) come at { } [ ] , : (rule a), at a # after a
//     space or tab and at a marker starting a line (rule b). A "<<" merge
//     key there drops the buffer's text and takes the position where that
//     text began.
//  2. Every other token starts with an empty buffer, and the buffer is
//     empty at a character only if the one before it is a space, a line
//     break or an opener (rule b), or "..." at a line's start (rule c):
//     "-" and "?" act only before a space, tab, line break or NUL (rule
//     a), a tag, comment or header runs to a space or the line's end,
//     "---" to a space or tab, "<<" to a space or ':'.
//  3. An error ends go-yaml's pass: it keeps the tokens so far and adds an
//     invalid token, which takes the position of the indicator whose token
//     failed (an opening quote, ':', '-', '!', '@', '`', a tab, a block
//     header, or the '-' starting a line that made go-yaml read plain text
//     on as a folded block: a line's first character, added to text, so
//     counted and unused). The next pass starts where the error left off:
//     at a tab or a line's start; after an opener, a '-' or a tab; inside
//     a quoted scalar that failed, whose first byte that is not a space
//     counts (it follows the quote, a space, a tab or a line break) and was
//     used by no token, so the next pass's first token takes it (or starts
//     at it); or after the first character of a block scalar's line, which
//     counts (it follows spaces) and which the block scalar did not use.
//  4. A double-quoted scalar with a tab followed by more text makes go-yaml
//     step one character too far for each such tab, so it may go on in the
//     middle of text after the closing quote: the one token that starts
//     there takes the position of a tab in the scalar (rule a), unused.
//
// So go-yaml's tokens map one to one into counted positions, and there are
// no more of them than the count. TestTokenBoundHolds checks it on any
// mix of YAML's indicators, FuzzPrescanTokenBound on any input. The count is
// loose on prose (each word counts): the shipped scenarios count about
// twice go-yaml's tokens, the scenario at the count limits about 1.1
// times, all well within the limit.

// tokenWeight is what rule a) counts for a byte whatever comes before it.
var tokenWeight = func() (w [256]uint8) {
	for _, c := range []byte("{}[],:\t\x00") {
		w[c] = 1
	}
	w['|'], w['>'] = 4, 4
	return w
}()

// opensToken marks the bytes after which go-yaml may start a token at the
// next byte (rule b): spaces, line breaks and the openers.
var opensToken = func() (o [256]bool) {
	for _, c := range []byte(" \n\r{}[],:&*%'\"@`\t") {
		o[c] = true
	}
	return o
}()

// lineTokens returns the count of rules a) to c) for one line (without its
// line break). If the count passes budget, it also returns the offset of
// the byte at which it does, else -1.
func lineTokens(ln []byte, budget int) (n, over int) {
	for i, c := range ln {
		switch {
		case tokenWeight[c] > 0:
			n += int(tokenWeight[c])
		case c == ' ' || c == '\r':
			continue
		case i == 0 || opensToken[ln[i-1]] || i == 3 && string(ln[:3]) == "...":
			n++
		default:
			continue
		}
		if n > budget {
			return n, i
		}
	}
	return n, -1
}

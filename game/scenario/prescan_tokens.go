package scenario

// The pre-scan's token count: a bound, not an estimate.
//
// go-yaml v1.19.2's scanner (scanner/scanner.go) reads the file one
// character at a time. Every token it makes is one of:
//
//   - an indicator token made at the character it is read from and stepped
//     past: { } [ ] , : (flow and mapping indicators), - ? (entries and
//     keys), # (comment), & * ! % (anchor, alias, tag, directive), ' "
//     (quoted scalar), <  (the "<<" merge key), the first - or . of a
//     "---" or "..." marker, | > (block scalar header), and the invalid
//     token of an error at @ ` or a tab;
//   - a plain scalar cut from its buffer: the characters added to an empty
//     buffer up to the next flush (an indicator, a line indented less, the
//     end); and
//   - around a block scalar header (| or >): the header, a comment on its
//     line, the text of the scalar (or an empty one) and one invalid token
//     if its lines are indented wrongly: four at most.
//
// The bound counts positions, each once, by rules that look at a byte and
// the byte before it only (so it needs no state and reads no YAML):
//
//	a) every { } [ ] , : < \ tab and NUL counts 1, and every | and > counts 4;
//	b) any other byte but a space or line break counts 1 when it starts the
//	   line or follows a space, a line break, or one of
//	   { } [ ] , : & * % ' " @ ` tab \ <  (an "opener");
//	c) the byte after "..." at the start of a line counts 1.
//
// Why every token has a counted position of its own:
//
//  1. The tokens go-yaml may make while its buffer holds text (a flush and
//     an indicator at once) are made only at { } [ ] , : and < (rule a), at
//     a # after a space and at a line's first character (rule b).
//  2. Every other indicator token (- ? # & * ! % ' " @ `) is made only with
//     an empty buffer, and so is the start of a plain scalar. The buffer is
//     empty at a character c only if the character before it was a space or
//     a line break, or an indicator that empties the buffer and leaves the
//     next character to start afresh (the openers; "-" and "?" must be
//     followed by a space; a tag, comment or block header runs to a space
//     or the line's end; "---" to a space), or "..." at a line's start
//     (rule c): so c counts by rule b.
//  3. An error ends go-yaml's pass: it keeps the tokens so far plus one
//     invalid token, which takes the position of the indicator whose token
//     failed (the opening quote, the ":", "-", "!", "@", "`", tab, or the
//     block header's four), and starts a new pass where the error left
//     off: at a tab or "\" (rule a), after a "\" or another opener (rule
//     b), at a line's start, or after the first character of a block
//     scalar's line, whose position the block scalar did not use.
//  4. A double-quoted scalar with a tab followed by more text makes
//     go-yaml step one character too far for each such tab, so it may
//     start again in the middle of text after the closing quote: the one
//     token made there takes a tab's position in the scalar (rule a),
//     which the scalar did not use.
//
// So go-yaml's tokens map one to one into counted positions (four at a
// block header), and their number is at most the count. FuzzPrescanBounds
// checks it on any input. The count is loose on prose (each word counts),
// which the limit allows for: the shipped scenarios count about twice
// go-yaml's tokens.

// tokenWeight is what rule a) counts for a byte whatever comes before it.
var tokenWeight = func() (w [256]uint8) {
	for _, c := range []byte("{}[],:<\\\t\x00") {
		w[c] = 1
	}
	w['|'], w['>'] = 4, 4
	return w
}()

// opensToken marks the bytes after which go-yaml may start a token at the
// next byte (rule b): spaces, line breaks and the openers.
var opensToken = func() (o [256]bool) {
	for _, c := range []byte(" \n\r{}[],:&*%'\"@`\t\\<") {
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

package scenario

import (
	"bytes"
	"unicode/utf8"
)

// The pre-scan's depth and keys per mapping in block context: bounds by a
// deliberately coarse rule, not a reading of YAML.
//
// What go-yaml v1.19.2's parser (parser/parser.go) does with block
// collections comes down to column comparisons. parseMapValue and
// parseSequenceValue take the token after a key's ':' or an entry's '-' as
// its value unless it is in a column left of the key or dash, or in the
// same column and a sibling (a key after a key, a '-' after a '-');
// parseMap and parseSequence go on only with tokens in exactly the
// column of their first key or dash. So:
//
//	M. Monotone columns: every token in the value of a block key or entry
//	   E (outside flow collections and comments) is in E's column or right
//	   of it; and a mapping's keys all share one column.
//	S. Same column only from an open line: a token in E's column can be in
//	   E's value only if E's value starts on a later line, that is if
//	   nothing but anchors, tags and a comment follows E on its line (a
//	   value on E's line starts right of E, and by M all of it is there).
//
// The rule keeps a stack of the block keys and dashes ('-', '?', "k:",
// ": " with no key) that may still hold what comes next, each with a range
// [lo, hi] that holds go-yaml's column for it: hi counts every character;
// lo leaves out the tabs before it (go-yaml may take them for indentation
// without moving its column) and starts at an anchor or tag before it; a
// key on a line that may go on with text begun on a line before (its key
// may start there) has lo 0, and so has a ": " with no key (go-yaml's
// key is the node before it, which may have started on a line before).
//
// A structural line (one that starts outside a flow collection, a quoted
// or block scalar and a comment, and cannot go on with text from the line
// before nor start with ": " (whose key is the node before it, however
// deep) nor be taken, whatever its column, for the node of a '?', an
// anchor or a tag ending the last line that is not blank or a comment, or
// for more of an alias with no name on that line, whose name go-yaml may
// read on into this one) first pops the entries that cannot hold its
// first token F, whose column is at most hiF:
//
//   - an entry with lo > hiF (by M);
//   - an entry closed on its line with lo >= hiF (by M and S; a '?' is
//     never closed: go-yaml reads its key's node without checking
//     columns);
//   - an entry with nothing at all after it on its line, in exactly F's
//     column (lo = hi = loF = hiF, no tab or anchor in the way), of F's
//     kind: a '-' for a '-', a plain key (letters, digits, _ . - and
//     spaces) for a plain key: go-yaml gives it a null value and makes F
//     its sibling.
//
// Any other line pops nothing (a line inside a flow collection or a
// quoted scalar, as prescan.go reads quotes and brackets, pushes only for
// itself: if
// go-yaml reads it as block structure after all, its own nesting and keys
// are still counted). Then every '-', '?' and key on the line is
// pushed, left to right (a key is text before ": ", a quoted scalar or a
// flow collection closed on the line before ": " or not closed on it, or
// a merge key "<<: " wherever it is, whose column is taken up to the
// "<<"), and the depth is
// checked at each push. Each block ancestor of a token was pushed when its
// own token was read, and no pop removes it before the token (each pop is
// one of the three cases above, which M and S rule out for an ancestor),
// so the stack's height bounds the block nesting at every token. The flow
// collections open around it (prescan.go: each '[' or '{' where go-yaml
// can start a token, closed only by its own bracket; a pair in a flow
// sequence; a key after another on one line) are added on top: these are
// counted as go-yaml's scanner reads quotes and brackets, and the lines
// they and quoted or block scalars span are taken as prescan.go reads
// them, which leans to reading lines as structure when unsure.
//
// Keys per mapping: by M a mapping's keys share one column c, and its span
// ends at the first structural line starting left of c. The rule counts
// each key ('?' too) in every column of its range [lo, hi] (a key of text
// begun before, in every column: it is kept apart in wild) and, at each
// structural line, zeroes the counts of the columns right of hiF. A
// mapping's keys all count in its column, none of those counts is zeroed
// before its last key, so the largest count bounds its keys. Flow
// mappings are counted by prescan.go's flow levels, whose keys are every
// ':' that go-yaml takes for one and every entry without one.
//
// What the bound takes from prescan.go rather than proves: which lines
// are a block scalar's text (read so that fewer lines are text when
// unsure), and the flow nesting, counted at each '[' or '{' where go-yaml
// can start a token as prescan.go reads quotes and names. A line inside a
// quote or flow as prescan.go reads it still counts its own nesting and
// keys, but cannot pop. Where go-yaml's reading of a name or a quote
// differs from prescan.go's by a bracket, the flow nesting can still be
// one short; FuzzPrescanBounds and TestPrescanShapeHolds (2,000,000 files
// with -prescan.shape) look for such text, and their finds are kept in
// shapeMisses and testdata/fuzz.
//
// The bound over-counts: siblings after an open line with an anchor or
// tag, values that look like keys ("title: a: b"), text that go-yaml
// reads as one scalar. The shipped scenarios stay far inside the limits
// (TestShippedScenariosWithinPrescanLimits: 6 levels, 13 keys).

// shapeEntry is a block key or dash that may still hold what follows.
type shapeEntry struct {
	lo, hi int  // go-yaml's column for it is in [lo, hi]
	seq    bool // a '-'
	plain  bool // a plain key (plainKey) with no anchor or tag before it
	open   bool // nothing but anchors, tags and a comment after it on its line
	bare   bool // nothing at all after it on its line (but a comment)
	// A '?': go-yaml reads an explicit key's node with no check of
	// columns, so it stays open whatever follows it.
	explicit bool
}

// shapeBound holds the rule's state between lines.
type shapeBound struct {
	stack []shapeEntry
	// keysAt[c] counts the keys counted in column c since the last
	// structural line starting left of it; touched is the highest column
	// counted, peak a bound on every count.
	keysAt  []int32
	touched int
	peak    int32
	// Keys of text that may have begun on a line before (lo = 0): each
	// counts in every column up to its hi. They are kept apart until the
	// next structural line, which adds them to the columns it keeps.
	wild int32
	// The last line (blank and comment lines aside) ended with a '?', an
	// anchor or a tag, whose node go-yaml takes from the next line
	// whatever its column, or held an alias with no name, whose name
	// go-yaml may read on into the next line: that line cannot start the
	// structure.
	carry bool
}

// reset starts afresh at a document marker.
func (b *shapeBound) reset() {
	b.stack = b.stack[:0]
	b.keep(-1)
}

// keep zeroes the key counts right of column h, at a structural line
// starting there, and adds the keys kept apart to the columns up to h.
// Its cost is at most the highest column counted since the last one, or
// h: at most the length of a line.
func (b *shapeBound) keep(h int) {
	for i := max(h+1, 0); i <= b.touched && i < len(b.keysAt); i++ {
		b.keysAt[i] = 0
	}
	b.touched = min(b.touched, h)
	if h >= 0 && b.wild > 0 {
		b.grow(h)
		for i := 0; i <= h; i++ {
			b.keysAt[i] += b.wild
		}
		b.touched = max(b.touched, h)
	}
	b.wild, b.peak = 0, 0
	for i := 0; i <= b.touched && i < len(b.keysAt); i++ {
		b.peak = max(b.peak, b.keysAt[i])
	}
}

// grow makes room for column c.
func (b *shapeBound) grow(c int) {
	if c >= len(b.keysAt) {
		grown := make([]int32, max(c+1, 2*len(b.keysAt), 64))
		copy(grown, b.keysAt)
		b.keysAt = grown
	}
}

// shapeLine applies the rule to the structure of line ln from offset s
// (its first character that is not a space or tab). start says the line
// starts the structure (it may pop entries); otherwise its keys are of
// text that may have begun on a line before, at any column.
func (p *prescanner) shapeLine(ln []byte, s int, start bool) {
	b := &p.shape
	if s >= len(ln) || commentAt(ln, s) {
		// Blank or a comment: go-yaml reads no token here, and what the
		// line before left open (carry) stays open.
		return
	}
	// Columns as go-yaml may count them: hi counts characters, lo leaves
	// out the tabs before.
	runes, tabs, at := 0, 0, 0
	colAt := func(i int) (lo, hi int) {
		for ; at < i; at++ {
			if c := ln[at]; c&0xC0 != 0x80 {
				runes++
			}
			if ln[at] == '\t' {
				tabs++
			}
		}
		return runes - tabs, runes
	}
	// A line starting with ": " (no key): go-yaml's key is the node
	// before it, however deep; the line pops nothing.
	kF := mapColon(ln, s)
	start = start && !b.carry && kF != s
	b.carry = false
	if start && s < len(ln) {
		loF, hiF := colAt(s)
		seqF := ln[s] == '-' && entryEnd(ln, s+1)
		// go-yaml gives a plain scalar the column where it ends less its
		// length in bytes: spaces after it move it right.
		switch {
		case (ln[s] == '-' || ln[s] == '?') && entryEnd(ln, s+1):
		case kF >= s:
			hiF += trailingBlanks(ln[s:kF])
		default:
			hiF += blanks(ln[s:])
		}
		plainF := kF > s && plainKey(ln[s:kF])
		for n := len(b.stack); n > 0; n = len(b.stack) {
			e := b.stack[n-1]
			sibling := e.bare && e.lo == e.hi && loF == hiF && e.lo == hiF && (e.seq && seqF || e.plain && plainF)
			if !(e.lo > hiF || !e.open && e.lo >= hiF || sibling) {
				break
			}
			b.stack = b.stack[:n-1]
		}
		b.keep(hiF)
	}
	propLo := -1 // lo of an anchor or tag before the next node
	mine := -1   // the last entry pushed for this line
	// The line ends with a '?' or an anchor or tag: go-yaml takes the next
	// token for its node whatever its column.
	takes := false
	defer func() { b.carry = b.carry || takes }()
	for i := s; i < len(ln) && p.err == nil; {
		c := ln[i]
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		if commentAt(ln, i) {
			break
		}
		if mine >= 0 {
			// Something follows the last entry on its line; unless it is
			// an anchor or tag, the entry's value starts here.
			b.stack[mine].bare = false
			if c != '&' && c != '!' && !b.stack[mine].explicit {
				b.stack[mine].open = false
			}
		}
		lo, hi := colAt(i)
		if propLo >= 0 {
			lo = min(lo, propLo)
		}
		if !start {
			lo = 0 // a key of text begun before: anywhere left of here
		}
		switch {
		case (c == '-' || c == '?') && entryEnd(ln, i+1):
			mine = p.shapePush(shapeEntry{lo: lo, hi: hi, seq: c == '-', open: true, bare: true, explicit: c == '?'}, i)
			if c == '?' {
				p.shapeKey(lo, hi, i, !start) // an explicit key
			}
			takes = c == '?'
			// An anchor or tag before it still moves go-yaml's columns for
			// what follows on the line ("! - 1:" then "   ? 0" is one
			// mapping of two keys): propLo is kept.
			i++
			continue
		case c == '&' || c == '!':
			takes = true
			if propLo < 0 {
				propLo = lo
			}
			if c == '&' && quotedName(ln, i) {
				// An anchor named by a quoted scalar: its node follows
				// the quote ("&\" #\" 1:"), or, past a quote that goes
				// on, the rest of the line counts for itself.
				q := skipBlanks(ln, i+1)
				j := quoteEnd(ln, q+1, ln[q])
				if j < 0 {
					p.shapeFlowLine(ln, q+1)
					return
				}
				i = j + 1
				continue
			}
			name := i
			for i < len(ln) && ln[i] != ' ' {
				i++
			}
			if c == '&' && i == name+1 {
				// An anchor with no name takes the next word for one.
				for i < len(ln) && ln[i] == ' ' {
					i++
				}
				if name = i; i < len(ln) && !((ln[i] == '-' || ln[i] == '?') && entryEnd(ln, i+1)) {
					for i < len(ln) && ln[i] != ' ' {
						i++
					}
				}
			}
			if e := i - 1; e > name && (ln[e] == '-' || ln[e] == '?' || ln[e] == ':') {
				// go-yaml may end the name earlier and read the '-', '?'
				// or ':' before the space as an indicator ("&\"a\"? b",
				// "&:" after a key begun on the line before).
				_, he := colAt(e)
				lo := propLo
				if ln[e] == ':' || !start {
					lo = 0 // the key may be a node before, anywhere
				}
				mine = p.shapePush(shapeEntry{lo: lo, hi: he, seq: ln[e] == '-', open: true}, e)
				if ln[e] != '-' {
					p.shapeKey(lo, he, e, ln[e] == ':' || !start)
				}
				// go-yaml may as well read the whole word as the name
				// ("!!? 1:"): the property still stands before the next
				// node, so propLo is kept.
			}
			continue
		}
		// A key, or a value (which closes the last entry).
		k := -1
		switch {
		case !start:
			// Text may go on here: quotes, brackets and '|' are more of it;
			// or go-yaml may read a quote after all (the name of an alias
			// ending the line before), so a ": " after it makes a key too.
			k = mapColon(ln, i)
			if j := quoteEnd(ln, i+1, c); k < 0 && (c == '"' || c == '\'') && j >= 0 {
				k = mapColon(ln, j+1)
			}
		case c == '"' || c == '\'' || c == '*' && quotedName(ln, i):
			// A quoted scalar is a key if ": " follows it on the line
			// (go-yaml may step past its closing quote, after a tab in
			// it), or if it goes on past the line; so is an alias named
			// by one (* "a": v).
			q := i
			if c == '*' {
				q = skipBlanks(ln, i+1)
			}
			j := quoteEnd(ln, q+1, ln[q])
			if j < 0 {
				p.shapePush(shapeEntry{lo: lo, hi: hi}, i)
				p.shapeKey(lo, hi, i, false)
				// go-yaml may not read a quote here ("* ?" then "\": 0:"
				// takes it for text): the rest of the line counts too.
				p.shapeFlowLine(ln, q+1)
				return
			}
			if k = mapColon(ln, j+1); k < 0 {
				// go-yaml may read it all as one plain scalar, after a
				// block scalar ("0: |", "", "': 0'" has the key "': 0'").
				k = mapColon(ln, i)
			}
		case c == '[' || c == '{':
			// A flow collection is a key if ": "
			// follows where it ends on this line; one that goes on
			// past the line may be a key too (go-yaml reads "[:" to
			// the end of the file as one).
			j := flowEnd(ln, i)
			if j < 0 {
				p.shapePush(shapeEntry{lo: lo, hi: hi}, i)
				p.shapeKey(lo, hi, i, !start)
				return
			}
			k = j + 1
			for k < len(ln) && ln[k] == ' ' {
				k++
			}
			if k >= len(ln) || ln[k] != ':' || !entryEnd(ln, k+1) {
				k = -1
			}
			if k < 0 {
				// go-yaml may read it all as one plain scalar, after a
				// block scalar ("0: |", "", "{: }" has the key "{").
				k = mapColon(ln, i)
			}
		case (c == '|' || c == '>') && blockHeader(ln[i+1:]):
		default:
			k = mapColon(ln, i)
		}
		takes = false
		if k < 0 {
			// A value. An alias with no name ("*" then a blank) takes
			// the next token for its name, and go-yaml may read on into
			// the line after ("* ?" then "\": 0\":" is one alias and
			// two keys): that line may go on with this node.
			b.carry = c == '*' && (i+1 == len(ln) || ln[i+1] == ' ' || ln[i+1] == '\t' || ln[i+1] == '#')
			break
		}
		if m := mergeKey(ln, i, k); m > i {
			// go-yaml's key starts at the "<<".
			_, hm := colAt(m)
			hi = max(hi, hm)
		}
		// A plain key's column is where it ends less its length in bytes:
		// spaces before the ':' move it right, characters of several
		// bytes left.
		hi += trailingBlanks(ln[i:k])
		lo -= len(ln[i:k]) - utf8.RuneCount(ln[i:k])
		lo = max(lo, 0)
		wild := !start
		if k == i {
			// ": " with no key: go-yaml's key is the node before it,
			// which may have started on a line before, anywhere.
			lo, wild = 0, true
		}
		mine = p.shapePush(shapeEntry{lo: lo, hi: hi, plain: start && propLo < 0 && k > i && plainKey(ln[i:k]), open: true, bare: true}, i)
		p.shapeKey(lo, hi, i, wild)
		propLo = -1
		i = k + 1
	}
}

// flowEnd returns the offset of the bracket closing the flow collection
// that opens at offset i of ln, on this line, or -1. Brackets are matched
// by count, quotes within them skipped.
func flowEnd(ln []byte, i int) int {
	n := 0
	for j := i; j < len(ln); j++ {
		switch ln[j] {
		case '[', '{':
			n++
		case ']', '}':
			if n--; n == 0 {
				return j
			}
		case '"', '\'':
			if q := quoteEnd(ln, j+1, ln[j]); q > j {
				j = q
			}
		}
	}
	return -1
}

// shapeFlowLine applies the rule to a line that starts inside a flow
// collection or a quoted scalar as prescan.go reads them, in case go-yaml
// reads it otherwise:
// its keys count as keys of text begun anywhere, its entries and keys
// nest on this line only (a multi-line flow mapping would otherwise count
// a level a line).
func (p *prescanner) shapeFlowLine(ln []byte, s int) {
	n := len(p.shape.stack)
	p.shapeLine(ln, s, false)
	p.shape.stack = p.shape.stack[:n]
}

// shapePush pushes an entry read at offset i, checks the depth and
// returns the entry's index.
func (p *prescanner) shapePush(e shapeEntry, i int) int {
	p.shape.stack = append(p.shape.stack, e)
	p.depth(i)
	return len(p.shape.stack) - 1
}

// shapeKey counts a key whose column is in [lo, hi], read at offset i;
// wild says it may have begun on a line before, anywhere up to hi.
func (p *prescanner) shapeKey(lo, hi, i int, wild bool) {
	b := &p.shape
	var most int32
	if wild {
		b.wild++
		most = b.peak + b.wild
	} else {
		b.grow(hi)
		for c := lo; c <= hi; c++ {
			b.keysAt[c]++
			most = max(most, b.keysAt[c])
		}
		b.touched = max(b.touched, hi)
		b.peak = max(b.peak, most)
		most += b.wild
	}
	p.st.MaxKeys = max(p.st.MaxKeys, int(most))
	if int(most) > p.lim.MaxMappingKeys {
		p.fail(i, "this mapping has more than %d keys; the limit is %d", p.lim.MaxMappingKeys, p.lim.MaxMappingKeys)
	}
}

// blanks counts the spaces and tabs in b.
func blanks(b []byte) int {
	return bytes.Count(b, []byte{' '}) + bytes.Count(b, []byte{'\t'})
}

// trailingBlanks counts the spaces and tabs that end b.
func trailingBlanks(b []byte) int {
	return len(b) - len(bytes.TrimRight(b, " \t"))
}

// plainKey reports whether key (the text before ": ") is a plain key as
// go-yaml reads one for certain: letters, digits, '_', '.', and '-' or
// spaces after the first character.
func plainKey(key []byte) bool {
	for i, c := range key {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '.':
		case (c == '-' || c == ' ') && i > 0 && i < len(key)-1:
		default:
			return false
		}
	}
	return len(key) > 0
}

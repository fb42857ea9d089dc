package scenario

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The pre-scan.
//
// goccy/go-yaml builds its whole token list and tree before anything can
// look at them, and some shapes cost it far more than their size: every
// nesting level copies the path of its parent ($.a.b[0].c) into each node
// below it, so 100,000 nested brackets take minutes and gigabytes, and a
// block mapping is parsed by one recursion per key that copies the keys
// after it, so its cost grows with the square of its key count (25,000 keys
// take seconds). prescan reads the bytes once, before the YAML library
// sees them, and refuses with a position any file past the limits that
// keep the library's worst case small: nesting depth, keys per mapping and
// in all, tokens, aliases, the length of a path, a line and a scalar.
//
// It does not parse YAML. The token count is a bound by construction,
// whatever go-yaml makes of the text (a byte-local rule,
// prescan_tokens.go). The block nesting and keys per mapping come from a
// rule on columns (prescan_shape.go) that keeps every key and dash that
// may still hold what follows; the flow collections, keys on a line after
// the first and the paths follow go-yaml's reading closely enough to count
// what go-yaml nests (a '[' opens a flow collection where a token may
// start, not in the middle of plain text; a block scalar's lines are
// text). Where the two might read text differently they count more. Those
// counts are not proven: FuzzPrescanBounds (in make fuzz) and
// TestPrescanShapeHolds hold them to go-yaml's, and keep every text on
// which they fell short. The parsed tree's depth is measured again after
// parsing (expandedSize), so the depth limit holds either way.

// prescanStats are the counts prescan makes of a file.
type prescanStats struct {
	Tokens      int // a bound on go-yaml's tokens (prescan_tokens.go)
	Keys        int // mapping keys in all
	MaxKeys     int // a bound on the keys of the largest mapping (prescan_shape.go)
	Depth       int // a bound on the deepest nesting of collections
	Aliases     int
	MaxPath     int // longest path ($.teams[0].id) of a key
	MaxScalar   int // longest quoted or block scalar, in bytes
	MaxLineSeen int // longest line, in bytes
	Scanned     int // bytes read before the scan ended (at a refusal, or all of them)
}

// prescanError is a limit the file passes, at the place it does.
type prescanError struct {
	Line, Col int
	Message   string
}

// level is one open collection: a block one (at an indentation) or a flow
// one (between brackets).
type level struct {
	indent  int  // column (0-based) of a block collection's keys or dashes
	seq     bool // a sequence, not a mapping
	keys    int  // keys seen in it
	path    int  // length of its path in go-yaml's notation
	lastKey int  // length of its last key, for the paths of its children
	// Opened for what follows an anchor or tag ending a line (blockLine),
	// at the indentation of the line after it.
	phantom bool

	// In a flow collection: whether its current entry has a token, and a
	// ':'; and the mappings nested in it by more ':' (counted in flowPairs).
	entryTok, entryColon bool
	nested               int
	// Keys in the current entry of a flow sequence: go-yaml may put all
	// of them in the entry's one mapping ("[}0:" then " 0:" then "]").
	entryKeys int
}

// prescanner holds the state of one scan.
type prescanner struct {
	lim      Limits
	data     []byte
	st       prescanStats
	err      *prescanError
	block    []level
	flow     []level
	flowMaps int // flow mappings among flow
	// The bound on block depth and keys per mapping (prescan_shape.go).
	shape shapeBound
	// Flow sequences whose current entry is a pair ([a: b]): go-yaml
	// nests the pair as a mapping inside the sequence, one level deeper.
	flowPairs int

	line int // current line, 1-based
	// The column (0-based) where go-yaml's last key, '-' or '?' token
	// started (-1 before any). A block scalar's lines are those indented
	// more than it was at the header, and a line indented more than it goes
	// on a plain scalar, as go-yaml reads them.
	// Where go-yaml's key may have started on an earlier line, it is known
	// only between two columns: delimLo decides whether a line goes on a
	// plain scalar (fewer columns: more lines read as text), delimHi where
	// a block scalar ends (more columns: fewer lines read as text).
	delimLo, delimHi int

	// The rune count of the current line up to byte runeByte, so that
	// runeCol counts each byte once.
	runeByte, runeCount int

	inline int // keys after the first on the current line (a: b: c)
	// The last line ended with text inside a flow collection.
	flowText bool
	// The column of an anchor or tag starting the line (blockLine), or -1.
	lineProp int
	// The last line ended with an anchor or tag, or an empty '-' or '?'
	// entry, whose node go-yaml takes from the next line (blockLine).
	property bool
	start    int // offset of the current line in data

	// A quoted scalar continued on the next line.
	quote      byte
	quoteLen   int
	quoteSkip  int    // characters go-yaml will skip after it (quoteTabs)
	quoteStart [2]int // line, byte offset of its opening quote

	// A plain scalar in block context that may go on on the next line.
	plainOpen  bool
	plainStart int // the column where it started
	// A bound on go-yaml's column for it: the length in runes of the
	// line it was last seen on (go-yaml's column is where the text ends
	// less its length in bytes, so blanks after it move it right).
	plainEnd int
	cont     bool // this line may go on with such a scalar

	// A block scalar (| or >) whose lines follow.
	blockScalar bool
	blockOwner  int // its content is indented more than this column
	blockIndent int // the indentation of its content, once seen (-1 before)
	blockLen    int
	blockStart  [2]int
}

// prescan checks data (line breaks normalised to LF) against the limits
// go-yaml needs before it may parse. It returns its counts and the first
// limit passed, or nil.
func prescan(data []byte, lim Limits) (prescanStats, *prescanError) {
	p := &prescanner{lim: lim, data: data, delimLo: -1, delimHi: -1, lineProp: -1}
	for p.start = 0; p.start <= len(data) && p.err == nil; {
		end := bytes.IndexByte(data[p.start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += p.start
		}
		p.line++
		p.runeByte, p.runeCount, p.inline = 0, 0, 0
		p.scanLine(data[p.start:end])
		p.start = end + 1
	}
	p.start = min(p.start, len(data)) // (a limit passed here is on the last line)
	p.flushFlows()
	if p.err == nil {
		p.st.Scanned = len(data)
	}
	return p.st, p.err
}

// fail records the first limit passed, at byte offset off of the current
// line (columns are counted in characters, as go-yaml does).
func (p *prescanner) fail(off int, format string, args ...any) {
	if p.err != nil {
		return
	}
	ln := p.data[p.start:]
	if off > len(ln) {
		off = len(ln)
	}
	p.err = &prescanError{Line: p.line, Col: utf8.RuneCount(ln[:off]) + 1, Message: fmt.Sprintf(format, args...)}
	p.st.Scanned = p.start + off
}

// failAt records a limit passed at an earlier line and byte offset.
func (p *prescanner) failAt(at [2]int, format string, args ...any) {
	if p.err != nil {
		return
	}
	lineStart := bytes.LastIndexByte(p.data[:at[1]], '\n') + 1
	col := utf8.RuneCount(p.data[lineStart:at[1]]) + 1
	p.err = &prescanError{Line: at[0], Col: col, Message: fmt.Sprintf(format, args...)}
	p.st.Scanned = p.start
}

// scanLine reads one line (without its '\n').
func (p *prescanner) scanLine(ln []byte) {
	if len(ln) > p.st.MaxLineSeen {
		p.st.MaxLineSeen = len(ln)
	}
	n, over := lineTokens(ln[:min(len(ln), p.lim.MaxLine)], p.lim.MaxTokens-p.st.Tokens)
	p.st.Tokens += n
	p.scanStructure(ln)
	// The token limit is reported if it is passed before any other limit
	// on this line (or if none is).
	if over >= 0 && (p.err == nil || p.st.Scanned > p.start+over) {
		p.err = nil
		p.fail(over, "the file has more than %d YAML tokens (keys, values, list entries, brackets, words of text); split it or shorten it", p.lim.MaxTokens)
	}
}

// scanStructure reads the structure of one line: its nesting, keys,
// aliases, scalars and length.
func (p *prescanner) scanStructure(ln []byte) {
	if len(ln) > p.lim.MaxLine {
		// Read the line as far as the limit, so that a limit passed before
		// it (in reading order) is the one reported.
		p.scanLineContent(ln[:p.lim.MaxLine])
		p.fail(p.lim.MaxLine, "the line is %d bytes long; lines are limited to %d bytes", len(ln), p.lim.MaxLine)
		return
	}
	p.scanLineContent(ln)
}

// scanLineContent reads one line of at most MaxLine bytes.
func (p *prescanner) scanLineContent(ln []byte) {
	p.mergeKeys(ln)
	pos := 0
	if p.quote != 0 {
		j := p.endQuote(ln, 0)
		if j != 0 {
			// Inside a quoted scalar, as the pre-scan reads it: if go-yaml
			// reads structure here instead, it is counted on this line.
			if p.shapeFlowLine(ln, skipBlanks(ln, 0)); p.err != nil {
				return
			}
		}
		if j < 0 {
			p.quoteSkip += quoteTabs(ln, p.quote, true, false)
			p.quoteLen += len(ln) + 1
			p.checkScalar(p.quoteLen, p.quoteStart)
			return
		}
		p.quoteLen += j
		p.checkScalar(p.quoteLen, p.quoteStart)
		skip := p.quoteSkip + quoteTabs(ln[:j], p.quote, true, true)
		p.quote = 0
		if len(p.flow) == 0 {
			// Keys after it are of text begun on a line before.
			p.shapeLine(ln, min(j+1+skip, len(ln)), false)
		}
		p.scanRest(ln, min(j+1+skip, len(ln)), true, false)
		return
	}
	indent := 0
	for indent < len(ln) && ln[indent] == ' ' {
		indent++
	}
	// The line's first character that is not a space or tab. A line of
	// spaces and tabs is blank to go-yaml: it ends no text.
	s := skipBlanks(ln, indent)
	blank := s == len(ln)
	if p.blockScalar {
		switch {
		case blank:
			p.blockLen += len(ln) + 1
			p.checkScalar(p.blockLen, p.blockStart)
			return
		case p.blockIndent < 0 && indent > p.blockOwner && ln[indent] == '\t':
			// go-yaml takes a first line indented with spaces then a tab
			// as the whole scalar: the lines after it are structure.
			p.blockLen += len(ln) + 1
			p.checkScalar(p.blockLen, p.blockStart)
			p.blockScalar = false
			return
		case p.blockIndent < 0 && indent > p.blockOwner:
			p.blockIndent = indent
			fallthrough
		case p.blockIndent >= 0 && indent >= p.blockIndent:
			p.blockLen += len(ln) + 1
			p.checkScalar(p.blockLen, p.blockStart)
			return
		}
		p.blockScalar = false
	}
	if blank {
		return
	}
	if ln[indent] == '#' {
		p.plainOpen = false
		return
	}
	// After a line ending in plain text, go-yaml may read this line on as
	// part of that text (it does when this one is indented more, but not
	// always). A quote or '|' opening it is then text, not a scalar that
	// would hide the lines after it: read it as text, which, if go-yaml
	// reads otherwise, counts more, not less. Brackets, dashes and keys are
	// counted either way.
	p.cont = p.plainOpen && (p.delimLo < 0 || indent > p.delimLo)
	p.plainOpen = false
	if docMarker(ln) {
		// A document marker: go-yaml starts afresh after it.
		p.flushFlows()
		p.block = p.block[:0]
		p.flow = p.flow[:0]
		p.flowMaps, p.flowPairs = 0, 0
		p.property = false
		p.shape.reset()
		// What follows it on the line starts the document's structure.
		if p.shapeLine(ln, skipBlanks(ln, 3), true); p.err != nil {
			return
		}
		if pos := p.blockLine(ln, 3); p.err == nil {
			p.scanRest(ln, pos, true, false)
		}
		return
	}
	if len(p.flow) > 0 {
		// Inside a flow collection, as the pre-scan reads it: if go-yaml
		// reads block structure here instead, its keys and nesting are
		// counted on this line (prescan_shape.go).
		if p.shapeFlowLine(ln, s); p.err != nil {
			return
		}
	}
	if p.flowText && len(p.flow) > 0 {
		// Text in a flow collection goes on here: quotes, dashes and
		// names are more of it.
		p.scanRest(ln, indent, false, false)
		return
	}
	if len(p.flow) == 0 {
		if p.shapeLine(ln, s, !p.cont); p.err != nil {
			return
		}
	}
	cont, contStart, contEnd := p.cont, p.plainStart, p.plainEnd
	inFlow := len(p.flow) > 0
	keys, aliases := p.st.Keys, p.st.Aliases
	pos = p.blockLine(ln, indent)
	if p.err != nil {
		return
	}
	if inFlow {
		// blockLine only counted more here (its nesting and keys per
		// mapping): the line is read from its start as flow content too,
		// so that the flow entries and keys it stepped over ("{a,b:" then
		// ",c: }") still count, and the file's totals of keys and aliases
		// count them once, as on one line.
		pos = indent
		p.st.Keys, p.st.Aliases = keys, aliases
	}
	p.scanRest(ln, pos, true, false)
	if cont && p.quote == 0 && !p.blockScalar && len(p.flow) == 0 && !p.plainOpen {
		// go-yaml may have read the whole line as more of the text before
		// (its dashes and quotes too), which may then go on.
		p.plainOpen, p.plainStart, p.plainEnd = true, contStart, max(contEnd, utf8.RuneCount(ln))
	}
}

// propertyEnds notes whether the anchor, tag or entry indicator that ended
// before offset i of ln ends the line (but for a comment): see blockLine.
func (p *prescanner) propertyEnds(ln []byte, i int) {
	rest := bytes.TrimLeft(ln[i:], " \t")
	p.property = len(p.flow) == 0 && (len(rest) == 0 || rest[0] == '#')
}

// skipBlanks returns the offset of the first byte of ln from i that is
// not a space or tab, or len(ln).
func skipBlanks(ln []byte, i int) int {
	for i < len(ln) && (ln[i] == ' ' || ln[i] == '\t') {
		i++
	}
	return i
}

// docMarker reports whether a line starts with a document marker as
// go-yaml's scanner reads one: "---" before a space, a tab or the line's
// end; "..." before anything but a fourth '.'.
func docMarker(ln []byte) bool {
	if len(ln) < 3 {
		return false
	}
	switch string(ln[:3]) {
	case "---":
		return len(ln) == 3 || ln[3] == ' ' || ln[3] == '\t'
	case "...":
		return len(ln) == 3 || ln[3] != '.'
	}
	return false
}

// checkScalar refuses a quoted or block scalar longer than MaxScalar.
func (p *prescanner) checkScalar(n int, at [2]int) {
	if n > p.st.MaxScalar {
		p.st.MaxScalar = n
	}
	if n > p.lim.MaxScalar {
		p.failAt(at, "this text is more than %d bytes long; the limit is %d", p.lim.MaxScalar, p.lim.MaxScalar)
	}
}

// top returns the innermost open block collection, or nil.
func (p *prescanner) top() *level {
	if len(p.block) == 0 {
		return nil
	}
	return &p.block[len(p.block)-1]
}

// childPath is the path length of a collection opened inside parent (nil:
// the document root).
func childPath(parent *level) int {
	switch {
	case parent == nil:
		return 1 // "$"
	case parent.seq:
		return parent.path + 8 // "[123456]"
	default:
		return parent.path + parent.lastKey + 3 // ".'key'"
	}
}

// inlineKey counts a key after another on one line (a: b: c), which
// go-yaml reads as a mapping nested in the value of the one before.
func (p *prescanner) inlineKey(off int) {
	p.inline++
	p.st.MaxKeys = max(p.st.MaxKeys, 1)
	p.depth(off)
}

// depth checks the nesting depth after a collection opened at off.
func (p *prescanner) depth(off int) {
	// The block depth is the larger of prescan_shape.go's bound and the
	// estimate that follows go-yaml's reading (which also gives paths).
	d := max(len(p.block), len(p.shape.stack)) + len(p.flow) + p.flowPairs + p.inline
	if d > p.st.Depth {
		p.st.Depth = d
	}
	if d > p.lim.MaxDepth {
		p.fail(off, "the file is nested more than %d levels deep", p.lim.MaxDepth)
	}
}

// blockLine reads the block structure at the start of a line whose
// content starts at indent: dashes of sequence entries, a '?', and a key.
// It is applied to every line, even inside a flow collection (where it only
// counts more). It returns where the rest of the line starts.
func (p *prescanner) blockLine(ln []byte, indent int) int {
	// The line's collections end where it starts; or, if its key ends in a
	// merge key ("x <<: "), where that starts (see mergeKey).
	end := indent
	if k := mapColon(ln, indent); k >= 0 {
		if m := mergeKey(ln, indent, k); m > indent {
			end = utf8.RuneCount(ln[:m])
		}
	}
	for len(p.block) > 0 && p.top().indent > end && !p.property {
		p.block = p.block[:len(p.block)-1]
	}
	if p.property {
		// The line before ended with an anchor, a tag or an empty entry:
		// go-yaml puts what follows inside that node, even at the same
		// indentation or less ("-" then "a: 1" nests a mapping in the
		// entry, and "-", "a:", "-", "a:"... nests deeper at every line).
		p.property = false
		p.block = append(p.block, level{indent: indent, path: childPath(p.top()), phantom: true})
		p.depth(indent)
	}
	// go-yaml may take tabs here (and spaces after them) for indentation;
	// such a tab moves it on without moving its column.
	pos, tabs := indent, 0
	for pos < len(ln) && (ln[pos] == '\t' || ln[pos] == ' ') {
		if ln[pos] == '\t' {
			tabs++
		}
		pos++
	}
	col := func(i int) int { return p.runeCol(ln, i) - tabs }
	// Entries ('- '), explicit keys ('? '), anchors and tags, in any order
	// (YAML puts an anchor or tag before the node it names, and that node
	// may be a sequence: "&a - x", "! - x").
	keyAt := -1 // where an anchor or tag before the key starts: go-yaml's column for it
prefix:
	for pos < len(ln) && p.err == nil {
		switch c := ln[pos]; {
		case (c == '-' || c == '?') && entryEnd(ln, pos+1):
			lo := p.delimLo
			keyAt = -1
			if c == '-' {
				p.blockEntry(col(pos))
			} else {
				p.blockKey(col(pos), 1)
			}
			if p.cont {
				// go-yaml may read it as text, keeping its column.
				p.delimLo = min(lo, p.delimLo)
			}
			pos++
			p.propertyEnds(ln, pos) // an empty entry takes the next line's node
		case (c == '&' || c == '!') && !p.cont:
			// (On a line that may go on with text, they are text, and the
			// key is looked for from them on.)
			if keyAt < 0 {
				keyAt = pos
			}
			if len(p.flow) > 0 {
				// A node in a flow entry ({!t , a} has two keys).
				p.flow[len(p.flow)-1].entryTok = true
			}
			if c == '&' && quotedName(ln, pos) {
				// An anchor named by a quoted scalar ("&\" #\" 1: v"):
				// the node, a key perhaps, follows the quote; one that
				// goes on past the line is read by scanRest as a quote.
				q := skipBlanks(ln, pos+1)
				j := quoteEnd(ln, q+1, ln[q])
				if j < 0 {
					return pos
				}
				pos = skipBlanks(ln, j+1)
				p.propertyEnds(ln, pos)
				continue
			}
			for pos++; pos < len(ln) && !nameEnd(c, ln[pos], len(p.flow) > 0) && !mergeAt(ln, pos) && !(c == '&' && pos == keyAt+1 && nameStop(ln, pos)); pos++ {
				if flowIndicator(ln[pos]) {
					p.badName(pos)
					return len(ln)
				}
			}
			p.propertyEnds(ln, pos)
		default:
			break prefix
		}
		pos = skipBlanks(ln, pos)
	}
	p.lineProp = -1
	if keyAt >= 0 {
		p.lineProp = col(keyAt)
	}
	if pos >= len(ln) || p.err != nil {
		return pos
	}
	// A key: plain or quoted text up to ": " (or ':' at the end of the line).
	k, textKey, rest := -1, false, pos
	switch ln[pos] {
	case '[', '{', '#', '|', '>':
		if !p.cont {
			return pos
		}
		// go-yaml may read the line as more text, cut at a ": ", or
		// read its structure: count the key, then read the structure.
		k, textKey = mapColon(ln, pos), true
	case '@', '`', ']':
		k = mapColon(ln, pos)
	case '*':
		from := pos
		if quotedName(ln, pos) {
			// go-yaml reads a quoted scalar for the name, which may hide
			// a ": " and go on to the next line ("*\": 0"): if it does
			// not close on this line, scanRest reads it as a quote.
			q := skipBlanks(ln, pos+1)
			if from = quoteEnd(ln, q+1, ln[q]); from < 0 {
				return pos
			}
		}
		// An alias as a key (*a : v); scanRest counts it if it is not one.
		if k = mapColon(ln, from); k >= 0 {
			p.alias(pos)
		}
	case '"', '\'':
		if p.cont {
			k = mapColon(ln, pos)
			break
		}
		j := quoteEnd(ln, pos+1, ln[pos])
		if j < 0 {
			return pos
		}
		q := min(j+1+quoteTabs(ln[pos+1:j], ln[pos], false, true), len(ln))
		for q < len(ln) && ln[q] == ' ' {
			q++
		}
		if q < len(ln) && ln[q] == ':' && (q+1 == len(ln) || ln[q+1] == ' ' || ln[q+1] == '\t') {
			k = q
		}
	default:
		k = mapColon(ln, pos)
	}
	if k < 0 {
		return pos
	}
	if m := mergeKey(ln, pos, k); m > pos && !(p.start+k+1 == len(p.data)) {
		// go-yaml takes "<<" before ": " as a merge key wherever it is,
		// dropping the text before it: its key starts at the "<<".
		pos = m
	} else if keyAt >= 0 {
		pos = keyAt
	}
	switch lo, hi := p.delimLo, p.delimHi; {
	case k == pos && p.cont:
		// ": v" under a key written on the line before: go-yaml's key
		// starts there.
		p.blockKey(p.plainStart, 0)
	case k == pos:
		// ": v" with no key on its line: go-yaml's key is the node before
		// (a block scalar, a flow collection), whose column may be any;
		// a block scalar after it then has no lines the pre-scan is sure
		// of, so all of them are read as structure.
		p.blockKey(col(pos), 0)
		p.delimLo, p.delimHi = lo, max(hi, p.lim.MaxLine)
	case p.cont:
		// go-yaml's key is the whole scalar, from where it started; the
		// start may be on this line or before.
		c := col(pos)
		p.blockKey(c, k-pos)
		if p.plainStart > c {
			// Its mapping may then be at the scalar's column: later keys
			// there are counted with this one.
			t := p.top()
			p.block = append(p.block, level{indent: p.plainStart, path: t.path, keys: 1, lastKey: t.lastKey})
			p.depth(pos)
		}
		p.delimLo, p.delimHi = min(c, p.plainStart), max(c, p.plainStart)
	default:
		p.blockKey(col(pos), k-pos)
	}
	if p.cont {
		// The key began on a line before: its column may be as far right
		// as that text's end (more columns: fewer lines read as text).
		p.delimHi = max(p.delimHi, p.plainEnd)
	}
	if k == pos {
		// ": v" with the key on a line before: go-yaml may nest it.
		p.inlineKey(pos)
	}
	p.cont = false // go-yaml reads a new token after ": "
	if textKey {
		return rest
	}
	return k + 1
}

// mergeKeys counts every merge key ("<<: ") on a line, whatever the line
// is: go-yaml reads one wherever it is, even in text the pre-scan reads as
// quoted or block text. Each counts as a key of text begun anywhere
// (prescan_shape.go) and one more level on its line.
func (p *prescanner) mergeKeys(ln []byte) {
	for i := 0; p.err == nil; i++ {
		j := bytes.Index(ln[i:], []byte("<<"))
		if j < 0 {
			return
		}
		if i += j; mergeAt(ln, i) {
			p.shapeKey(0, 0, i, true)
			p.inlineKey(i)
		}
	}
}

// mergeAt reports whether go-yaml reads a merge key ("<<" before ": ")
// at offset i of ln: it does wherever one is, even inside a name or text.
func mergeAt(ln []byte, i int) bool {
	if i+2 > len(ln) || ln[i] != '<' || ln[i+1] != '<' || i+2 < len(ln) && ln[i+2] == '<' {
		return false
	}
	j := i + 2
	for j < len(ln) && ln[j] == ' ' {
		j++
	}
	return j < len(ln) && ln[j] == ':' && (j+1 == len(ln) || ln[j+1] == ' ')
}

// mergeKey returns the offset of a "<<" that ends the key text ln[pos:k]
// (but for spaces), or -1.
func mergeKey(ln []byte, pos, k int) int {
	e := k
	for e > pos && ln[e-1] == ' ' {
		e--
	}
	if e-2 >= pos && ln[e-1] == '<' && ln[e-2] == '<' {
		return e - 2
	}
	return -1
}

// entryEnd reports whether a '-' or '?' before offset i of ln is an
// indicator: go-yaml's scanner takes it as one before a space, a tab, the
// line's end or a NUL (which it reads as the end of the text).
func entryEnd(ln []byte, i int) bool {
	return i >= len(ln) || ln[i] == ' ' || ln[i] == '\t' || ln[i] == 0
}

// commentAt reports whether a '#' at offset i of ln starts a comment:
// at the line's start or after a space or tab.
func commentAt(ln []byte, i int) bool {
	return ln[i] == '#' && (i == 0 || ln[i-1] == ' ' || ln[i-1] == '\t')
}

// mapColon returns the offset of the first ": " (or ':' at the end of the
// line) in ln from pos, before a comment, or -1.
func mapColon(ln []byte, pos int) int {
	for i := pos; i < len(ln); i++ {
		switch ln[i] {
		case ':':
			if i+1 == len(ln) || ln[i+1] == ' ' || ln[i+1] == '\t' {
				return i
			}
		case '#':
			if i > 0 && (ln[i-1] == ' ' || ln[i-1] == '\t') {
				return -1
			}
		}
	}
	return -1
}

// blockEntry counts a sequence entry ('-') at column col.
func (p *prescanner) blockEntry(col int) {
	for len(p.block) > 0 && p.top().indent > col {
		p.block = p.block[:len(p.block)-1]
	}
	p.setDelim(col)
	if t := p.top(); t != nil && t.indent == col && t.seq {
		return
	}
	p.block = append(p.block, level{indent: col, seq: true, path: childPath(p.top())})
	p.depth(col)
}

// blockKey counts a key of keyLen bytes at column col of a block mapping.
func (p *prescanner) blockKey(col, keyLen int) {
	for len(p.block) > 0 && (p.top().indent > col || (p.top().indent == col && p.top().seq)) {
		// A key at a sequence's column ends it: "a:\n- x\nb: y".
		p.block = p.block[:len(p.block)-1]
	}
	if t := p.top(); t == nil || t.indent != col {
		p.block = append(p.block, level{indent: col, path: childPath(t)})
		p.depth(col)
	}
	p.key(p.top(), col, keyLen)
	if p.top().phantom {
		// go-yaml may read the key into a mapping below at its column
		// instead (the node before took nothing from this line).
		for i := len(p.block) - 2; i >= 0 && p.block[i].indent >= col; i-- {
			if l := &p.block[i]; l.indent == col && !l.seq {
				p.key(l, col, keyLen)
				break
			}
		}
	}
	p.setDelim(col)
}

// key counts a key of keyLen bytes at offset off in collection l.
func (p *prescanner) key(l *level, off, keyLen int) {
	l.keys++
	l.lastKey = keyLen
	p.st.Keys++
	if l.seq {
		l.entryKeys++ // a mapping in the entry: [a: 1]
		p.st.MaxKeys = max(p.st.MaxKeys, l.entryKeys)
	} else {
		p.st.MaxKeys = max(p.st.MaxKeys, l.keys)
	}
	if path := l.path + keyLen + 3; path > p.st.MaxPath {
		p.st.MaxPath = path
		if path > p.lim.MaxPath {
			p.fail(off, "this key is nested too deep or too long: its path from the top of the file is %d characters; the limit is %d", path, p.lim.MaxPath)
		}
	}
	switch {
	case l.keys > p.lim.MaxMappingKeys && !l.seq, l.entryKeys > p.lim.MaxMappingKeys:
		p.fail(off, "this mapping has more than %d keys; the limit is %d", p.lim.MaxMappingKeys, p.lim.MaxMappingKeys)
	case p.st.Keys > p.lim.MaxKeys:
		p.fail(off, "the file has more than %d keys; the limit is %d", p.lim.MaxKeys, p.lim.MaxKeys)
	}
}

// quoteEnd returns the offset of the quote q closing a scalar that starts
// at from, on this line, or -1.
func quoteEnd(ln []byte, from int, q byte) int {
	for i := from; i < len(ln); i++ {
		switch {
		case q == '"' && ln[i] == '\\':
			i++
		case ln[i] == q:
			if q == '\'' && i+1 < len(ln) && ln[i+1] == '\'' {
				i++
				continue
			}
			return i
		}
	}
	return -1
}

// quoteTabs counts the characters go-yaml v1.19.2 steps past a
// double-quoted scalar's closing quote for its part seg (one line of it):
// one for each tab followed by more text on the line and not by the
// closing quote. leading says seg starts a line of the scalar (its leading
// blanks are skipped apart); closing, that the closing quote ends seg.
// Other scalars count none.
func quoteTabs(seg []byte, q byte, leading, closing bool) int {
	if q != '"' {
		return 0
	}
	i := 0
	if leading {
		for i < len(seg) && (seg[i] == ' ' || seg[i] == '\t') {
			i++
		}
	}
	n := 0
	for ; i < len(seg); i++ {
		switch seg[i] {
		case '\\':
			i++
		case '\t':
			if i+1 < len(seg) && (closing || len(bytes.Trim(seg[i+1:], " \t")) > 0) {
				n++
			}
		}
	}
	return n
}

// endQuote continues an open quoted scalar on a new line.
func (p *prescanner) endQuote(ln []byte, from int) int {
	return quoteEnd(ln, from, p.quote)
}

// scanRest reads the rest of a line from pos. atToken says whether a token
// may start at pos (after an indicator, not inside plain text); plain, that
// the line goes on with a plain scalar of the line before.
func (p *prescanner) scanRest(ln []byte, pos int, atToken, plain bool) {
	p.plainOpen = false
	plainStart := p.plainStart
	defer func() {
		// A plain scalar still open at the end of the line may go on.
		if plain && len(p.flow) == 0 && p.quote == 0 && !p.blockScalar {
			p.plainOpen = true
			p.plainStart = plainStart
			p.plainEnd = utf8.RuneCount(ln)
		}
		// In a flow collection, text goes on to the next line.
		p.flowText = len(p.flow) > 0 && !atToken && p.quote == 0
	}()
	last := pos // where the last token started, to measure a flow key
	// Text right after a closing quote ('a'b) is a token of its own to
	// go-yaml, which a space ends: "? &'a'b []" opens a flow.
	quoteClosed, quoteText := -2, false
	for i := pos; i < len(ln) && p.err == nil; i++ {
		c := ln[i]
		if c == ' ' || c == '\t' {
			if quoteText {
				atToken, plain, quoteText = true, false, false
			}
			continue
		}
		if commentAt(ln, i) || c == '#' && atToken && !plain {
			// go-yaml also starts a comment at a '#' where it holds no
			// text: right after a bracket, a comma or a closing quote
			// ("{#[" then "0,0}" is a mapping of two keys).
			plain, atToken = false, true
			return
		}
		inFlow := len(p.flow) > 0
		if plain && !inFlow {
			// Plain text: only ": " makes go-yaml cut a token here (and
			// then read a new one after it).
			if c == ':' && (i+1 == len(ln) || ln[i+1] == ' ' || ln[i+1] == '\t') {
				p.inlineKey(i)
				plain, atToken, p.cont = false, true, false
				p.setDelim(p.runeCol(ln, last))
			}
			continue
		}
		switch c {
		case '[', '{':
			if atToken || inFlow {
				p.openFlow(i)
				atToken = true
				continue
			}
		case ']', '}':
			if inFlow && (c == ']') != p.flow[len(p.flow)-1].seq {
				// go-yaml closes no flow collection with the other
				// bracket ("[}" stays open, "{a]'}" is one key): it is
				// text in it.
				break
			}
			if inFlow {
				p.endEntry(i, last)
				if !p.flow[len(p.flow)-1].seq {
					p.flowMaps--
				}
				p.flow = p.flow[:len(p.flow)-1]
				atToken = true // go-yaml cuts a token after it
				continue
			}
			if c == ']' && atToken {
				continue
			}
		case ',':
			if inFlow {
				p.endEntry(i, last)
				atToken = true
				continue
			}
		case ':':
			// In a flow mapping go-yaml takes any ':' as a key's (a:1);
			// elsewhere only one before a space or the line's end.
			spaced := i+1 == len(ln) || ln[i+1] == ' ' || ln[i+1] == '\t'
			if inFlow && (spaced || p.flowMaps > 0) {
				l := &p.flow[len(p.flow)-1]
				switch {
				case l.seq && !l.entryColon:
					p.flowPairs++
					p.depth(i)
				case l.entryColon:
					// A second ':' in one entry ({a: *b : []}): go-yaml
					// nests a mapping in the entry's value.
					p.flowPairs++
					l.nested++
					p.depth(i)
				}
				l.entryColon = true
				p.key(l, i, i-last)
				p.setDelim(p.runeCol(ln, last))
				atToken = true
				continue
			}
			if spaced {
				p.inlineKey(i)
				atToken, p.cont = true, false
				p.setDelim(p.runeCol(ln, last))
				continue
			}
		case '-', '?':
			if atToken && entryEnd(ln, i+1) {
				// An entry or key after another token on the line
				// ("k: !t - x"): go-yaml may nest a collection here.
				if inFlow {
					p.flow[len(p.flow)-1].entryTok = true // {?, 0} has two keys
				}
				p.inlineKey(i)
				lo := p.delimLo
				p.setDelim(p.runeCol(ln, i))
				if p.cont {
					// go-yaml may read it as more of the text before
					// ("! 0" then "*?" is one scalar), keeping its column.
					p.delimLo = min(lo, p.delimLo)
				}
				if inFlow && c == '?' && skipBlanks(ln, i+1) == len(ln) {
					// go-yaml may read the next line's quote as text
					// ("{?" then "\",0}" has two keys): read it on as text.
					atToken = false
				}
				continue
			}
		case '"', '\'':
			if atToken && !p.cont {
				last = i
				if inFlow {
					p.flow[len(p.flow)-1].entryTok = true
				}
				j := quoteEnd(ln, i+1, c)
				if j < 0 {
					p.quote = c
					p.quoteSkip = quoteTabs(ln[i+1:], c, false, false)
					p.quoteLen = len(ln) - i
					p.quoteStart = [2]int{p.line, p.start + i}
					p.checkScalar(p.quoteLen, p.quoteStart)
					return
				}
				p.quoteStart = [2]int{p.line, p.start + i}
				p.checkScalar(j-i, p.quoteStart)
				end := j + quoteTabs(ln[i+1:j], c, false, true)
				if end > len(ln)-1 {
					// go-yaml may step past the line's end (quoteTabs):
					// the next line need not start the structure.
					p.shape.carry = true
				}
				i = min(end, len(ln)-1)
				atToken = true // go-yaml cuts a token at a closing quote
				quoteClosed = i
				continue
			}
		case '@', '`':
			if atToken {
				continue
			}
		case '&', '!', '*', '%':
			// (A '%' makes a directive only on a line not indented, not
			// inside a flow collection ("{%'}" has the key "%'") and not
			// on a line that may go on with text: "* 0" then "%?" is one
			// alias name.)
			if atToken && (c != '%' || !inFlow && !p.cont && ln[0] != ' ' && ln[0] != '\t') {
				if c == '*' {
					p.alias(i)
				}
				start := i
				if inFlow {
					p.flow[len(p.flow)-1].entryTok = true // {*a} has a key
				}
				for i+1 < len(ln) && !nameEnd(c, ln[i+1], inFlow) && !mergeAt(ln, i+1) && !(c != '!' && i == start && (nameStop(ln, i+1) || quotedName(ln, i))) {
					i++
					if flowIndicator(ln[i]) {
						p.badName(i)
						return
					}
				}
				if c == '&' || c == '!' || i == start {
					// (An alias with no name takes the next token for one.)
					p.propertyEnds(ln, i+1)
				}
				atToken = true // go-yaml cuts a token after it
				if c != '!' && i == start && i+1 < len(ln) && ln[i+1] == '#' {
					// go-yaml reads a '#' right after a '&' or '*' as a
					// comment ("*#" then "\" #\":" is one alias key).
					return
				}
				if j := skipBlanks(ln, i+1); c == '*' && i == start && !inFlow && j > i+1 && j < len(ln) && ln[j] != '#' && !quotedName(ln, i) {
					// go-yaml may read the name after the blanks on as
					// plain text, over lines ("* ?", "0", "\": 0\":" is
					// one alias and two keys): read what follows as such
					// text. (A name on the next line, or quoted, is read
					// as it is written.)
					plain = true
				}
				continue
			}
		case '|', '>':
			if atToken && !inFlow && !p.cont && blockHeader(ln[i+1:]) {
				p.blockScalar = true
				// go-yaml compares with its last key's column; below 0 it
				// keeps no state, and every line left of 1 counts here.
				p.blockOwner = max(p.delimHi, 0)
				p.blockIndent = -1
				if d := headerIndent(ln[i+1:]); d > 0 {
					// An explicit indentation: go-yaml takes its lines
					// from that column on.
					p.blockIndent = max(p.delimHi, 0) + d
				}
				p.blockLen = 0
				p.blockStart = [2]int{p.line, p.start + i}
				return
			}
		}
		// Text: a scalar starts here.
		if i == quoteClosed+1 && !plain {
			quoteText = true
		}
		if inFlow {
			p.flow[len(p.flow)-1].entryTok = true
		}
		if atToken {
			last = i
		}
		atToken = false
		if !inFlow {
			if !plain {
				plainStart = p.runeCol(ln, i)
				if p.lineProp >= 0 {
					// An anchor or tag before it on the line: go-yaml's
					// node starts there.
					plainStart = min(plainStart, p.lineProp)
				}
			}
			plain = true
		}
	}
}

// flushFlows ends the entries of the flow collections still open at the
// end of a document, as the pre-scan reads it: go-yaml may have closed
// them where the pre-scan did not ("{a ---[" then "}" is one key).
func (p *prescanner) flushFlows() {
	for n := len(p.flow); n > 0 && p.err == nil; n-- {
		l := &p.flow[n-1]
		if !l.seq && l.entryTok && !l.entryColon {
			p.key(l, 0, 0)
		}
	}
}

// endEntry ends the entry of the innermost flow collection at a ',' or a
// closing bracket at offset i: in a flow mapping an entry without ':' is a
// key all the same ({a, b}).
func (p *prescanner) endEntry(i, last int) {
	l := &p.flow[len(p.flow)-1]
	if !l.seq && l.entryTok && !l.entryColon {
		p.key(l, i, i-last)
	}
	if l.seq && l.entryColon {
		p.flowPairs--
	}
	p.flowPairs -= l.nested
	l.entryTok, l.entryColon, l.nested, l.entryKeys = false, false, 0, 0
}

// nameStop reports whether go-yaml reads ln[i], right after '&' or '*',
// as an indicator of its own rather than the name's first character (the
// buffer is still empty there): "&\"\"" is an anchor on a quoted scalar.
// A '%' is one only on a line not indented, a '-' or '?' only before a
// space (entryEnd).
func nameStop(ln []byte, i int) bool {
	switch ln[i] {
	case '%':
		return ln[0] != ' ' && ln[0] != '\t'
	case '-', '?':
		return entryEnd(ln, i+1)
	}
	return strings.IndexByte("'\"#|>!&*@`", ln[i]) >= 0
}

// quotedName reports whether the alias or anchor at offset i of ln is
// named by a quoted scalar: a quote after the '*' or '&' and any blanks
// ("*\"a\"", "* 'a'", "*\t\"a\""), which go-yaml reads as a quote even
// where it hides a ": ".
func quotedName(ln []byte, i int) bool {
	j := skipBlanks(ln, i+1)
	return j < len(ln) && (ln[j] == '"' || ln[j] == '\'')
}

// nameEnd reports whether c ends the name that indicator ind ('&', '*',
// '!', '%') starts: a space (not a tab: go-yaml reads "!a\tb" as one tag)
// or, inside a flow collection, a flow indicator but after a '!' (outside
// one, go-yaml reads "*a,b" as one name, and a '[' after it opens a
// flow). A tag's name goes on over flow indicators: go-yaml reads
// "[!] 0: 0]" as the tag "!]", so a tag with a flow indicator is refused
// (scenario files have no tags anyway).
func nameEnd(ind, c byte, inFlow bool) bool {
	return c == ' ' || inFlow && ind != '!' && flowIndicator(c)
}

// flowIndicator reports whether c is one of YAML's flow indicators, which
// no anchor, alias, tag or directive name may contain.
func flowIndicator(c byte) bool {
	return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
}

// badName refuses a name (&name, *name, !tag, %directive) with a flow
// indicator in it, at offset i. YAML forbids them there, and go-yaml would
// open a flow collection the pre-scan cannot follow ("k: %[0,0 0,0 …" made
// go-yaml cut tokens without bound), so such a file is refused before
// go-yaml reads it.
func (p *prescanner) badName(i int) {
	p.fail(i, "an anchor, alias, tag or directive name cannot contain %q (YAML's flow indicators , [ ] { } end or are forbidden in names)", string(p.data[p.start+i]))
}

// setDelim records the column of go-yaml's last key, '-' or '?'.
func (p *prescanner) setDelim(col int) { p.delimLo, p.delimHi = col, col }

// runeCol returns the column (0-based, in characters, as go-yaml counts
// them) of byte i of the line; i never goes back within a line.
func (p *prescanner) runeCol(ln []byte, i int) int {
	if i < p.runeByte {
		return utf8.RuneCount(ln[:i])
	}
	p.runeCount += utf8.RuneCount(ln[p.runeByte:i])
	p.runeByte = i
	return p.runeCount
}

// alias counts an alias (*name) at offset i.
func (p *prescanner) alias(i int) {
	p.st.Aliases++
	if p.st.Aliases > p.lim.MaxAliases {
		p.fail(i, "the file has more than %d aliases (*name); the limit is %d", p.lim.MaxAliases, p.lim.MaxAliases)
	}
}

// openFlow counts a '[' or '{' at offset i.
func (p *prescanner) openFlow(i int) {
	var parent *level
	if len(p.flow) > 0 {
		parent = &p.flow[len(p.flow)-1]
	} else {
		parent = p.top()
	}
	seq := p.data[p.start+i] == '['
	if !seq {
		p.flowMaps++
	}
	p.flow = append(p.flow, level{seq: seq, path: childPath(parent)})
	p.depth(i)
}

// blockHeader reports whether what follows a '|' or '>' makes it a block
// scalar header: at most an indentation digit (1-9) and a chomping sign in
// either order, then the end of the line, or spaces and maybe a comment.
func blockHeader(rest []byte) bool {
	digit, sign := false, false
	for i, c := range rest {
		switch {
		case c >= '1' && c <= '9' && !digit:
			digit = true
		case (c == '+' || c == '-') && !sign:
			sign = true
		case c == ' ' || c == '\t':
			rest = bytes.TrimLeft(rest[i:], " \t")
			return len(rest) == 0 || rest[0] == '#'
		default:
			return false
		}
	}
	return true
}

// headerIndent returns the indentation digit of a block scalar header, or
// 0 if it has none.
func headerIndent(rest []byte) int {
	for _, c := range rest {
		switch {
		case c >= '1' && c <= '9':
			return int(c - '0')
		case c != '+' && c != '-':
			return 0
		}
	}
	return 0
}

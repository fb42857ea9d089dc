package scenario

import (
	"bytes"

	"github.com/goccy/go-yaml/token"
	"go.yaml.in/yaml/v3"
)

// scalar reports whether n is a scalar written plainly: on one line (see
// span) or as a simple block scalar (see block). The caller checks the tag
// yaml.v3 resolved it to and its value.
func (w *quickWalk) scalar(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && w.scalarAt(n, w.at(n))
}

// scalarAt is scalar for a node whose source line, from its position, is
// rest.
func (w *quickWalk) scalarAt(n *yaml.Node, rest []byte) bool {
	if len(rest) == 0 {
		return false
	}
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		return w.block(n, rest)
	}
	return span(n, rest) >= 0
}

// span returns how many bytes at the start of rest the one-line scalar n
// takes, or -1 if it is not written plainly there: as plain text (that
// go-yaml does not read as a number when it is text), in single quotes, or
// in double quotes with no escape but \", \\ and \n.
func span(n *yaml.Node, rest []byte) int {
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		return doubleQuoted(rest, n.Value)
	case n.Style&yaml.SingleQuotedStyle != 0:
		return singleQuoted(rest, n.Value)
	case n.Style&^yaml.FlowStyle != 0:
		return -1
	case n.Value != "" && len(rest) >= len(n.Value) && string(rest[:len(n.Value)]) == n.Value &&
		(n.Tag != "!!str" || !goccyNumber(n.Value)):
		return len(n.Value)
	}
	return -1
}

// goccyNumber reports whether go-yaml reads a plain scalar as a number.
// It reads more text as numbers than YAML 1.2 and yaml.v3 do (".0_", "+-1",
// "0_1"), and decoded into a string such a number becomes its value ("0",
// "1", "1"), not the text. Only text starting with a digit, a sign or a '.'
// can be such a number (token.ToNumber parses what is left after one sign
// and every '_' with strconv), so other text skips the parse.
func goccyNumber(v string) bool {
	if c := v[0]; (c < '0' || c > '9') && c != '+' && c != '-' && c != '.' {
		return false
	}
	return token.ToNumber(v) != nil
}

// singleQuoted returns the length of value in single quotes (a quote
// inside it written twice) at the start of rest, or -1 if it is not there.
func singleQuoted(rest []byte, value string) int {
	if len(rest) == 0 || rest[0] != '\'' {
		return -1
	}
	j := 0 // bytes of value matched
	for i := 1; i < len(rest); i++ {
		c := rest[i]
		if c == '\'' {
			if i+1 >= len(rest) || rest[i+1] != '\'' {
				if j != len(value) {
					return -1
				}
				return i + 1
			}
			i++
		}
		if j >= len(value) || value[j] != c {
			return -1
		}
		j++
	}
	return -1 // no closing quote on this line
}

// doubleQuoted returns the length of value in double quotes, escaping
// nothing but '"', '\\' and a line break (\n), at the start of rest, or -1
// if it is not there.
func doubleQuoted(rest []byte, value string) int {
	if len(rest) == 0 || rest[0] != '"' {
		return -1
	}
	j := 0 // bytes of value matched
	for i := 1; i < len(rest); i++ {
		c := rest[i]
		switch c {
		case '"':
			if j != len(value) {
				return -1
			}
			return i + 1
		case '\\':
			if i+1 >= len(rest) {
				return -1
			}
			i++
			switch c = rest[i]; c {
			case '"', '\\':
			case 'n':
				c = '\n'
			default:
				return -1
			}
		}
		if j >= len(value) || value[j] != c {
			return -1
		}
		j++
	}
	return -1 // no closing quote on this line
}

// block reports whether a literal (|) or folded (>) block scalar, whose
// header is rest, is written in the simplest form and yaml.v3 read it as
// YAML says: a header of "|", "|-", ">" or ">-" (no indentation indicator,
// no keep chomping) with at most a comment after it, then content lines all
// at one indentation, without trailing spaces, with no blank line before the
// first one, and only empty lines between them. Its value is then rebuilt
// from the source and must be the one yaml.v3 gives.
func (w *quickWalk) block(n *yaml.Node, rest []byte) bool {
	folded := rest[0] == '>'
	strip := len(rest) > 1 && rest[1] == '-'
	header := rest[1:]
	if strip {
		header = header[1:]
	}
	if after := bytes.TrimLeft(header, " "); len(after) > 0 && (after[0] != '#' || len(after) == len(header)) {
		return false
	}
	var content [][]byte // content lines without indentation; nil for an empty line
	indent := -1
	for l := n.Line; l < len(w.lines); l++ {
		line := w.lines[l]
		if l == len(w.lines)-1 && len(line) > 0 {
			return false // the file ends inside the scalar, without a line break
		}
		if len(line) == 0 {
			if indent < 0 {
				return false // a blank line before the first content line
			}
			content = append(content, nil)
			continue
		}
		sp := len(line) - len(bytes.TrimLeft(line, " "))
		switch {
		case sp == len(line) || line[len(line)-1] == ' ':
			return false // a line of spaces, or trailing spaces
		case indent < 0:
			if sp < 1 {
				return false
			}
			indent = sp
		case sp < indent:
			l = len(w.lines) // the scalar ends
			continue
		case sp > indent:
			return false // a more-indented line
		}
		content = append(content, line[indent:])
	}
	for len(content) > 0 && content[len(content)-1] == nil {
		content = content[:len(content)-1]
	}
	if len(content) == 0 {
		return false
	}
	// Match the value yaml.v3 gives against the lines, piece by piece.
	v := n.Value
	take := func(piece []byte) bool {
		if len(v) < len(piece) || v[:len(piece)] != string(piece) {
			return false
		}
		v = v[len(piece):]
		return true
	}
	space, newline := []byte{' '}, []byte{'\n'}
	if !take(content[0]) {
		return false
	}
	breaks := 0
	for _, c := range content[1:] {
		if c == nil {
			breaks++
			continue
		}
		sep := breaks
		switch {
		case !folded:
			sep = breaks + 1
		case breaks == 0:
			if !take(space) {
				return false
			}
		}
		for ; sep > 0; sep-- {
			if !take(newline) {
				return false
			}
		}
		breaks = 0
		if !take(c) {
			return false
		}
	}
	if !strip {
		return v == "\n"
	}
	return v == ""
}

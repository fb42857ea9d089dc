package scenario

import (
	"math"
	"reflect"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// checkScalar refuses a scalar the decoder would silently coerce into the
// field's type: a fraction into a whole number (6.5 → 6), quoted text into
// a number ('10' → 10), a number or true/false into text (12345 → "12345"),
// a negative number into an unsigned one, and a number too large for its
// field. An instructor who wrote any of these meant something else, or the
// file was not written by one; either way the game must not guess. Null
// (an empty value) is left to the validator, which treats it as omitted.
// It reports whether it refused the scalar.
func checkScalar(l *locator, file string, n ast.Node, t reflect.Type, subject string, path []step, out *Diagnostics, dropped *int) (refused bool) {
	if _, isAlias := n.(*ast.AliasNode); isAlias {
		return false
	}
	tk := n.GetToken()
	if tk == nil {
		return false
	}
	if _, isNull := n.(*ast.NullNode); isNull {
		return false
	}
	report := func(format string, args ...any) {
		refused = true
		if capped(out, dropped) {
			*out = append(*out, l.diagAt(file, n, path, format, args...))
		}
	}
	text := scalarText(n)
	quoted := tk.Type == token.SingleQuoteType || tk.Type == token.DoubleQuoteType
	switch t.Kind() {
	case reflect.String:
		switch n.(type) {
		case *ast.StringNode, *ast.LiteralNode:
			if !quoted && tk.Type == token.StringType && yaml11Bool(text) {
				report("%s: %s is read as true or false by some YAML tools; write it in quotes: \"%s\"", subject, text, text)
			}
		case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
			report("%s must be text, not %s; write it in quotes: \"%s\"", subject, scalarKind(n), text)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		unsigned := t.Kind() >= reflect.Uint
		switch v := n.(type) {
		case *ast.IntegerNode:
			switch x := v.Value.(type) {
			case int64:
				if unsigned && x < 0 {
					report("%s must not be negative (got %s)", subject, text)
				}
			case uint64:
				if !unsigned && x > math.MaxInt64 {
					report("%s: %s is too large for a whole number (the largest is %d)", subject, text, int64(math.MaxInt64))
				}
			}
		case *ast.StringNode:
			switch {
			case quoted:
				report("%s must be a whole number, not the text %s; remove the quotes", subject, strings.TrimSpace(tk.Origin))
			case isDigits(text):
				largest := "9223372036854775807"
				if unsigned {
					largest = "18446744073709551615"
				}
				if strings.HasPrefix(text, "-") && unsigned {
					report("%s must not be negative (got %s)", subject, text)
				} else {
					report("%s: %s is too large for a whole number (the largest is %s)", subject, text, largest)
				}
			default:
				report("%s must be a whole number, not %q", subject, text)
			}
		case *ast.FloatNode:
			report("%s must be a whole number, not %s", subject, text)
		case *ast.BoolNode, *ast.InfinityNode, *ast.NanNode, *ast.LiteralNode:
			report("%s must be a whole number, not %s", subject, scalarKind(n))
		}
	case reflect.Float32, reflect.Float64:
		// .nan and .inf are numbers to YAML; the range checks refuse them.
		switch n.(type) {
		case *ast.StringNode:
			if quoted {
				report("%s must be a number, not the text %s; remove the quotes", subject, strings.TrimSpace(tk.Origin))
			} else {
				report("%s must be a number, not %q", subject, text)
			}
		case *ast.BoolNode, *ast.LiteralNode:
			report("%s must be a number, not %s", subject, scalarKind(n))
		}
	case reflect.Bool:
		switch n.(type) {
		case *ast.BoolNode:
		case *ast.StringNode:
			if quoted {
				report("%s must be true or false, not the text %s; remove the quotes", subject, strings.TrimSpace(tk.Origin))
			} else {
				report("%s must be true or false, not %q", subject, text)
			}
		case *ast.IntegerNode, *ast.FloatNode, *ast.InfinityNode, *ast.NanNode, *ast.LiteralNode:
			report("%s must be true or false, not %s", subject, scalarKind(n))
		}
	}
	return refused
}

// scalarText is a scalar as written (without quotes for a quoted one).
func scalarText(n ast.Node) string {
	if tk := n.GetToken(); tk != nil {
		return tk.Value
	}
	return n.String()
}

// scalarKind names what a scalar node is, in an instructor's words, with
// the value as written.
func scalarKind(n ast.Node) string {
	text := scalarText(n)
	switch n.(type) {
	case *ast.IntegerNode, *ast.FloatNode, *ast.InfinityNode, *ast.NanNode:
		return "the number " + text
	case *ast.BoolNode:
		return text + " (true or false)"
	case *ast.LiteralNode:
		return "a block of text"
	}
	return text
}

// isDigits reports whether s is a whole number written in decimal, maybe
// signed: go-yaml leaves one too large for 64 bits as text.
func isDigits(s string) bool {
	s = strings.TrimLeft(s, "+-")
	if s == "" {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// yaml11Bool reports whether plain text is one of the words YAML 1.1 reads
// as true or false (yes, no, on, off, y, n): go-yaml reads them as text,
// but other tools (and people) do not.
func yaml11Bool(s string) bool {
	switch strings.ToLower(s) {
	case "y", "n", "yes", "no", "on", "off":
		return true
	}
	return false
}

package netplay

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// The JSON values the hand encoders (fastjson.go, viewjson.go,
// facilitatorjson.go) are made of, each written exactly as encoding/json
// writes the same Go value (the tests in viewjson_test.go and
// teamcache_test.go hold them, and the encoders, to json.Marshal byte for
// byte).

// appendField appends an omitempty string field.
func appendField(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendString(append(b, key...), s)
}

// appendString appends s as a JSON string byte for byte as json.Marshal
// writes it (encoding/json's appendString with HTML escaping): quotes,
// backslashes and control characters escaped, <, > and & as \u003c and
// so on, invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped. Ids go
// straight through the first loop; prose (item texts, injects) takes the
// slow path only at the characters that need it.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if plainByte[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default: // other control characters and <, >, &
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// plainByte says which bytes go into a JSON string as they are: the
// printable ASCII characters but the quote, the backslash and the three
// HTML ones (encoding/json's htmlSafeSet). A table, because prose (item
// texts, injects) is most of a View's bytes.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendStrings appends a list of strings (null for a nil list).
func appendStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendStringsField appends an omitempty list of strings.
func appendStringsField(b []byte, key string, ss []string) []byte {
	if len(ss) == 0 {
		return b
	}
	return appendStrings(append(b, key...), ss)
}

// appendInt appends key and an int.
func appendInt(b []byte, key string, n int) []byte {
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

// appendIntField appends an omitempty int field.
func appendIntField(b []byte, key string, n int) []byte {
	if n == 0 {
		return b
	}
	return appendInt(b, key, n)
}

// appendBool appends key and a bool.
func appendBool(b []byte, key string, v bool) []byte {
	return strconv.AppendBool(append(b, key...), v)
}

// appendBoolField appends an omitempty bool field.
func appendBoolField(b []byte, key string, v bool) []byte {
	if !v {
		return b
	}
	return append(append(b, key...), "true"...)
}

// appendBoolPtrField appends an omitempty *bool field.
func appendBoolPtrField(b []byte, key string, v *bool) []byte {
	if v == nil {
		return b
	}
	return appendBool(b, key, *v)
}

// appendInts appends a list of ints (null for a nil list).
func appendInts(b []byte, ns []int) []byte {
	if ns == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, n := range ns {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, ']')
}

// appendIntMap appends a map of ints with its keys sorted, as
// encoding/json does (null for a nil map).
func appendIntMap(b []byte, m map[string]int) []byte {
	if m == nil {
		return append(b, "null"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(m[k]), 10)
	}
	return append(b, '}')
}

// appendFloat appends a float64 as encoding/json does (ES6 style: 'f'
// notation, 'e' for very small or large magnitudes without a padded
// exponent). ok is false for NaN and infinities, which JSON cannot hold.
func appendFloat(b []byte, f float64) (_ []byte, ok bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' { // e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

package score

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// texts writes every string of one Result (loss texts and dimension bases)
// into a few large buffers, each string a slice of one: a strings.Builder
// only ever appends, so a string taken from it stays valid as it grows. The
// methods chain: t.begin().s("a").d(1).end() is fmt.Sprintf("a%d", 1) without
// an allocation of its own.
type texts struct {
	off     bool // write nothing: every string is "" (see Totals)
	b       strings.Builder
	start   int
	chunk   int    // size of the next buffer
	scratch []byte // number and quote formatting
}

// textRoom is the room a text is given: begin starts a new buffer when the
// current one has less left, rather than let a longer text copy it.
const textRoom = 256

// reserve sizes the buffers for about n bytes of text in all.
func (t *texts) reserve(n int) {
	if t.off {
		return
	}
	t.b.Grow(n)
	t.chunk = max(n/4, 4*textRoom)
}

// begin starts a string.
func (t *texts) begin() *texts {
	if t.off {
		return t
	}
	if t.b.Cap()-t.b.Len() < textRoom {
		t.b = strings.Builder{}
		t.b.Grow(max(t.chunk, 4*textRoom))
	}
	t.start = t.b.Len()
	return t
}

// end returns the string written since begin.
func (t *texts) end() string {
	if t.off {
		return ""
	}
	return t.b.String()[t.start:]
}

// s writes a string, as %s.
func (t *texts) s(x string) *texts {
	if t.off {
		return t
	}
	t.b.WriteString(x)
	return t
}

// d writes an integer, as %d.
func (t *texts) d(x int) *texts {
	if t.off {
		return t
	}
	t.scratch = strconv.AppendInt(t.scratch[:0], int64(x), 10)
	t.b.Write(t.scratch)
	return t
}

// q writes a double-quoted Go string literal, as %q.
func (t *texts) q(x string) *texts {
	if t.off {
		return t
	}
	if !plainASCII(x) {
		t.scratch = strconv.AppendQuote(t.scratch[:0], x)
		t.b.Write(t.scratch)
		return t
	}
	t.b.WriteByte('"')
	t.b.WriteString(x)
	t.b.WriteByte('"')
	return t
}

// plainASCII reports whether a string is printable ASCII with no quote or
// backslash: what strconv.Quote leaves as it is.
func plainASCII(x string) bool {
	for i := range len(x) {
		if c := x[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// f writes a float with prec decimals, as %.{prec}f.
func (t *texts) f(x float64, prec int) *texts {
	if t.off {
		return t
	}
	if math.IsInf(x, 0) || math.IsNaN(x) {
		// fmt drops the sign strconv gives +Inf.
		t.scratch = fmt.Appendf(t.scratch[:0], "%.*f", prec, x)
	} else {
		t.scratch = strconv.AppendFloat(t.scratch[:0], x, 'f', prec, 64)
	}
	t.b.Write(t.scratch)
	return t
}

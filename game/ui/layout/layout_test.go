package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fixed measures every rune as 10 pixels wide.
type fixed struct{}

func (fixed) Advance(s string) float64 { return 10 * float64(utf8.RuneCountInString(s)) }

func TestCutAndContains(t *testing.T) {
	r := R(0, 0, 1280, 720)
	top, rest := r.CutTop(44, 8)
	if top != R(0, 0, 1280, 44) || rest != R(0, 52, 1280, 668) {
		t.Fatalf("CutTop: %v %v", top, rest)
	}
	left, mid := rest.CutLeft(380, 8)
	mid, right := mid.CutRight(380, 8)
	if left.W != 380 || right.X != 900 || mid.X != 388 || mid.Right() != 892 {
		t.Fatalf("columns: %v %v %v", left, mid, right)
	}
	if !left.Contains(0, 52) || left.Contains(380, 52) || left.Contains(10, 720) {
		t.Fatal("Contains edges")
	}
	if got := R(0, 0, 10, 10).Inset(6); got.W != 0 || got.H != 0 {
		t.Fatalf("over-inset should collapse, got %v", got)
	}
	if c := R(0, 0, 100, 100).Centered(40, 20); c != R(30, 40, 40, 20) {
		t.Fatalf("Centered %v", c)
	}
}

func TestColumnsRowsHit(t *testing.T) {
	var buf []Rect
	cols := R(0, 0, 310, 100).Columns(buf, 5, 1, 2, 3)
	if len(cols) != 3 || cols[0].W != 50 || cols[2].Right() != 310 {
		t.Fatalf("Columns %v", cols)
	}
	if Hit(cols, 52, 10) != -1 || Hit(cols, 56, 10) != 1 || Hit(cols, 309, 99) != 2 {
		t.Fatal("Hit on columns")
	}
	rows := R(0, 0, 100, 100).Rows(nil, 0, 1, 1)
	if rows[1] != R(0, 50, 100, 50) {
		t.Fatalf("Rows %v", rows)
	}
}

func TestScale(t *testing.T) {
	for _, c := range []struct {
		w, h int
		want float64
	}{{1280, 720, 1}, {1920, 1080, 1.5}, {2560, 720, 1}, {640, 360, 0.75}} {
		if got := Scale(c.w, c.h, 1); got != c.want {
			t.Errorf("Scale(%d,%d)=%v want %v", c.w, c.h, got, c.want)
		}
	}
	if Scale(1280, 720, 1.25) != 1.25 {
		t.Error("zoom")
	}
}

func TestListHitSelectScroll(t *testing.T) {
	var l List
	l.Selected = -1
	l.SetSize(R(10, 100, 200, 100), 30, 10, 10) // rows every 40 px, 4 rows per view
	if l.HitRow(20, 100) != 0 || l.HitRow(20, 135) != -1 || l.HitRow(20, 140) != 1 || l.HitRow(5, 110) != -1 {
		t.Fatal("HitRow")
	}
	l.Move(1)
	if l.Selected != 0 || l.Scroll.Offset != 0 {
		t.Fatal("Move from none")
	}
	l.Select(6) // row 6 spans 240..270; view is 100 high
	if l.Scroll.Offset != 170 {
		t.Fatalf("scroll to show row 6: offset %v", l.Scroll.Offset)
	}
	if l.HitRow(20, 100+240-170) != 6 {
		t.Fatal("HitRow after scroll")
	}
	first, end := l.Visible()
	if first != 4 || end != 7 {
		t.Fatalf("Visible %d..%d", first, end)
	}
	l.Select(99)
	if l.Selected != 9 || l.Scroll.Offset != l.Scroll.Max() {
		t.Fatal("Select clamps")
	}
	l.Scroll.By(-1e9)
	if l.Scroll.Offset != 0 {
		t.Fatal("By clamps")
	}
	l.SetSize(l.Frame, 30, 10, 2)
	if l.Selected != 1 || l.Scroll.Scrollable() {
		t.Fatal("shrinking the list keeps the selection valid")
	}
	th := (&Scroll{Offset: 50, Content: 200, View: 100}).Thumb(R(0, 0, 8, 100))
	if th.H != 50 || th.Y != 25 {
		t.Fatalf("Thumb %v", th)
	}
}

func TestWrap(t *testing.T) {
	lines := Wrap(nil, fixed{}, "the quick brown fox jumps", 100) // 10 chars per line
	want := []string{"the quick", "brown fox", "jumps"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Fatalf("Wrap = %q", lines)
	}
	lines = Wrap(nil, fixed{}, "abcdefghijklmnopqrstuvwxyz", 100)
	if len(lines) != 3 || lines[0] != "abcdefghij" {
		t.Fatalf("long word: %q", lines)
	}
	lines = Wrap(nil, fixed{}, "a\n\nb", 100)
	if len(lines) != 3 || lines[1] != "" {
		t.Fatalf("newlines: %q", lines)
	}
	lines = Wrap(nil, fixed{}, "ééééééééééééé", 50)
	for _, l := range lines {
		if !utf8.ValidString(l) {
			t.Fatalf("split a rune: %q", lines)
		}
	}
	if got := Ellipsize(fixed{}, "Valmora Coastal Intelligence", 100); got != "Valmora C…" {
		t.Fatalf("Ellipsize = %q", got)
	}
}

func TestStarOffsetLerp(t *testing.T) {
	hub, sats := Star(nil, R(0, 0, 200, 100), 4, 10, 10)
	if hub != (Point{100, 50}) || len(sats) != 4 {
		t.Fatalf("Star %v %v", hub, sats)
	}
	if d := sats[0]; d.X < 99.9 || d.X > 100.1 || d.Y < 9.9 || d.Y > 10.1 {
		t.Fatalf("first satellite at the top: %v", d)
	}
	if d := sats[1]; d.X < 189.9 || d.Y < 49.9 || d.Y > 50.1 {
		t.Fatalf("second satellite at the right: %v", d)
	}
	_, one := Star(nil, R(0, 0, 200, 100), 1, 10, 10)
	if one[0].X < 189 {
		t.Fatalf("a lone satellite sits right: %v", one)
	}
	a, b := Offset(Point{0, 0}, Point{10, 0}, 3)
	if a != (Point{0, 3}) || b != (Point{10, 3}) {
		t.Fatalf("Offset %v %v", a, b)
	}
	if m := Lerp(Point{0, 0}, Point{10, 20}, 0.5); m != (Point{5, 10}) {
		t.Fatalf("Lerp %v", m)
	}
	if !InCircle(Point{3, 4}, Point{0, 0}, 5) || InCircle(Point{4, 4}, Point{0, 0}, 5) {
		t.Fatal("InCircle")
	}
}

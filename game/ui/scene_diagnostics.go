package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/scenario"
	"liaison/game/ui/catalog"
	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// diagnosticsScene shows why a scenario file cannot be played: every
// finding of the validator as file:line:col, the message, and the offending
// source line with a caret under the column, in a scrollable panel.
type diagnosticsScene struct {
	entry  *catalog.Entry
	back   Scene
	blocks []diagBlock
	title  string
	scroll layout.Scroll
	backB  widget.Button
	reload widget.Button
	// layout
	size   [3]float64
	frame  layout.Rect
	head   layout.Rect
	footer layout.Rect
	tops   []float64 // content y of each block
	clip   draw.Clipper
}

// diagBlock is one finding, prepared for drawing.
type diagBlock struct {
	severity string // "ERROR" or "WARNING"
	where    string // file:line:col
	message  string
	source   string // "  12 | rounds: many" with tabs expanded
	caret    string // spaces up to the caret column, in the same gutter
	warning  bool
}

func newDiagnosticsScene(e *catalog.Entry, back Scene) *diagnosticsScene {
	s := &diagnosticsScene{entry: e, back: back}
	s.backB = widget.Button{Label: "Back to menu", Hint: "Esc"}
	s.reload = widget.Button{Label: "Reload file", Hint: "Enter", Icon: "undo", Primary: true,
		Reason: "Read the file again after fixing it."}
	s.build()
	return s
}

func (s *diagnosticsScene) build() {
	e := s.entry
	s.blocks = s.blocks[:0]
	if e.ReadErr != "" {
		s.blocks = append(s.blocks, diagBlock{severity: "ERROR", where: e.Name, message: e.ReadErr})
	}
	diags := e.Diags.Sorted()
	nErr := len(diags.Errors())
	for _, d := range diags {
		s.blocks = append(s.blocks, blockOf(d))
	}
	switch {
	case e.ReadErr != "":
		s.title = "This file cannot be read"
	case nErr == 1:
		s.title = "1 error in " + e.Name
	default:
		s.title = fmt.Sprintf("%d errors in %s", nErr, e.Name)
	}
	if w := len(diags.Warnings()); w > 0 {
		s.title += fmt.Sprintf(" (and %d warnings)", w)
	}
	s.size = [3]float64{}
}

// blockOf prepares a diagnostic for display.
func blockOf(d scenario.Diagnostic) diagBlock {
	b := diagBlock{severity: "ERROR", where: fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Col), message: d.Message}
	if d.Severity == scenario.SevWarning {
		b.severity, b.warning = "WARNING", true
	}
	if d.Source != "" {
		gutter := fmt.Sprintf("%5d | ", d.Line)
		src, col := expandTabs(d.Source, d.Col)
		b.source = gutter + src
		b.caret = strings.Repeat(" ", len(gutter)-2) + "| " + strings.Repeat(" ", max(0, col-1)) + "^"
	}
	return b
}

// expandTabs replaces tabs with spaces (tab stops of 4) and maps a 1-based
// rune column to its column in the expanded text.
func expandTabs(src string, col int) (string, int) {
	var b strings.Builder
	out := col
	n := 0
	for i, r := range []rune(src) {
		if i == col-1 {
			out = n + 1
		}
		if r == '\t' {
			w := 4 - n%4
			b.WriteString(strings.Repeat(" ", w))
			n += w
			continue
		}
		b.WriteRune(r)
		n++
	}
	if col-1 >= utf8.RuneCountInString(src) {
		out = n + (col - utf8.RuneCountInString(src))
	}
	return b.String(), out
}

// Name implements Scene.
func (s *diagnosticsScene) Name() string { return "diagnostics" }

// Help implements Scene.
func (s *diagnosticsScene) Help() []Shortcut {
	return []Shortcut{
		{"Up / Down, wheel", "scroll"},
		{"PgUp / PgDn, Home / End", "scroll by a page, to the ends"},
		{"Enter", "read the file again"},
		{"Esc", "back to the menu"},
	}
}

func (s *diagnosticsScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	var scr layout.Rect
	s.head, scr, s.footer = pageFrame(ctx, ctx.LineH(fHeading)+ctx.LineH(fBody)+ctx.S(8), 14)
	s.frame = scr.Inset(ctx.S(14))
	s.frame.W -= ctx.S(8)
	s.tops = s.tops[:0]
	y := 0.0
	for i := range s.blocks {
		s.tops = append(s.tops, y)
		y += s.blockH(ctx, &s.blocks[i]) + ctx.S(16)
	}
	s.scroll.View, s.scroll.Content = s.frame.H, y
	s.scroll.Clamp()
	s.backB.Rect = layout.R(s.footer.X, s.footer.Y, ctx.S(200), s.footer.H)
	s.reload.Rect = layout.R(s.footer.Right()-ctx.S(200), s.footer.Y, ctx.S(200), s.footer.H)
}

func (s *diagnosticsScene) blockH(ctx *Context, b *diagBlock) float64 {
	h := ctx.LineH(fBodyBold) + ctx.S(4) + ctx.ParaH(fBody, b.message, s.frame.W)
	if b.source != "" {
		h += ctx.S(6) + 2*ctx.LineH(fMono)
	}
	return h
}

// Update implements Scene.
func (s *diagnosticsScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	line := ctx.LineH(fBody) * 2
	switch {
	case in.Pressed(input.KeyDown):
		s.scroll.By(line)
	case in.Pressed(input.KeyUp):
		s.scroll.By(-line)
	case in.Pressed(input.KeyPageDown) || in.Pressed(input.KeySpace):
		s.scroll.By(s.scroll.View * 0.9)
	case in.Pressed(input.KeyPageUp):
		s.scroll.By(-s.scroll.View * 0.9)
	case in.Pressed(input.KeyHome):
		s.scroll.Offset = 0
	case in.Pressed(input.KeyEnd):
		s.scroll.Offset = s.scroll.Max()
	}
	if in.WheelY != 0 {
		s.scroll.By(-in.WheelY * ctx.S(40))
	}
	if s.backB.Update(ctx.Context) || in.Pressed(input.KeyEscape) {
		return s.back
	}
	s.reload.Disabled = s.entry.Embedded
	if (s.reload.Update(ctx.Context) || in.Pressed(input.KeyEnter)) && !s.entry.Embedded {
		*s.entry = catalog.File(s.entry.Name)
		ctx.app.catalog.Update(*s.entry)
		if s.entry.OK() {
			return newSeatsScene(ctx.app, s.entry, s.back)
		}
		s.build()
	}
	return nil
}

// Draw implements Scene.
func (s *diagnosticsScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	sub := pageHeading(dst, ctx, s.head, "unconfirmed", colWarn, s.title)
	ctx.Text(dst, fBody, "Fix these in the file, then reload it. Each finding shows file:line:column and the line it is on.",
		s.head.X, sub, colTextDim)
	ctx.Paint.RoundBorder(dst, s.frame.Inset(-ctx.S(14)).Intersect(ctx.Screen()), ctx.S(mRadius), 1, colPanel, colBorder)
	clip := s.clip.Of(dst, s.frame)
	for i := range s.blocks {
		y := s.frame.Y + s.tops[i] - s.scroll.Offset
		if y > s.frame.Bottom() {
			break
		}
		if i+1 < len(s.tops) && s.frame.Y+s.tops[i+1]-s.scroll.Offset < s.frame.Y {
			continue
		}
		s.drawBlock(clip, ctx, &s.blocks[i], y)
	}
	widget.Scrollbar(dst, ctx.Context, layout.R(s.frame.X, s.frame.Y, s.frame.W+ctx.S(10), s.frame.H), &s.scroll)
	s.backB.Draw(dst, ctx.Context)
	if !s.entry.Embedded {
		s.reload.Draw(dst, ctx.Context)
	}
}

func (s *diagnosticsScene) drawBlock(dst *ebiten.Image, ctx *Context, b *diagBlock, y float64) {
	x := s.frame.X
	col := colBad
	if b.warning {
		col = colWarn
	}
	badge := layout.R(x, y, ctx.TextW(fSmallBold, b.severity)+ctx.S(12), ctx.LineH(fBodyBold))
	ctx.Paint.Round(dst, badge, ctx.S(3), col)
	ctx.TextMid(dst, fSmallBold, b.severity, badge, colBlack, alignCenter)
	ctx.Text(dst, fBodyBold, b.where, badge.Right()+ctx.S(8), y, colText)
	y += ctx.LineH(fBodyBold) + ctx.S(4)
	y = ctx.Para(dst, fBody, b.message, x, y, s.frame.W, s.frame.Bottom()+ctx.LineH(fBody), colText)
	if b.source != "" {
		y += ctx.S(6)
		ctx.Paint.Fill(dst, layout.R(x, y, s.frame.W, 2*ctx.LineH(fMono)), colBG)
		ctx.Text(dst, fMono, b.source, x+ctx.S(4), y, colTextDim)
		ctx.Text(dst, fMono, b.caret, x+ctx.S(4), y+ctx.LineH(fMono), col)
	}
}

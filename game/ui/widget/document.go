package widget

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// Para is one paragraph of a document: wrapped text in one style,
// optionally led by an icon or a colour swatch.
type Para struct {
	Role    draw.Role
	Text    string
	Col     color.RGBA
	Indent  float64 // design pixels
	Gap     float64 // design pixels before the paragraph
	Icon    string
	Swatch  string // #rrggbb
	OneLine bool   // ellipsize to one line instead of wrapping
	Tip     string // tooltip when the paragraph is hovered (jargon explained)
}

// row is one wrapped line, positioned in content coordinates.
type row struct {
	role   draw.Role
	text   string
	col    color.RGBA
	x, y   float64
	icon   string
	swatch string
	tip    string
	h      float64 // line height
}

// Doc is a scrollable read-only document (briefings, reports, lists). Its
// layout is computed once per size and its rows are drawn from the cache.
type Doc struct {
	paras  []Para
	rows   []row
	frame  layout.Rect
	scroll layout.Scroll
	key    [4]float64 // frame width, scale, paragraph count, generation
	gen    int
	clip   draw.Clipper
}

// Reset empties the document.
func (d *Doc) Reset() {
	d.paras = d.paras[:0]
	d.gen++
}

// Add appends a paragraph.
func (d *Doc) Add(p Para) { d.paras = append(d.paras, p); d.gen++ }

// Text appends a body paragraph.
func (d *Doc) Text(s string, col color.RGBA) { d.Add(Para{Role: draw.Body, Text: s, Col: col}) }

// Heading appends a section heading.
func (d *Doc) Heading(s string) { d.Add(Para{Role: draw.Heading, Text: s, Col: draw.ColText, Gap: 14}) }

// Layout wraps the paragraphs to the frame.
func (d *Doc) Layout(ctx *draw.Context, frame layout.Rect) {
	k := [4]float64{frame.W, ctx.Scale, float64(len(d.paras)), float64(d.gen)}
	d.frame = frame
	if k == d.key {
		d.scroll.View = frame.H
		d.scroll.Clamp()
		return
	}
	d.key = k
	d.rows = d.rows[:0]
	y := 0.0
	for i, p := range d.paras {
		if i > 0 {
			y += ctx.S(p.Gap)
		}
		x := ctx.S(p.Indent)
		lead := 0.0
		if p.Icon != "" || p.Swatch != "" {
			lead = ctx.LineH(p.Role)*0.8 + ctx.S(8)
		}
		lh := ctx.LineH(p.Role)
		width := frame.W - x - lead - ctx.S(10)
		if p.OneLine {
			d.rows = append(d.rows, row{role: p.Role, text: ctx.Fit(p.Role, p.Text, width), col: p.Col, x: x + lead, y: y, icon: p.Icon, swatch: p.Swatch, tip: p.Tip, h: lh})
			y += lh
			continue
		}
		for j, l := range ctx.Wrap(p.Role, p.Text, width) {
			r := row{role: p.Role, text: l, col: p.Col, x: x + lead, y: y, tip: p.Tip, h: lh}
			if j == 0 {
				r.icon, r.swatch = p.Icon, p.Swatch
			}
			d.rows = append(d.rows, r)
			y += lh
		}
		if len(p.Text) == 0 {
			y += lh
		}
	}
	d.scroll.View, d.scroll.Content = frame.H, y
	d.scroll.Clamp()
}

// Update scrolls with the wheel over the frame, and with keys when focused.
func (d *Doc) Update(ctx *draw.Context, keys bool) {
	in := ctx.In
	if ctx.Hover(d.frame) && in.WheelY != 0 {
		d.scroll.By(-in.WheelY * ctx.S(40))
	}
	if ctx.Hover(d.frame) {
		y := in.Y - d.frame.Y + d.scroll.Offset
		for i := range d.rows {
			r := &d.rows[i]
			if r.tip != "" && y >= r.y && y < r.y+r.h {
				ctx.Tip(r.tip, layout.R(d.frame.X, d.frame.Y+r.y-d.scroll.Offset, d.frame.W, r.h))
				break
			}
		}
	}
	if !keys {
		return
	}
	switch {
	case in.Pressed(input.KeyDown):
		d.scroll.By(ctx.S(40))
	case in.Pressed(input.KeyUp):
		d.scroll.By(-ctx.S(40))
	case in.Pressed(input.KeyPageDown):
		d.scroll.By(d.frame.H * 0.9)
	case in.Pressed(input.KeyPageUp):
		d.scroll.By(-d.frame.H * 0.9)
	}
}

// Draw renders the visible rows.
func (d *Doc) Draw(dst *ebiten.Image, ctx *draw.Context) {
	clip := d.clip.Of(dst, d.frame)
	for i := range d.rows {
		r := &d.rows[i]
		y := d.frame.Y + r.y - d.scroll.Offset
		lh := ctx.LineH(r.role)
		if y+lh < d.frame.Y {
			continue
		}
		if y > d.frame.Bottom() {
			break
		}
		x := d.frame.X + r.x
		if r.icon != "" {
			s := lh * 0.8
			ctx.Icon(clip, r.icon, layout.R(x-s-ctx.S(8), y+lh*0.1, s, s), r.col)
		}
		if r.swatch != "" {
			s := lh * 0.6
			ctx.Paint.Swatch(clip, layout.R(x-s-ctx.S(10), y+lh*0.2, s, s), r.swatch)
		}
		ctx.Text(clip, r.role, r.text, x, y, r.col)
	}
	Scrollbar(dst, ctx, d.frame, &d.scroll)
}

// Paras returns the document's paragraphs (tests read what it says).
func (d *Doc) Paras() []Para { return d.paras }

// ScrollOffset returns how far the document is scrolled down, in pixels.
func (d *Doc) ScrollOffset() float64 { return d.scroll.Offset }

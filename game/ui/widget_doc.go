package ui

import (
	"image/color"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// docPara is one paragraph of a document: wrapped text in one style,
// optionally led by an icon or a colour swatch.
type docPara struct {
	role    fontRole
	text    string
	col     color.RGBA
	indent  float64 // design pixels
	gap     float64 // design pixels before the paragraph
	icon    string
	swatch  string // #rrggbb
	oneLine bool   // ellipsize to one line instead of wrapping
	tip     string // tooltip when the paragraph is hovered (jargon explained)
}

// docRow is one wrapped line, positioned in content coordinates.
type docRow struct {
	role   fontRole
	text   string
	col    color.RGBA
	x, y   float64
	icon   string
	swatch string
	tip    string
	h      float64 // line height
}

// doc is a scrollable read-only document (briefings, reports, lists). Its
// layout is computed once per size and its rows are drawn from the cache.
type doc struct {
	paras  []docPara
	rows   []docRow
	frame  layout.Rect
	scroll layout.Scroll
	key    [4]float64 // frame width, scale, paragraph count, generation
	gen    int
	clip   clipper
}

// reset empties the document.
func (d *doc) reset() {
	d.paras = d.paras[:0]
	d.gen++
}

// add appends a paragraph.
func (d *doc) add(p docPara) { d.paras = append(d.paras, p); d.gen++ }

// text appends a body paragraph.
func (d *doc) text(s string, col color.RGBA) { d.add(docPara{role: fBody, text: s, col: col}) }

// heading appends a section heading.
func (d *doc) heading(s string) { d.add(docPara{role: fHeading, text: s, col: colText, gap: 14}) }

// layout wraps the paragraphs to the frame.
func (d *doc) layout(ctx *Context, frame layout.Rect) {
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
			y += ctx.S(p.gap)
		}
		x := ctx.S(p.indent)
		lead := 0.0
		if p.icon != "" || p.swatch != "" {
			lead = ctx.LineH(p.role)*0.8 + ctx.S(8)
		}
		lh := ctx.LineH(p.role)
		width := frame.W - x - lead - ctx.S(10)
		if p.oneLine {
			d.rows = append(d.rows, docRow{role: p.role, text: ctx.Fit(p.role, p.text, width), col: p.col, x: x + lead, y: y, icon: p.icon, swatch: p.swatch, tip: p.tip, h: lh})
			y += lh
			continue
		}
		for j, l := range ctx.Wrap(p.role, p.text, width) {
			r := docRow{role: p.role, text: l, col: p.col, x: x + lead, y: y, tip: p.tip, h: lh}
			if j == 0 {
				r.icon, r.swatch = p.icon, p.swatch
			}
			d.rows = append(d.rows, r)
			y += lh
		}
		if len(p.text) == 0 {
			y += lh
		}
	}
	d.scroll.View, d.scroll.Content = frame.H, y
	d.scroll.Clamp()
}

// update scrolls with the wheel over the frame, and with keys when focused.
func (d *doc) update(ctx *Context, keys bool) {
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

// draw renders the visible rows.
func (d *doc) draw(dst *ebiten.Image, ctx *Context) {
	clip := d.clip.of(dst, d.frame)
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
			ctx.paint.round(clip, layout.R(x-s-ctx.S(10), y+lh*0.2, s, s), s/4, teamColour(r.swatch))
		}
		ctx.Text(clip, r.role, r.text, x, y, r.col)
	}
	scrollbar(dst, ctx, d.frame, &d.scroll)
}

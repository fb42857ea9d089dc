package widget

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/layout"
)

// Button is a clickable labelled rectangle with an optional icon and
// shortcut hint. A disabled button explains itself in a tooltip.
type Button struct {
	Rect     layout.Rect
	Label    string
	Hint     string // shortcut shown at the right, e.g. "Enter"
	Icon     string
	Disabled bool
	Reason   string // tooltip: why it is disabled, or what it does
	Primary  bool
	Selected bool // keyboard focus
	Hover    bool // the pointer is over it (Update sets it; a list may set it itself)
}

// labelW is the width left for the label beside the icon and hint.
func (b *Button) labelW(ctx *draw.Context) float64 {
	w := b.Rect.W - 2*ctx.S(10)
	if b.Icon != "" {
		w -= min(b.Rect.H-ctx.S(8), ctx.S(20)) + ctx.S(8)
	}
	if b.Hint != "" {
		w -= ctx.TextW(draw.Small, b.Hint) + ctx.S(8)
	}
	return w
}

// Tooltip is the button's tooltip: its reason, preceded by the full label when
// the label does not fit.
func (b *Button) Tooltip(ctx *draw.Context) string {
	cut := ctx.TextW(draw.BodyBold, b.Label) > b.labelW(ctx)
	switch {
	case cut && b.Reason != "":
		return b.Label + "\n" + b.Reason
	case cut:
		return b.Label
	}
	return b.Reason
}

// NaturalW is the width the button needs to show label, icon and hint whole.
func (b *Button) NaturalW(ctx *draw.Context, label string) float64 {
	w := 2*ctx.S(10) + ctx.TextW(draw.BodyBold, label) + ctx.S(2)
	if b.Icon != "" {
		w += ctx.S(20) + ctx.S(8)
	}
	if b.Hint != "" {
		w += ctx.TextW(draw.Small, b.Hint) + ctx.S(8)
	}
	return w
}

// Update tracks hover, shows the tooltip and reports a click on an enabled button.
func (b *Button) Update(ctx *draw.Context) bool {
	b.Hover = ctx.Hover(b.Rect)
	if tip := b.Tooltip(ctx); b.Hover && tip != "" {
		ctx.Tip(tip, b.Rect)
	}
	if b.Rect.Contains(ctx.In.X, ctx.In.Y) && ctx.In.Click {
		ctx.In.ConsumeClick()
		return !b.Disabled
	}
	return false
}

// Draw renders the button.
func (b *Button) Draw(dst *ebiten.Image, ctx *draw.Context) {
	bg, fg := draw.ColPanelHi, draw.ColText
	switch {
	case b.Disabled:
		bg, fg = draw.ColDisabled, draw.ColTextFaint
	case b.Primary && b.Hover:
		bg = draw.ColButtonHi
	case b.Primary:
		bg = draw.ColButton
	case b.Hover:
		bg = draw.ColPanelSel
	}
	border := draw.ColBorder
	if b.Selected || (b.Hover && !b.Disabled) {
		border = draw.ColBorderHi
	}
	ctx.Paint.RoundBorder(dst, b.Rect, ctx.S(draw.Radius), max(1, ctx.S(1.5)), bg, border)
	r := b.Rect.InsetXY(ctx.S(10), 0)
	if b.Icon != "" {
		is := min(r.H-ctx.S(8), ctx.S(20))
		ctx.Icon(dst, b.Icon, layout.R(r.X, r.CenterY()-is/2, is, is), fg)
		r.X += is + ctx.S(8)
		r.W -= is + ctx.S(8)
	}
	if b.Hint != "" {
		hw := ctx.TextW(draw.Small, b.Hint)
		ctx.TextMid(dst, draw.Small, b.Hint, r, draw.ColTextDim, draw.AlignRight)
		r.W -= hw + ctx.S(8)
	}
	ctx.TextMid(dst, draw.BodyBold, ctx.Fit(draw.BodyBold, b.Label, r.W), r, fg, draw.AlignLeft)
}

package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// button is a clickable labelled rectangle with an optional icon and
// shortcut hint. A disabled button explains itself in a tooltip.
type button struct {
	Rect     layout.Rect
	Label    string
	Hint     string // shortcut shown at the right, e.g. "Enter"
	Icon     string
	Disabled bool
	Reason   string // tooltip: why it is disabled, or what it does
	Primary  bool
	Selected bool // keyboard focus
	hover    bool
}

// labelW is the width left for the label beside the icon and hint.
func (b *button) labelW(ctx *Context) float64 {
	w := b.Rect.W - 2*ctx.S(10)
	if b.Icon != "" {
		w -= min(b.Rect.H-ctx.S(8), ctx.S(20)) + ctx.S(8)
	}
	if b.Hint != "" {
		w -= ctx.TextW(fSmall, b.Hint) + ctx.S(8)
	}
	return w
}

// tip is the button's tooltip: its reason, preceded by the full label when
// the label does not fit.
func (b *button) tip(ctx *Context) string {
	cut := ctx.TextW(fBodyBold, b.Label) > b.labelW(ctx)
	switch {
	case cut && b.Reason != "":
		return b.Label + "\n" + b.Reason
	case cut:
		return b.Label
	}
	return b.Reason
}

// naturalW is the width the button needs to show label, icon and hint whole.
func (b *button) naturalW(ctx *Context, label string) float64 {
	w := 2*ctx.S(10) + ctx.TextW(fBodyBold, label) + ctx.S(2)
	if b.Icon != "" {
		w += ctx.S(20) + ctx.S(8)
	}
	if b.Hint != "" {
		w += ctx.TextW(fSmall, b.Hint) + ctx.S(8)
	}
	return w
}

// update tracks hover, shows the tooltip and reports a click on an enabled button.
func (b *button) update(ctx *Context) bool {
	b.hover = ctx.Hover(b.Rect)
	if tip := b.tip(ctx); b.hover && tip != "" {
		ctx.Tip(tip, b.Rect)
	}
	if b.Rect.Contains(ctx.In.X, ctx.In.Y) && ctx.In.Click {
		ctx.In.ConsumeClick()
		return !b.Disabled
	}
	return false
}

// draw renders the button.
func (b *button) draw(dst *ebiten.Image, ctx *Context) {
	bg, fg := colPanelHi, colText
	switch {
	case b.Disabled:
		bg, fg = colDisabled, colTextFaint
	case b.Primary && b.hover:
		bg = colButtonHi
	case b.Primary:
		bg = colButton
	case b.hover:
		bg = colPanelSel
	}
	border := colBorder
	if b.Selected || (b.hover && !b.Disabled) {
		border = colBorderHi
	}
	ctx.paint.roundBorder(dst, b.Rect, ctx.S(mRadius), max(1, ctx.S(1.5)), bg, border)
	r := b.Rect.InsetXY(ctx.S(10), 0)
	if b.Icon != "" {
		is := min(r.H-ctx.S(8), ctx.S(20))
		ctx.Icon(dst, b.Icon, layout.R(r.X, r.CenterY()-is/2, is, is), fg)
		r.X += is + ctx.S(8)
		r.W -= is + ctx.S(8)
	}
	if b.Hint != "" {
		hw := ctx.TextW(fSmall, b.Hint)
		ctx.TextMid(dst, fSmall, b.Hint, r, colTextDim, alignRight)
		r.W -= hw + ctx.S(8)
	}
	ctx.TextMid(dst, fBodyBold, ctx.Fit(fBodyBold, b.Label, r.W), r, fg, alignLeft)
}

package widget

import (
	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// UpdateList plays this tick's pointer and keys on a list people pick one
// row of (the title's scenarios, the saves to load): the row under the
// pointer is hovered, the wheel over the list scrolls it, Down (or Tab) and
// Up move the selection, Home and End go to the ends, and a click selects
// the row under it (consumed). A click on the row already selected opens
// it: UpdateList then reports true, as Enter would.
func UpdateList(ctx *draw.Context, l *layout.List) (open bool) {
	in := ctx.In
	l.Hover = l.HitRow(in.X, in.Y)
	if ctx.Hover(l.Frame) && in.WheelY != 0 {
		l.Scroll.By(-in.WheelY * ctx.S(40))
	}
	switch {
	case in.Pressed(input.KeyDown) || in.Pressed(input.KeyTab):
		l.Move(1)
	case in.Pressed(input.KeyUp):
		l.Move(-1)
	case in.Pressed(input.KeyHome):
		l.Select(0)
	case in.Pressed(input.KeyEnd):
		l.Select(l.N - 1)
	}
	if in.Click && l.Hover >= 0 {
		in.ConsumeClick()
		if l.Hover == l.Selected {
			return true
		}
		l.Select(l.Hover)
	}
	return false
}

package widget

import (
	"image/color"
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/draw"
	"liaison/game/ui/layout"
)

// NoticeTicks is how long a notice stays up (8 s at 60 ticks a second).
const NoticeTicks = 480

// Notice is a short message over whatever scene is showing (a save written,
// an autosave that failed). It never blocks input and goes away by itself.
type Notice struct {
	text  string
	col   color.RGBA
	until uint64 // tick it disappears at
}

// Show puts text up from tick now for a few seconds.
func (n *Notice) Show(text string, col color.RGBA, now uint64) {
	*n = Notice{text: text, col: col, until: now + NoticeTicks}
}

// Text returns the notice showing, "" when none.
func (n *Notice) Text() string { return n.text }

// Expire removes the notice once its time is up; it reports whether it
// did (the screen must then be redrawn).
func (n *Notice) Expire(ctx *draw.Context) bool {
	if n.text != "" && ctx.Tick >= n.until {
		n.text = ""
		return true
	}
	return false
}

// noticeLines is the most lines a notice shows.
const noticeLines = 3

// rect is where the notice goes: centred at the bottom, each paragraph of
// the text ("\n" separates them) wrapped, up to noticeLines lines.
func (n *Notice) rect(ctx *draw.Context) (layout.Rect, []string) {
	maxW := ctx.W * 0.85
	var lines []string
	for _, p := range strings.Split(n.text, "\n") {
		for _, l := range ctx.Wrap(draw.Body, p, maxW-ctx.S(28)) {
			lines = append(lines, ctx.Fit(draw.Body, l, maxW-ctx.S(28)))
		}
	}
	if len(lines) > noticeLines {
		lines = lines[:noticeLines]
		lines[noticeLines-1] = ctx.Fit(draw.Body, lines[noticeLines-1]+"…", maxW-ctx.S(28))
	}
	w := ctx.S(28)
	for _, l := range lines {
		w = max(w, ctx.TextW(draw.Body, l)+ctx.S(28))
	}
	h := float64(len(lines))*ctx.LineH(draw.Body) + ctx.S(14)
	return layout.R(ctx.W/2-w/2, ctx.H-h-ctx.S(72), w, h), lines
}

// Draw paints the notice, if any.
func (n *Notice) Draw(dst *ebiten.Image, ctx *draw.Context) {
	if n.text == "" {
		return
	}
	r, lines := n.rect(ctx)
	ctx.Paint.RoundBorder(dst, r, ctx.S(6), 1.5, draw.ColBlack, n.col)
	y := r.Y + ctx.S(7)
	for _, l := range lines {
		ctx.TextAl(dst, draw.Body, l, r.CenterX(), y, n.col, draw.AlignCenter)
		y += ctx.LineH(draw.Body)
	}
}

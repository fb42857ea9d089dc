package ui

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
)

// noticeTicks is how long a notice stays up (8 s at 60 ticks a second).
const noticeTicks = 480

// notice is a short message over whatever scene is showing (a save written,
// an autosave that failed). It never blocks input and fades out by itself.
type notice struct {
	text  string
	col   colourRGBA
	until uint64 // tick it disappears at
}

// notify shows a notice for a few seconds.
func (a *App) notify(text string, col colourRGBA) {
	a.notice = notice{text: text, col: col, until: a.ctx.Tick + noticeTicks}
	a.ctx.dirty = true
}

// Notice returns the notice showing, "" when none (tests).
func (a *App) Notice() string { return a.notice.text }

// expire removes the notice once its time is up.
func (n *notice) expire(ctx *Context) {
	if n.text != "" && ctx.Tick >= n.until {
		n.text = ""
		ctx.Invalidate()
	}
}

// noticeLines is the most lines a notice shows.
const noticeLines = 3

// rect is where the notice goes: centred at the bottom, each paragraph of
// the text ("\n" separates them) wrapped, up to noticeLines lines.
func (n *notice) rect(ctx *Context) (layout.Rect, []string) {
	maxW := ctx.W * 0.85
	var lines []string
	for _, p := range strings.Split(n.text, "\n") {
		for _, l := range ctx.Wrap(fBody, p, maxW-ctx.S(28)) {
			lines = append(lines, ctx.Fit(fBody, l, maxW-ctx.S(28)))
		}
	}
	if len(lines) > noticeLines {
		lines = lines[:noticeLines]
		lines[noticeLines-1] = ctx.Fit(fBody, lines[noticeLines-1]+"…", maxW-ctx.S(28))
	}
	w := ctx.S(28)
	for _, l := range lines {
		w = max(w, ctx.TextW(fBody, l)+ctx.S(28))
	}
	h := float64(len(lines))*ctx.LineH(fBody) + ctx.S(14)
	return layout.R(ctx.W/2-w/2, ctx.H-h-ctx.S(72), w, h), lines
}

// draw paints the notice, if any.
func (n *notice) draw(dst *ebiten.Image, ctx *Context) {
	if n.text == "" {
		return
	}
	r, lines := n.rect(ctx)
	ctx.paint.roundBorder(dst, r, ctx.S(6), 1.5, colBlack, n.col)
	y := r.Y + ctx.S(7)
	for _, l := range lines {
		ctx.TextAl(dst, fBody, l, r.CenterX(), y, n.col, alignCenter)
		y += ctx.LineH(fBody)
	}
}

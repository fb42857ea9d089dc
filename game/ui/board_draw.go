package ui

import (
	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// Draw implements Scene.
func (s *boardScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	s.banner.Draw(dst, ctx.Context, s.top)
	s.drawInbox(dst, ctx)
	s.drawMap(dst, ctx)
	s.drawDetail(dst, ctx)
	s.drawThreats(dst, ctx)
	s.drawRows(dst, ctx)
	s.drawQueue(dst, ctx)
	s.drawLog(dst, ctx)
	s.parts = 0 // everything is fresh
	if s.toast != "" {
		// Along the bottom of the map, clear of every panel's title.
		w := min(ctx.TextW(fBody, s.toast)+ctx.S(28), s.mapR.W-ctx.S(16))
		h := ctx.LineH(fBody) + ctx.S(12)
		y := s.mapR.Bottom() - h - ctx.S(8)
		if s.legendBelow {
			y -= 2*ctx.LineH(fSmall) + ctx.S(4)
		}
		r := layout.R(s.mapR.CenterX()-w/2, y, w, h)
		ctx.Paint.RoundBorder(dst, r, ctx.S(6), 1.5, colBlack, s.toastCol)
		ctx.TextMid(dst, fBody, ctx.Fit(fBody, s.toast, w-ctx.S(20)), r, s.toastCol, alignCenter)
	}
	if s.modal != nil {
		s.modal.Draw(dst, ctx.Context)
	}
}

// focusBorder marks the panel that has keyboard focus.
func (s *boardScene) focusBorder(dst *ebiten.Image, ctx *Context, r layout.Rect, f boardFocus) {
	if s.focus == f {
		ctx.Paint.Stroke(dst, r, max(1, ctx.S(1.5)), colBorderHi)
	}
}

// rowBox draws a list row's background: hovered, selected or plain.
func rowBox(dst *ebiten.Image, ctx *Context, r layout.Rect, hover, selected bool) {
	bg, border := colPanelHi, colBorder
	if hover {
		bg = colPanelSel
	}
	if selected {
		bg, border = colPanelSel, colBorderHi
	}
	ctx.Paint.RoundBorder(dst, r, ctx.S(5), max(1, ctx.S(1.2)), bg, border)
}

func (s *boardScene) drawInbox(dst *ebiten.Image, ctx *Context) {
	widget.Panel(dst, ctx.Context, s.inboxR, "Inbox", "inbox")
	ctx.TextAl(dst, fSmall, s.inboxCount(), s.inboxR.Right()-ctx.S(12), s.inboxR.Y+ctx.S(14), colTextDim, alignRight)
	s.focusBorder(dst, ctx, s.inboxR, focusInbox)
	clip := s.clips[0].Of(dst, s.inbox.Frame)
	first, end := s.inbox.Visible()
	for i := first; i < end; i++ {
		s.drawCard(clip, ctx, i)
	}
	widget.Scrollbar(dst, ctx.Context, s.inbox.Frame, &s.inbox.Scroll)
	if len(s.cards) == 0 {
		ctx.Text(dst, fBody, "Nothing held yet.", s.inbox.Frame.X, s.inbox.Frame.Y, colTextDim)
	}
}

func (s *boardScene) inboxCount() string {
	if n := len(s.cards); n < len(countLabels) {
		return countLabels[n]
	}
	return "many cards"
}

// countLabels are preformatted card counts, so drawing never formats.
var countLabels = func() []string {
	out := make([]string, 400)
	for i := range out {
		out[i] = itoa(i) + " cards"
	}
	out[1] = "1 card"
	return out
}()

func (s *boardScene) drawCard(dst *ebiten.Image, ctx *Context, i int) {
	c := &s.cards[i]
	r := s.inbox.Row(i)
	rowBox(dst, ctx, r, i == s.inbox.Hover, i == s.inbox.Selected)
	in := r.InsetXY(ctx.S(10), ctx.S(7))
	lh, sh := ctx.LineH(fBodyBold), ctx.LineH(fSmall)
	// TLP label: coloured text on black, as TLP 2.0 prints it.
	tw := ctx.TextW(fSmallBold, c.tlp) + ctx.S(10)
	tr := layout.R(in.X, in.Y+(lh-sh)/2-ctx.S(1), tw, sh+ctx.S(2))
	ctx.Paint.Round(dst, tr, ctx.S(3), colBlack)
	ctx.TextMid(dst, fSmallBold, c.tlp, tr, c.tlpCol, alignCenter)
	aw := ctx.TextW(fSmallBold, c.adm) + ctx.S(10)
	ar := layout.R(in.Right()-aw, tr.Y, aw, tr.H)
	ctx.Paint.RoundBorder(dst, ar, ctx.S(3), 1, colPanel, colBorder)
	ctx.TextMid(dst, fSmallBold, c.adm, ar, colText, alignCenter)
	ctx.Text(dst, fBodyBold, ctx.Fit(fBodyBold, c.title, ar.X-tr.Right()-ctx.S(14)), tr.Right()+ctx.S(7), in.Y, colText)
	y := in.Y + lh + ctx.S(1)
	ctx.Text(dst, fSmall, ctx.Fit(fSmall, c.meta, in.W), in.X, y, colTextDim)
	y += sh
	fcol, fx := colText, in.X
	if c.garbled {
		fcol = colWarn
		ctx.Icon(dst, "garbled", layout.R(in.X, y, sh, sh), colWarn)
		fx += sh + ctx.S(4)
	}
	ctx.Text(dst, fSmall, ctx.Fit(fSmall, c.facets, in.Right()-fx), fx, y, fcol)
	y += sh
	right := in.Right()
	if c.mark != "" {
		mw := ctx.TextW(fSmallBold, c.mark)
		ctx.TextAl(dst, fSmallBold, c.mark, right, y, c.markCol, alignRight)
		ctx.Icon(dst, c.markIcon, layout.R(right-mw-sh-ctx.S(4), y, sh, sh), c.markCol)
		right -= mw + sh + ctx.S(10)
	}
	// One icon per kind of order queued about the card (share, verify …).
	for _, k := range c.queuedKinds {
		ctx.Icon(dst, string(k), layout.R(right-sh, y, sh, sh), colAccent)
		right -= sh + ctx.S(4)
	}
	if c.isNew {
		nw := ctx.TextW(fSmallBold, "NEW")
		ctx.Text(dst, fSmallBold, "NEW", in.X, y, colAccent)
		in.X += nw + ctx.S(6)
	}
	ctx.Text(dst, fSmall, ctx.Fit(fSmall, c.from, right-in.X), in.X, y, colTextFaint)
}

func (s *boardScene) drawDetail(dst *ebiten.Image, ctx *Context) {
	widget.Panel(dst, ctx.Context, s.detailR, "", "")
	s.focusBorder(dst, ctx, s.detailR, focusActions)
	s.detail.Draw(dst, ctx.Context)
	clip := s.clips[1].Of(dst, s.actionL.Frame)
	first, end := s.actionL.Visible()
	for i := first; i < end; i++ {
		b := &s.actionBtn[i]
		b.Rect = s.actionL.Row(i)
		b.Draw(clip, ctx.Context)
	}
	widget.Scrollbar(dst, ctx.Context, s.actionL.Frame, &s.actionL.Scroll)
}

func (s *boardScene) drawThreats(dst *ebiten.Image, ctx *Context) {
	widget.Panel(dst, ctx.Context, s.threatR, "Threats", "threat")
	s.focusBorder(dst, ctx, s.threatR, focusThreats)
	if len(s.threats) == 0 {
		ctx.Para(dst, fSmall, "No threat known yet: facets on your cards reveal them.", s.threatL.Frame.X, s.threatL.Frame.Y, s.threatL.Frame.W, s.threatL.Frame.Bottom(), colTextDim)
		return
	}
	clip := s.clips[2].Of(dst, s.threatL.Frame)
	first, end := s.threatL.Visible()
	sh := ctx.LineH(fSmall)
	for i := first; i < end; i++ {
		t := &s.threats[i]
		r := s.threatL.Row(i)
		rowBox(clip, ctx, r, i == s.threatL.Hover, i == s.threatL.Selected)
		in := r.InsetXY(ctx.S(8), ctx.S(4))
		ctx.Text(clip, fSmallBold, ctx.Fit(fSmallBold, t.name, in.W), in.X, in.Y, colText)
		ctx.Text(clip, fSmall, ctx.Fit(fSmall, t.facets, in.W), in.X, in.Y+sh, colText)
		col := colTextDim
		if t.assessed {
			col = colAccent
		}
		ctx.Text(clip, fSmall, ctx.Fit(fSmall, t.status, in.W), in.X, in.Y+2*sh, col)
	}
	widget.Scrollbar(dst, ctx.Context, s.threatL.Frame, &s.threatL.Scroll)
}

func (s *boardScene) drawRows(dst *ebiten.Image, ctx *Context) {
	widget.Panel(dst, ctx.Context, s.rowR, "Requests & operations", "request")
	s.focusBorder(dst, ctx, s.rowR, focusRows)
	if len(s.rows) == 0 {
		ctx.Text(dst, fSmall, "No requests or operations yet.", s.rowL.Frame.X, s.rowL.Frame.Y, colTextDim)
		return
	}
	clip := s.clips[3].Of(dst, s.rowL.Frame)
	first, end := s.rowL.Visible()
	sh := ctx.LineH(fSmall)
	for i := first; i < end; i++ {
		m := &s.rows[i]
		r := s.rowL.Row(i)
		rowBox(clip, ctx, r, i == s.rowL.Hover, i == s.rowL.Selected)
		in := r.InsetXY(ctx.S(8), ctx.S(3))
		ctx.Icon(clip, m.icon, layout.R(in.X, in.Y+ctx.S(2), sh, sh), m.col)
		x := in.X + sh + ctx.S(6)
		ctx.Text(clip, fSmallBold, ctx.Fit(fSmallBold, m.line1, in.Right()-x), x, in.Y, m.col)
		ctx.Text(clip, fSmall, ctx.Fit(fSmall, m.line2, in.Right()-x), x, in.Y+sh, colTextDim)
	}
	widget.Scrollbar(dst, ctx.Context, s.rowL.Frame, &s.rowL.Scroll)
}

func (s *boardScene) drawQueue(dst *ebiten.Image, ctx *Context) {
	widget.Panel(dst, ctx.Context, s.queueR, "Orders this round", "propose")
	s.focusBorder(dst, ctx, s.queueR, focusQueue)
	if len(s.qlabels) == 0 {
		ctx.Para(dst, fSmall, "No orders yet. Choose actions for a selected card, team or threat.", s.queueL.Frame.X, s.queueL.Frame.Y, s.queueL.Frame.W, s.queueL.Frame.Bottom(), colTextDim)
	}
	clip := s.clips[4].Of(dst, s.queueL.Frame)
	first, end := s.queueL.Visible()
	for i := first; i < end; i++ {
		r := s.queueL.Row(i)
		rowBox(clip, ctx, r, i == s.queueL.Hover, i == s.queueL.Selected)
		num := numLabels[min(i+1, len(numLabels)-1)]
		ctx.TextMid(clip, fSmallBold, num, layout.R(r.X+ctx.S(6), r.Y, r.W, r.H), colTextDim, alignLeft)
		ctx.TextMid(clip, fSmall, ctx.Fit(fSmall, s.qlabels[i], r.W-ctx.S(60)), layout.R(r.X+ctx.S(26), r.Y, r.W, r.H), colText, alignLeft)
		rb := &s.removeBtn[i]
		rb.Rect = layout.R(r.Right()-r.H, r.Y, r.H, r.H)
		c := colTextDim
		if rb.Hover {
			c = colBad
		}
		ctx.TextMid(clip, fBodyBold, "×", rb.Rect, c, alignCenter)
	}
	widget.Scrollbar(dst, ctx.Context, s.queueL.Frame, &s.queueL.Scroll)
	ctx.Text(dst, fSmallBold, s.apText, s.apR.X, s.apR.Y, colText)
	s.undoB.Draw(dst, ctx.Context)
	s.confirmB.Draw(dst, ctx.Context)
}

// numLabels are preformatted "1." … labels for the queue.
var numLabels = func() []string {
	out := make([]string, 100)
	for i := range out {
		out[i] = itoa(i) + "."
	}
	return out
}()

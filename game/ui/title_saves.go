package ui

import (
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	gamesave "liaison/game/save"
	"liaison/game/ui/catalog"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// titleSaves is the menu's part about saved games: a "Continue" strip for
// the last game when it can go on (gamesave.LatestOf), and the "Load game"
// button to the list of every save.
type titleSaves struct {
	version     int // of the save folder listing shown
	list        []gamesave.Entry
	listErr     error
	canContinue bool
	latest      gamesave.Entry
	line        saveLine
	cont        widget.Button
	load        widget.Button
	strip       layout.Rect
}

func (t *titleSaves) init() {
	t.version = -1
	t.cont = widget.Button{Label: "Continue", Hint: "C", Icon: "human", Primary: true, Reason: "Go back to the last game, where it was saved."}
	t.load = widget.Button{Label: "Load game", Hint: "L", Icon: "clock", Reason: "Every saved game: autosaves and the ones you saved."}
}

// poll takes a newer listing of the save folder; it reports whether the
// menu changed.
func (t *titleSaves) poll(f *saveFolder, scenarios []catalog.Entry) bool {
	list, version, err := f.snapshot()
	if version == t.version {
		return false
	}
	t.version, t.list, t.listErr = version, list, err
	t.latest, t.canContinue = gamesave.LatestOf(list)
	if t.canContinue {
		t.line = describeSave(t.latest, scenarios, time.Now())
	}
	return true
}

func (t *titleSaves) layout(ctx *Context, footer, quit layout.Rect) {
	t.load.Rect = layout.R(quit.Right()+ctx.S(12), footer.Y, ctx.S(170), footer.H)
	if t.canContinue {
		in := t.strip.InsetXY(ctx.S(8), ctx.S(7))
		t.cont.Rect = layout.R(in.Right()-ctx.S(200), in.Y, ctx.S(200), in.H)
	}
}

// update handles the Continue and Load game buttons and keys.
func (t *titleSaves) update(ctx *Context, back Scene) Scene {
	in := ctx.In
	if t.canContinue && (t.cont.Update(ctx.Context) || in.Pressed(input.KeyC)) {
		return ctx.app.resume(t.latest.Path, back)
	}
	if t.load.Update(ctx.Context) || in.Pressed(input.KeyL) {
		f := ctx.app.saves
		f.wait()
		list, _, err := f.snapshot()
		dir := "(saving is off)"
		switch {
		case f.store != nil:
			dir = f.store.Dir
		case f.err != nil:
			err = f.err
		}
		return newLoadScene(back, dir, list, ctx.app.title.entries, err)
	}
	return nil
}

func (t *titleSaves) draw(dst *ebiten.Image, ctx *Context) {
	t.load.Draw(dst, ctx.Context)
	if !t.canContinue {
		return
	}
	r := t.strip
	ctx.Paint.RoundBorder(dst, r, ctx.S(mRadius), max(1, ctx.S(1.5)), colPanelSel, colBorderHi)
	ctx.Paint.Fill(dst, layout.R(r.X+ctx.S(2), r.Y+ctx.S(8), ctx.S(4), r.H-ctx.S(16)), colAccent)
	in := r.InsetXY(ctx.S(16), ctx.S(7))
	is := ctx.LineH(fBodyBold)
	ctx.Icon(dst, "clock", layout.R(in.X, in.Y+ctx.S(2), is, is), colAccent)
	x := in.X + is + ctx.S(10)
	w := t.cont.Rect.X - x - ctx.S(16)
	ctx.Text(dst, fBodyBold, ctx.Fit(fBodyBold, "Continue your last game: "+t.line.game, w), x, in.Y, colText)
	sub := t.line.when
	if t.line.name != "Autosave" {
		sub = t.line.name + " · " + sub
	}
	ctx.Text(dst, fSmall, ctx.Fit(fSmall, sub, w), x, in.Y+ctx.LineH(fBodyBold)+ctx.S(2), colTextDim)
	t.cont.Draw(dst, ctx.Context)
}

package ui

import (
	"errors"

	"github.com/hajimehoshi/ebiten/v2"

	gamesave "liaison/game/save"
	"liaison/game/ui/draw"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// saveErrorScene explains why a save cannot be continued: a scenario that
// changed since, a damaged or truncated file, one from another version. It
// shows the save package's message in full, in words, with what to do.
type saveErrorScene struct {
	path    string
	title   string
	advice  string
	message string
	back    Scene
	backB   widget.Button
	scroll  layout.Scroll
	size    [3]float64
	head    layout.Rect
	frame   layout.Rect
	footer  layout.Rect
	clip    draw.Clipper
}

// saveProblems titles each class of unusable save and says what to do.
var saveProblems = []struct {
	class         error
	title, advice string
}{
	{gamesave.ErrScenarioChanged, "The scenario changed since this game was saved",
		"A save continues only with the exact scenario file it was played with. Put that version of the file back, or start a new game."},
	{gamesave.ErrWrongScenario, "This save belongs to another scenario",
		"The scenario file at the save's path is now a different scenario. Put the original file back, or start a new game."},
	{gamesave.ErrTruncated, "This save is incomplete",
		"The file ends early, probably because writing it was interrupted. An earlier autosave in Load game may still work."},
	{gamesave.ErrCorrupt, "This save is damaged",
		"The file was damaged or edited after it was written. An earlier autosave in Load game may still work."},
	{gamesave.ErrVersion, "This save comes from another version of Liaison",
		"Open it with the version of Liaison that wrote it."},
	{gamesave.ErrTooLarge, "This save file is too large", "It is not read, to keep the game safe."},
	{gamesave.ErrNotSave, "This is not a Liaison save", "The file is something else; nothing was changed."},
	{gamesave.ErrDiverged, "This save does not replay to the game it recorded",
		"It was made by an incompatible version of the rules, or edited. An earlier save may still work."},
}

func newSaveErrorScene(path string, err error, back Scene) *saveErrorScene {
	s := &saveErrorScene{path: path, back: back, message: err.Error(),
		title:  "This save cannot be continued",
		advice: "The file was left as it was. Start a new game, or try another save."}
	for _, p := range saveProblems {
		if errors.Is(err, p.class) {
			s.title, s.advice = p.title, p.advice
			break
		}
	}
	s.backB = widget.Button{Label: "Back", Hint: "Esc", Primary: true}
	return s
}

// Name implements Scene.
func (s *saveErrorScene) Name() string { return "save-error" }

// Help implements Scene.
func (s *saveErrorScene) Help() []Shortcut {
	return []Shortcut{{"Up / Down, wheel", "scroll"}, {"Esc or Enter", "back"}}
}

func (s *saveErrorScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	var scr layout.Rect
	s.head, scr, s.footer = pageFrame(ctx, ctx.LineH(fHeading)+2*ctx.LineH(fBody)+ctx.S(12), 14)
	s.frame = scr.Inset(ctx.S(14))
	s.scroll.View, s.scroll.Content = s.frame.H, s.contentH(ctx)
	s.scroll.Clamp()
	s.backB.Rect = layout.R(s.footer.X, s.footer.Y, ctx.S(200), s.footer.H)
}

func (s *saveErrorScene) contentH(ctx *Context) float64 {
	return ctx.LineH(fBodyBold) + ctx.S(4) + ctx.ParaH(fMono, s.path, s.frame.W) + ctx.S(16) +
		ctx.LineH(fBodyBold) + ctx.S(4) + ctx.ParaH(fBody, s.message, s.frame.W)
}

// Update implements Scene.
func (s *saveErrorScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	switch {
	case in.Pressed(input.KeyDown):
		s.scroll.By(ctx.LineH(fBody) * 2)
	case in.Pressed(input.KeyUp):
		s.scroll.By(-ctx.LineH(fBody) * 2)
	}
	if in.WheelY != 0 {
		s.scroll.By(-in.WheelY * ctx.S(40))
	}
	if s.backB.Update(ctx.Context) || in.Pressed(input.KeyEscape) || in.Pressed(input.KeyEnter) {
		return s.back
	}
	return nil
}

// Draw implements Scene.
func (s *saveErrorScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	sub := pageHeading(dst, ctx, s.head, "unconfirmed", colWarn, s.title)
	ctx.Para(dst, fBody, s.advice, s.head.X, sub, s.head.W, s.head.Bottom(), colTextDim)
	ctx.Paint.RoundBorder(dst, s.frame.Inset(-ctx.S(14)).Intersect(ctx.Screen()), ctx.S(mRadius), 1, colPanel, colBorder)
	clip := s.clip.Of(dst, s.frame)
	x, y := s.frame.X, s.frame.Y-s.scroll.Offset
	bottom := s.frame.Bottom() + ctx.LineH(fBody)
	ctx.Text(clip, fBodyBold, "Save file", x, y, colText)
	y += ctx.LineH(fBodyBold) + ctx.S(4)
	y = ctx.Para(clip, fMono, s.path, x, y, s.frame.W, bottom, colTextDim)
	y += ctx.S(16)
	ctx.Text(clip, fBodyBold, "What is wrong", x, y, colWarn)
	y += ctx.LineH(fBodyBold) + ctx.S(4)
	ctx.Para(clip, fBody, s.message, x, y, s.frame.W, bottom, colText)
	widget.Scrollbar(dst, ctx.Context, layout.R(s.frame.X, s.frame.Y, s.frame.W+ctx.S(10), s.frame.H), &s.scroll)
	s.backB.Draw(dst, ctx.Context)
}

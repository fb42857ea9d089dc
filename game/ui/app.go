package ui

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/catalog"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// Options configure the desktop game.
type Options struct {
	// Path is a scenario file named on the command line ("" = menu of embedded files).
	Path string
	// Input replaces the real mouse and keyboard (tests feed scripted input).
	Input input.Source
	// Zoom multiplies the UI scale (1 = automatic from the window size).
	Zoom float64
	// Seed overrides the scenario's seed when non-zero.
	Seed uint64
	// Facilitator starts new games with the facilitator view enabled.
	Facilitator bool
	// ReportDir is where the end screen exports the AAR (default: a reports
	// folder beside the autosaves, see save.Dir).
	ReportDir string
	// Started is when the process started, for the start-to-first-frame time.
	Started time.Time
	// OnFirstFrame is called once, after the first frame is drawn, with the
	// time since Started and the part of it the game spent getting ready
	// (fonts, icons, menu) and drawing that frame.
	OnFirstFrame func(sinceStart, ours time.Duration)
	// NoSaves turns saving off: no autosave, no save folder (the benchmark).
	// Otherwise games are saved to save.Dir() ($LIAISON_SAVE_DIR when set).
	NoSaves bool
	// Join opens "Join a game" first with this seat code filled in (the
	// browser's ?join=CODE); Host fills the host address (the desktop's
	// --host; the browser always joins its own origin).
	Join, Host string
}

// App is the desktop game: an ebiten.Game that runs the scenes.
type App struct {
	opts    Options
	src     input.Source
	tooltip tooltip // the tooltip's layout, kept while its text is the same
	frame   input.Frame
	ctx     Context
	mgr     manager
	zoom    float64
	help    bool
	drawn   bool
	ours    time.Duration // setup and first-frame time spent in the game's own code
	catalog *catalog.Catalog
	layer   *ebiten.Image // the last full frame, redrawn only when dirty
	// FullRedraw redraws every frame instead of reusing the cached frame
	// (the benchmark measures both).
	FullRedraw bool
	game       *game
	title      *titleScene
	saves      *saveFolder
	notice     notice
	// NoExit keeps Update from returning ebiten.Termination on quit (tests).
	NoExit bool
	// Quitting reports that a scene asked to quit.
	Quitting bool
}

// ErrQuit is returned by Update when the player quits (as ebiten.Termination).
var ErrQuit = ebiten.Termination

// New builds the game and its first scene: the title menu, or the diagnostics
// of a bad file named on the command line.
func New(opts Options) (*App, error) {
	t0 := time.Now()
	f, err := loadFonts()
	if err != nil {
		return nil, err
	}
	ic, err := loadIcons()
	if err != nil {
		return nil, err
	}
	a := &App{opts: opts, src: opts.Input, zoom: opts.Zoom}
	if a.zoom == 0 {
		a.zoom = 1
	}
	if a.src == nil {
		a.src = &ebitenInput{}
	}
	a.ctx = Context{In: &a.frame, W: layout.DesignW, H: layout.DesignH, Scale: 1,
		fonts: f, text: newTextCache(), paint: newPainter(), icons: ic, app: a}
	a.saves = openSaveFolder(opts.NoSaves)
	cat, sel := catalog.List(opts.Path)
	a.catalog = cat
	title := newTitleScene(cat, sel)
	a.title = title
	var first Scene = title
	if e := title.Selected(); opts.Path != "" && e != nil && e.Bad() {
		first = newDiagnosticsScene(e, first)
	}
	if opts.Join != "" || opts.Host != "" {
		first = newJoinScene(title, opts.Host, opts.Join)
	}
	a.mgr.cur = first
	a.ours = time.Since(t0)
	return a, nil
}

// inGame reports whether a scene is a step of a game in progress, where
// Ctrl+S saves.
func inGame(s Scene) bool {
	switch s := s.(type) {
	case *boardScene:
		return s.net == nil // a joined seat's game is saved by its host
	case *handoffScene, *briefingScene, *facilitatorScene:
		return true
	}
	return false
}

// titleScene returns the menu (kept across games so its selection stays).
func (a *App) titleScene() Scene { return a.title }

// Scene returns the current scene.
func (a *App) Scene() Scene { return a.mgr.cur }

// Context returns the per-tick context (tests use it to locate widgets).
func (a *App) Context() *Context { return &a.ctx }

// GoTo switches scene directly (tests and the facilitator toggle).
func (a *App) GoTo(s Scene) { a.mgr.goTo(s, &a.ctx) }

// Invalidate forces a full redraw on the next Draw.
func (a *App) Invalidate() { a.ctx.dirty = true }

// SetSize sets the screen size the scenes lay out for (Layout does this in a window).
func (a *App) SetSize(w, h int) {
	a.ctx.W, a.ctx.H = float64(w), float64(h)
	s := layout.Scale(w, h, a.zoom)
	if a.ctx.fonts.setScale(s) {
		a.ctx.text.reset()
	}
	a.ctx.Scale = s
	a.ctx.dirty = true
}

// Update implements ebiten.Game.
func (a *App) Update() error {
	defer a.publish()
	a.ctx.Tick++
	a.ctx.text.nextFrame()
	a.src.Poll(&a.frame)
	if a.frame.Any() || a.ctx.Tick%240 == 0 {
		// A scene that redraws its own parts for pointer movement and the
		// wheel (the board) is spared a full redraw for them, unless an
		// overlay of the app's lies over it.
		_, own := a.mgr.cur.(partial)
		if !own || !a.frame.PointerOnly() || a.help || a.notice.text != "" || a.mgr.fade > 0 {
			a.ctx.dirty = true
		}
	}
	a.ctx.tip = ""
	if a.frame.Pressed(input.KeyQuestion) {
		a.help = !a.help
		a.ctx.dirty = true
		a.frame.Consume(input.KeyQuestion)
	}
	if a.frame.Pressed(input.KeyPlus) {
		a.zoom = min(2, a.zoom+0.1)
		a.SetSize(int(a.ctx.W), int(a.ctx.H))
	}
	if a.frame.Pressed(input.KeyMinus) {
		a.zoom = max(0.6, a.zoom-0.1)
		a.SetSize(int(a.ctx.W), int(a.ctx.H))
	}
	if a.help {
		if a.frame.Pressed(input.KeyEscape) || a.frame.Click {
			a.help = false
		}
		return nil
	}
	a.notice.expire(&a.ctx)
	if a.frame.Ctrl && a.frame.Pressed(input.KeyS) {
		a.frame.Consume(input.KeyS)
		if inGame(a.mgr.cur) {
			a.manualSave()
		}
	}
	a.mgr.update(&a.ctx)
	if a.ctx.quit {
		a.ctx.quit = false
		a.Quitting = true
		if !a.NoExit && canQuit {
			return ErrQuit
		}
	}
	return nil
}

// Draw implements ebiten.Game. The scene is drawn into a cached frame only
// when something changed (input, a scene change, a fade, an invalidation);
// otherwise the cached frame is blitted and only animations are drawn anew.
func (a *App) Draw(screen *ebiten.Image) {
	var t0 time.Time
	if !a.drawn {
		t0 = time.Now()
	}
	w, h := screen.Bounds().Dx(), screen.Bounds().Dy()
	if a.layer == nil || a.layer.Bounds().Dx() != w || a.layer.Bounds().Dy() != h {
		if a.layer != nil {
			a.layer.Deallocate()
		}
		a.layer = newScreenImage(w, h)
		a.ctx.dirty = true
	}
	if p, ok := a.mgr.cur.(partial); ok && !a.ctx.dirty && !a.FullRedraw {
		if !p.DrawParts(a.layer, &a.ctx) {
			a.ctx.dirty = true
		}
	}
	if a.ctx.dirty || a.FullRedraw {
		a.ctx.dirty = false
		a.layer.Fill(colBG)
		a.mgr.draw(a.layer, &a.ctx)
		a.notice.draw(a.layer, &a.ctx)
		if a.help {
			drawHelp(a.layer, &a.ctx, a.mgr.cur.Help())
		}
	}
	screen.DrawImage(a.layer, nil)
	if d, ok := a.mgr.cur.(dynamic); ok && !a.help {
		d.DrawDynamic(screen, &a.ctx)
	}
	// The tooltip is drawn every frame over the cached frame, so that the
	// pointer moving from one tip to another redraws no panel.
	if a.ctx.tip != "" && !a.help {
		drawTooltip(screen, &a.ctx, &a.tooltip, a.ctx.tip, a.ctx.tipRect)
	}
	if !a.drawn {
		a.drawn = true
		a.catalog.Begin()
		if a.opts.OnFirstFrame != nil && !a.opts.Started.IsZero() {
			a.opts.OnFirstFrame(time.Since(a.opts.Started), a.ours+time.Since(t0))
		}
	}
}

// Layout implements ebiten.Game: the screen has the window's size in device
// pixels, and the scenes scale their layout to it.
func (a *App) Layout(outsideWidth, outsideHeight int) (int, int) {
	dsf := 1.0
	if m := ebiten.Monitor(); m != nil {
		dsf = m.DeviceScaleFactor()
	}
	w, h := int(float64(outsideWidth)*dsf), int(float64(outsideHeight)*dsf)
	if w != int(a.ctx.W) || h != int(a.ctx.H) {
		a.SetSize(w, h)
	}
	return w, h
}

// KeepMemoryLow tunes the Go runtime for a desktop game that idles most of
// the time: the garbage collector runs when the heap has grown by half
// rather than doubled, and works harder (returning memory to the system)
// as the runtime's total nears 64 MiB; the game's live heap is under
// 40 MiB. A collection costs a fraction of a millisecond here, and the
// saving matters on the virtual desktops without a GPU the game is played
// on, where the GL driver's memory comes on top. GOGC and GOMEMLIMIT set
// in the environment win.
func KeepMemoryLow() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(64 << 20)
	}
}

// Run opens the window and plays until the player quits.
func Run(opts Options) error {
	KeepMemoryLow()
	ebiten.SetWindowTitle("Liaison")
	ebiten.SetWindowSize(layout.DesignW, layout.DesignH)
	ebiten.SetWindowResizingMode(ebiten.WindowResizingModeEnabled)
	ebiten.SetWindowSizeLimits(960, 540, -1, -1)
	ebiten.SetScreenClearedEveryFrame(false) // Draw covers the whole screen
	a, err := New(opts)
	if err != nil {
		return fmt.Errorf("liaison: %w", err)
	}
	if err := ebiten.RunGame(a); err != nil && !errors.Is(err, ebiten.Termination) {
		return err
	}
	return nil
}

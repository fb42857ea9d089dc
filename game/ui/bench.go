package ui

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui/catalog"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/session"
	"liaison/scenarios"
)

// BenchOptions configure the frame benchmark.
type BenchOptions struct {
	Scenario string // embedded scenario file (default northern-corridor.yaml)
	Frames   int    // measured frames per phase (default 600)
	Warmup   int    // unmeasured frames before each phase (default 60)
	// MemProfile, when set, receives a heap allocation profile of the
	// team board's measured frames.
	MemProfile string
}

func writeMemProfile(path string) {
	runtime.GC()
	if f, err := os.Create(path); err == nil {
		_ = pprof.Lookup("allocs").WriteTo(f, 0)
		_ = f.Close()
	}
	runtime.MemProfileRate = 512 * 1024
}

// BenchPhase is one measured run.
type BenchPhase struct {
	Name           string
	Frames         int
	WallMean       time.Duration // frame to frame, presenting included
	WallP99        time.Duration
	UIMean         time.Duration // the game's own Update+Draw CPU time
	UIP99          time.Duration
	AllocsPerFrame float64 // heap allocations per frame in the whole process
	HeapGrowth     int64   // live heap after minus before (bytes)
}

// BenchResult holds every phase, the empty loop first.
type BenchResult struct {
	Scenario string
	W, H     int
	Phases   []BenchPhase
}

// String renders the result as a table with the ratios to the empty loop.
func (r BenchResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "frame benchmark: %s, %d×%d, vsync off\n", r.Scenario, r.W, r.H)
	fmt.Fprintf(&b, "%-18s %7s %10s %10s %11s %11s %13s %12s\n", "phase", "frames", "mean ms", "p99 ms", "ui mean ms", "ui p99 ms", "allocs/frame", "heap growth")
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for _, p := range r.Phases {
		fmt.Fprintf(&b, "%-18s %7d %10.2f %10.2f %11.3f %11.3f %13.2f %10d B\n", p.Name, p.Frames, ms(p.WallMean), ms(p.WallP99), ms(p.UIMean), ms(p.UIP99), p.AllocsPerFrame, p.HeapGrowth)
	}
	b.WriteString("(still frames reuse the cached frame; 'full redraw' rows draw every panel every frame)\n")
	if len(r.Phases) > 1 && r.Phases[0].WallMean > 0 {
		base := r.Phases[0]
		for _, p := range r.Phases[1:] {
			fmt.Fprintf(&b, "%s / empty loop: mean %.2f×, p99 %.2f× (goal ≤ 1.3×)\n", p.Name,
				float64(p.WallMean)/float64(base.WallMean), float64(p.WallP99)/float64(base.WallP99))
		}
	}
	return b.String()
}

// RunBench opens a window and measures, in one run: an empty Ebiten loop,
// the team board and the facilitator view of the scenario, each for the
// same number of frames with vsync off.
func RunBench(o BenchOptions) (BenchResult, error) {
	if o.Scenario == "" {
		o.Scenario = "northern-corridor.yaml"
	}
	if o.Frames <= 0 {
		o.Frames = 600
	}
	if o.Warmup <= 0 {
		o.Warmup = 60
	}
	ebiten.SetWindowTitle("Liaison benchmark")
	ebiten.SetWindowSize(layout.DesignW, layout.DesignH)
	ebiten.SetVsyncEnabled(false)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	bg := &benchGame{o: o}
	if err := ebiten.RunGame(bg); err != nil && !errors.Is(err, ebiten.Termination) {
		return BenchResult{}, err
	}
	if bg.err != nil {
		return BenchResult{}, bg.err
	}
	return BenchResult{Scenario: o.Scenario, W: layout.DesignW, H: layout.DesignH, Phases: bg.done}, nil
}

// NewBenchApp builds an app showing one scene of a scenario with the first
// team human and the others bots: "board" (the first team's board) or
// "facilitator". Tests and the benchmark share it.
func NewBenchApp(scenarioName, scene string) (*App, error) {
	data, err := scenarios.Read(scenarioName)
	if err != nil {
		return nil, err
	}
	e := catalog.Entry{Name: scenarioName, Embedded: true, Data: data}
	e.Scenario, e.Diags = parseScenario(scenarioName, data)
	if e.Scenario == nil {
		return nil, fmt.Errorf("%s: %v", scenarioName, e.Diags)
	}
	a, err := New(Options{Input: &input.Script{}, NoSaves: true})
	if err != nil {
		return nil, err
	}
	a.NoExit = true
	seats := map[string]string{}
	for i, t := range e.Scenario.Teams {
		seats[t.ID] = "cooperative"
		if i == 0 {
			seats[t.ID] = session.Human
		}
	}
	if _, err := a.startGame(&e, seats, false); err != nil {
		return nil, err
	}
	for a.game.sess.Current().Phase == session.Briefing || a.game.sess.Current().Phase == session.Handoff {
		if err := a.game.sess.Advance(); err != nil {
			return nil, err
		}
	}
	switch scene {
	case "facilitator":
		a.mgr.cur = newFacilitatorScene(a.game, false)
	default:
		a.mgr.cur = a.sceneFor(a.game)
	}
	return a, nil
}

// benchGame runs the phases one after another inside one game loop.
type benchGame struct {
	o       BenchOptions
	phase   int // 0 empty, 1 board, 2 facilitator
	frame   int
	app     *App
	last    time.Time
	wall    []time.Duration
	ui      []time.Duration
	uiNow   time.Duration
	mem     runtime.MemStats
	mallocs uint64
	heap    uint64
	done    []BenchPhase
	err     error
}

var benchPhases = []string{"empty loop", "team board", "facilitator view", "board, full redraw", "facilitator, full redraw"}

func (g *benchGame) Update() error {
	if g.err != nil || g.phase >= len(benchPhases) {
		return ebiten.Termination
	}
	if g.frame == 0 && g.phase > 0 && g.app == nil {
		scene := "board"
		if g.phase == 2 || g.phase == 4 {
			scene = "facilitator"
		}
		a, err := NewBenchApp(g.o.Scenario, scene)
		if err != nil {
			g.err = err
			return ebiten.Termination
		}
		a.SetSize(layout.DesignW, layout.DesignH)
		a.FullRedraw = g.phase >= 3
		g.app = a
	}
	if g.app != nil {
		if g.frame < 10 {
			// Warm-up: full frames let Ebiten's command queues (one per
			// in-flight frame) grow to their working size before measuring.
			g.app.Invalidate()
		}
		t := time.Now()
		if err := g.app.Update(); err != nil {
			g.err = err
		}
		g.uiNow = time.Since(t)
	}
	return nil
}

func (g *benchGame) Draw(screen *ebiten.Image) {
	now := time.Now()
	if g.app != nil {
		t := time.Now()
		g.app.Draw(screen)
		g.uiNow += time.Since(t)
	}
	g.frame++
	measured := g.frame - g.o.Warmup
	switch {
	case measured == 0:
		if g.o.MemProfile != "" && g.phase == 1 {
			runtime.MemProfileRate = 1
		}
		runtime.GC()
		runtime.ReadMemStats(&g.mem)
		g.mallocs, g.heap = g.mem.Mallocs, g.mem.HeapAlloc
		g.wall, g.ui = g.wall[:0], g.ui[:0]
	case measured > 0:
		g.wall = append(g.wall, now.Sub(g.last))
		g.ui = append(g.ui, g.uiNow)
	}
	g.last = now
	if measured == g.o.Frames {
		if g.o.MemProfile != "" && g.phase == 1 {
			writeMemProfile(g.o.MemProfile)
		}
		runtime.ReadMemStats(&g.mem)
		mallocs := g.mem.Mallocs - g.mallocs
		runtime.GC()
		runtime.ReadMemStats(&g.mem)
		p := BenchPhase{Name: benchPhases[g.phase], Frames: g.o.Frames,
			AllocsPerFrame: float64(mallocs) / float64(g.o.Frames), HeapGrowth: int64(g.mem.HeapAlloc) - int64(g.heap)}
		p.WallMean, p.WallP99 = meanP99(g.wall)
		p.UIMean, p.UIP99 = meanP99(g.ui)
		g.done = append(g.done, p)
		g.phase++
		g.frame = 0
		g.app = nil
	}
}

func (g *benchGame) Layout(int, int) (int, int) { return layout.DesignW, layout.DesignH }

// meanP99 returns the mean and the 99th percentile of durations.
func meanP99(ds []time.Duration) (time.Duration, time.Duration) {
	if len(ds) == 0 {
		return 0, 0
	}
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return sum / time.Duration(len(ds)), s[min(len(s)-1, len(s)*99/100)]
}

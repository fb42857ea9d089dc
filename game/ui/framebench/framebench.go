// Package framebench measures the desktop game's frames beside an empty
// Ebiten loop in the same run (so a loaded or GPU-less machine is compared
// with itself): still frames, an interactive phase (the pointer sweeping the
// action list, the inbox scrolling), full redraws, and the peak memory of a
// scripted tutorial session. `liaison --bench` runs it.
package framebench

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/ui"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// Options configure the benchmark.
type Options struct {
	Scenario string // embedded scenario file (default northern-corridor.yaml)
	Frames   int    // measured frames per phase (default 600)
	Warmup   int    // unmeasured frames before each phase (default 60)
	// MemProfile, when set, receives a heap allocation profile of the
	// team board's measured frames.
	MemProfile string
	// Only runs one part: "" every frame phase; "empty" just the empty
	// loop; "session" a scripted tutorial session. Peak memory (VmHWM) is
	// the process's, so compare "empty" and "session" from separate runs.
	Only string
}

// Phase is one measured run.
type Phase struct {
	Name           string
	Frames         int
	WallMean       time.Duration // frame to frame, presenting included
	WallP99        time.Duration
	UIMean         time.Duration // the game's own Update+Draw CPU time
	UIP99          time.Duration
	AllocsPerFrame float64 // heap allocations per frame in the whole process
	HeapGrowth     int64   // live heap after minus before (bytes)
}

// Result holds every phase, the empty loop first, and the peak RSS.
type Result struct {
	Scenario string
	W, H     int
	Phases   []Phase
	PeakRSS  int64  // VmHWM at the end, in KiB (0 where /proc is missing)
	GoSys    uint64 // memory the Go runtime holds from the OS at the end (bytes)
	GoHeap   uint64 // live Go heap at the end (bytes)
}

// goals are the targets for each phase's mean against the empty loop.
var goals = map[string]float64{
	"team board": 1.3, "facilitator view": 1.3, "board, interactive": 1.3,
	"board, full redraw": 2, "facilitator, full redraw": 2,
}

// String renders the result as a table with the ratios to the empty loop.
func (r Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "frame benchmark: %s, %d×%d, vsync off\n", r.Scenario, r.W, r.H)
	fmt.Fprintf(&b, "%-26s %7s %10s %10s %11s %11s %13s %12s\n", "phase", "frames", "mean ms", "p99 ms", "ui mean ms", "ui p99 ms", "allocs/frame", "heap growth")
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for _, p := range r.Phases {
		fmt.Fprintf(&b, "%-26s %7d %10.2f %10.2f %11.3f %11.3f %13.2f %10d B\n", p.Name, p.Frames, ms(p.WallMean), ms(p.WallP99), ms(p.UIMean), ms(p.UIP99), p.AllocsPerFrame, p.HeapGrowth)
	}
	if len(r.Phases) > 1 {
		b.WriteString("(still frames reuse the cached frame; 'full redraw' rows draw every panel every frame)\n")
	}
	if len(r.Phases) > 1 && r.Phases[0].WallMean > 0 {
		base := r.Phases[0]
		for _, p := range r.Phases[1:] {
			goal := ""
			if g, ok := goals[p.Name]; ok {
				goal = fmt.Sprintf(" (goal ≤ %.1f×)", g)
			}
			fmt.Fprintf(&b, "%s / empty loop: mean %.2f×, p99 %.2f×%s\n", p.Name,
				float64(p.WallMean)/float64(base.WallMean), float64(p.WallP99)/float64(base.WallP99), goal)
		}
	}
	if r.PeakRSS > 0 {
		fmt.Fprintf(&b, "peak RSS (VmHWM): %.1f MB (Go runtime: %.1f MB from the OS, %.1f MB live heap; the rest is the GL driver's)\n",
			float64(r.PeakRSS)/1024, float64(r.GoSys)/(1<<20), float64(r.GoHeap)/(1<<20))
	}
	return b.String()
}

// Run opens a window and measures the phases asked for.
func Run(o Options) (Result, error) {
	if o.Scenario == "" {
		o.Scenario = "northern-corridor.yaml"
	}
	if o.Frames <= 0 {
		o.Frames = 600
	}
	if o.Warmup <= 0 {
		o.Warmup = 60
	}
	phases := allPhases
	switch o.Only {
	case "":
	case "empty":
		phases = allPhases[:1]
	case "session":
		phases = []string{"tutorial session"}
	default:
		return Result{}, fmt.Errorf("unknown benchmark part %q (empty, session or none)", o.Only)
	}
	ebiten.SetWindowTitle("Liaison benchmark")
	ebiten.SetWindowSize(layout.DesignW, layout.DesignH)
	ebiten.SetVsyncEnabled(false)
	ebiten.SetTPS(ebiten.SyncWithFPS)
	ebiten.SetScreenClearedEveryFrame(false) // as the game runs
	bg := &benchGame{o: o, phases: phases}
	if err := ebiten.RunGame(bg); err != nil && !errors.Is(err, ebiten.Termination) {
		return Result{}, err
	}
	if bg.err != nil {
		return Result{}, bg.err
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return Result{Scenario: o.Scenario, W: layout.DesignW, H: layout.DesignH, Phases: bg.done, PeakRSS: peakRSS(), GoSys: ms.Sys, GoHeap: ms.HeapAlloc}, nil
}

var allPhases = []string{"empty loop", "team board", "board, interactive", "facilitator view", "board, full redraw", "facilitator, full redraw"}

// benchGame runs the phases one after another inside one game loop.
type benchGame struct {
	o       Options
	phases  []string
	phase   int
	frame   int
	app     *ui.App
	last    time.Time
	wall    []time.Duration
	uiTimes []time.Duration
	uiNow   time.Duration
	mem     runtime.MemStats
	mallocs uint64
	heap    uint64
	done    []Phase
	err     error
}

// newApp builds the app of a phase.
func (g *benchGame) newApp(name string) (*ui.App, error) {
	switch name {
	case "tutorial session":
		return newSessionApp()
	case "board, interactive":
		sw := &sweep{}
		a, err := ui.NewSceneApp(g.o.Scenario, "board", sw)
		sw.app = a
		return a, err
	case "facilitator view", "facilitator, full redraw":
		return ui.NewSceneApp(g.o.Scenario, "facilitator", nil)
	}
	return ui.NewSceneApp(g.o.Scenario, "board", nil)
}

func (g *benchGame) Update() error {
	if g.err != nil || g.phase >= len(g.phases) {
		return ebiten.Termination
	}
	name := g.phases[g.phase]
	if g.frame == 0 && name != "empty loop" && g.app == nil {
		a, err := g.newApp(name)
		if err != nil {
			g.err = err
			return ebiten.Termination
		}
		a.SetSize(layout.DesignW, layout.DesignH)
		a.FullRedraw = strings.HasSuffix(name, "full redraw")
		g.app = a
	}
	if g.app != nil {
		if g.frame < 10 && name != "tutorial session" {
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
	} else {
		screen.Clear()
	}
	g.frame++
	name := g.phases[g.phase]
	frames := g.o.Frames
	if name == "tutorial session" {
		frames = sessionTicks
	}
	measured := g.frame - g.o.Warmup
	switch {
	case measured == 0:
		if g.o.MemProfile != "" && name == "team board" {
			runtime.MemProfileRate = 1
		}
		runtime.GC()
		runtime.ReadMemStats(&g.mem)
		g.mallocs, g.heap = g.mem.Mallocs, g.mem.HeapAlloc
		g.wall, g.uiTimes = g.wall[:0], g.uiTimes[:0]
	case measured > 0:
		g.wall = append(g.wall, now.Sub(g.last))
		g.uiTimes = append(g.uiTimes, g.uiNow)
	}
	g.last = now
	if measured == frames {
		if g.o.MemProfile != "" && name == "team board" {
			writeMemProfile(g.o.MemProfile)
		}
		runtime.ReadMemStats(&g.mem)
		mallocs := g.mem.Mallocs - g.mallocs
		runtime.GC()
		runtime.ReadMemStats(&g.mem)
		p := Phase{Name: name, Frames: frames,
			AllocsPerFrame: float64(mallocs) / float64(frames), HeapGrowth: int64(g.mem.HeapAlloc) - int64(g.heap)}
		p.WallMean, p.WallP99 = meanP99(g.wall)
		p.UIMean, p.UIP99 = meanP99(g.uiTimes)
		g.done = append(g.done, p)
		g.phase++
		g.frame = 0
		g.app = nil
	}
}

func (g *benchGame) Layout(int, int) (int, int) { return layout.DesignW, layout.DesignH }

func writeMemProfile(path string) {
	runtime.GC()
	if f, err := os.Create(path); err == nil {
		_ = pprof.Lookup("allocs").WriteTo(f, 0)
		_ = f.Close()
	}
	runtime.MemProfileRate = 512 * 1024
}

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

// peakRSS reads the process's peak resident set (VmHWM, KiB) from /proc.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}

// sweep is the interactive phase's input: the pointer sweeps down the
// action list for half a second, then the wheel scrolls the inbox down and
// up, as a player reading the board does.
type sweep struct {
	app *ui.App
	t   int
}

// Poll implements input.Source.
func (s *sweep) Poll(f *input.Frame) {
	f.Reset()
	s.t++
	if s.app == nil {
		return
	}
	acts, inbox, ok := s.app.BoardRegions()
	if !ok {
		return
	}
	const half = 30
	k := s.t % (2 * half)
	if k < half {
		f.MoveTo(acts.CenterX(), acts.Y+acts.H*float64(k)/half)
		return
	}
	f.MoveTo(inbox.CenterX(), inbox.CenterY())
	if k < half+half/2 {
		f.WheelY = -1
	} else {
		f.WheelY = 1
	}
}

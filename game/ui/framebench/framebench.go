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
	Frames   int    // measured frames per phase (default 600), run in turns of 20
	Warmup   int    // unmeasured frames per phase before the first turn (default 60)
	// MemProfile, when set, receives a heap allocation profile of the
	// team board's measured frames (with Only "session": the live heap at
	// the session's end).
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
	fmt.Fprintf(&b, "frame benchmark: %s, %d×%d, vsync off, phases in turns of %d frames\n", r.Scenario, r.W, r.H, blockFrames)
	fmt.Fprintf(&b, "%-26s %7s %10s %10s %11s %11s %13s\n", "phase", "frames", "mean ms", "p99 ms", "ui mean ms", "ui p99 ms", "allocs/frame")
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for _, p := range r.Phases {
		fmt.Fprintf(&b, "%-26s %7d %10.2f %10.2f %11.3f %11.3f %13.2f\n", p.Name, p.Frames, ms(p.WallMean), ms(p.WallP99), ms(p.UIMean), ms(p.UIP99), p.AllocsPerFrame)
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
	if r.PeakRSS > 0 && len(r.Phases) == 1 { // with several phases, all their apps are alive at once
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

// blockFrames is how many frames a phase runs before the next phase takes
// over: the phases take turns in blocks, so that a machine whose load
// drifts (other processes) weighs on every phase alike.
const blockFrames = 20

// benchGame runs the phases in turns of blockFrames inside one game loop.
type benchGame struct {
	o      Options
	phases []string
	apps   []*ui.App
	stats  []phaseStats
	block  int // frames per block
	blocks int // blocks per phase
	round  int // current round of blocks
	phase  int // current phase
	frame  int // frame within the block (0 is the switch, not measured)
	last   time.Time
	uiNow  time.Duration
	mem    runtime.MemStats
	done   []Phase
	err    error
}

// phaseStats accumulates one phase's measured frames.
type phaseStats struct {
	wall, ui []time.Duration
	mallocs  uint64
	from     uint64 // Mallocs at the start of the current block
}

// newApp builds the app of a phase.
func (g *benchGame) newApp(name string) (*ui.App, error) {
	var a *ui.App
	var err error
	switch name {
	case "empty loop":
		return nil, nil
	case "tutorial session":
		a, err = newSessionApp()
	case "board, interactive":
		sw := &sweep{}
		a, err = ui.NewSceneApp(g.o.Scenario, "board", sw)
		sw.app = a
	case "facilitator view", "facilitator, full redraw":
		a, err = ui.NewSceneApp(g.o.Scenario, "facilitator", nil)
	default:
		a, err = ui.NewSceneApp(g.o.Scenario, "board", nil)
	}
	if err != nil {
		return nil, err
	}
	a.SetSize(layout.DesignW, layout.DesignH)
	a.FullRedraw = strings.HasSuffix(name, "full redraw")
	return a, nil
}

// start prepares the phases: apps built and warmed up, so that the first
// measured block is like the others.
func (g *benchGame) start(screen *ebiten.Image) {
	g.block, g.blocks = blockFrames, max(1, g.o.Frames/blockFrames)
	if len(g.phases) == 1 && g.phases[0] == "tutorial session" {
		g.block, g.blocks = sessionTicks, 1
	}
	g.apps = make([]*ui.App, len(g.phases))
	g.stats = make([]phaseStats, len(g.phases))
	for i, name := range g.phases {
		a, err := g.newApp(name)
		if err != nil {
			g.err = err
			return
		}
		g.apps[i] = a
		if a == nil || name == "tutorial session" {
			continue
		}
		for f := 0; f < g.o.Warmup; f++ {
			if f < 10 {
				a.Invalidate() // full frames grow Ebiten's queues to their working size
			}
			_ = a.Update()
			a.Draw(screen)
		}
	}
}

func (g *benchGame) Update() error {
	if g.err != nil || (g.apps != nil && g.round >= g.blocks) {
		return ebiten.Termination
	}
	if g.apps == nil {
		return nil // Draw starts the run (it needs the screen to warm up on)
	}
	if a := g.apps[g.phase]; a != nil {
		t := time.Now()
		if err := a.Update(); err != nil {
			g.err = err
		}
		g.uiNow = time.Since(t)
	}
	return nil
}

func (g *benchGame) Draw(screen *ebiten.Image) {
	if g.apps == nil {
		g.start(screen)
		g.last = time.Now()
		return
	}
	if g.err != nil || g.round >= g.blocks {
		return
	}
	now := time.Now()
	a := g.apps[g.phase]
	if a != nil {
		t := time.Now()
		a.Draw(screen)
		g.uiNow += time.Since(t)
	} else {
		screen.Clear()
	}
	st := &g.stats[g.phase]
	if g.frame == 0 {
		// The switch frame: its wall time belongs to the previous phase.
		if g.o.MemProfile != "" && g.phases[g.phase] == "team board" && g.round == 0 {
			runtime.MemProfileRate = 1
		}
		runtime.ReadMemStats(&g.mem)
		st.from = g.mem.Mallocs
	} else {
		st.wall = append(st.wall, now.Sub(g.last))
		st.ui = append(st.ui, g.uiNow)
	}
	g.uiNow = 0
	g.frame++
	if g.frame > g.block {
		runtime.ReadMemStats(&g.mem)
		st.mallocs += g.mem.Mallocs - st.from
		if g.o.MemProfile != "" && g.phases[g.phase] == "team board" && g.round == g.blocks-1 {
			writeMemProfile(g.o.MemProfile)
		}
		g.frame = 0
		g.phase++
		if g.phase == len(g.phases) {
			g.phase = 0
			g.round++
			if g.round == g.blocks {
				g.finish()
			}
		}
	}
	g.last = time.Now()
}

// finish turns the accumulated frames into phases.
func (g *benchGame) finish() {
	if g.o.MemProfile != "" && g.phases[0] == "tutorial session" {
		runtime.GC()
		if f, err := os.Create(g.o.MemProfile); err == nil {
			_ = pprof.Lookup("heap").WriteTo(f, 0)
			_ = f.Close()
		}
	}
	for i, name := range g.phases {
		st := &g.stats[i]
		p := Phase{Name: name, Frames: len(st.wall)}
		if p.Frames > 0 {
			p.AllocsPerFrame = float64(st.mallocs) / float64(p.Frames)
		}
		p.WallMean, p.WallP99 = meanP99(st.wall)
		p.UIMean, p.UIP99 = meanP99(st.ui)
		g.done = append(g.done, p)
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

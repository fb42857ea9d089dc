// Package cli parses the desktop game's command line. It does not import
// Ebiten, so that `liaison --help` and bad arguments are answered before
// Ebiten starts: a binary that links Ebiten panics during package
// initialisation when there is no display (see early.go).
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// Options is what the command line asks for.
type Options struct {
	Facilitator   bool    // start games with the facilitator view on
	Seed          uint64  // game seed (0: the scenario's own)
	Zoom          float64 // text and layout zoom
	Reports       string  // folder the end screen exports reviews to
	Bench         bool    // run the frame benchmark and exit
	Frames        int     // frames per benchmark phase
	BenchScenario string  // embedded scenario for --bench
	MemProfile    string  // allocation profile of the board's frames (--bench)
	BenchOnly     string  // one part of the benchmark: empty, session
	FirstFrame    bool    // print the start-to-first-frame time and exit
	Path          string  // scenario file ("" = the menu of embedded ones)
	Join          string  // open "Join a game" with this seat code
	Host          string  // open "Join a game" with this host address
}

// ErrHelp is returned by Parse when help was asked for (and printed).
var ErrHelp = flag.ErrHelp

// Parse reads args (without the program name). Usage and errors are
// written to out. It returns ErrHelp after printing the usage for -h,
// -help or --help, and another error for arguments it cannot use.
func Parse(args []string, out io.Writer) (Options, error) {
	var o Options
	fs := flag.NewFlagSet("liaison", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.BoolVar(&o.Facilitator, "facilitator", false, "start games (new or continued) with the facilitator view on")
	fs.Uint64Var(&o.Seed, "seed", 0, "game seed (0: the scenario's own)")
	fs.Float64Var(&o.Zoom, "zoom", 1, "text and layout zoom, 0.6 to 2")
	fs.StringVar(&o.Reports, "reports", "liaison-reports", "folder the end screen exports after-action reviews to")
	fs.BoolVar(&o.Bench, "bench", false, "run the frame benchmark and exit")
	fs.IntVar(&o.Frames, "frames", 600, "frames per benchmark phase")
	fs.StringVar(&o.BenchScenario, "scenario", "northern-corridor.yaml", "embedded scenario for --bench")
	fs.StringVar(&o.MemProfile, "memprofile", "", "with --bench: write an allocation profile of the team board's frames")
	fs.StringVar(&o.BenchOnly, "bench-only", "", "with --bench: run one part, `empty` (the empty loop) or `session` (a scripted tutorial session), to compare peak memory")
	fs.StringVar(&o.Join, "join", "", "open \"Join a game\" with this team join `code` filled in")
	fs.StringVar(&o.Host, "host", "", "open \"Join a game\" with this host `address` (HOST:PORT) filled in")
	fs.BoolVar(&o.FirstFrame, "first-frame", false, "print the start-to-first-frame time and exit")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "usage: liaison [flags] [scenario.yaml]")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Liaison, the desktop game. Without a file it opens the menu of built-in")
		fmt.Fprintln(w, "scenarios; with one it opens that scenario. It needs a display (X11).")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "flags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return o, err // flag has printed the error (or the usage for -h)
	}
	if fs.NArg() > 1 {
		fmt.Fprintf(out, "liaison: one scenario file at most, got %d: %q\n", fs.NArg(), fs.Args())
		fs.Usage()
		return o, errors.New("too many arguments")
	}
	if o.Zoom < 0.6 || o.Zoom > 2 {
		fmt.Fprintf(out, "liaison: --zoom %g is outside 0.6 to 2\n", o.Zoom)
		return o, errors.New("zoom out of range")
	}
	if o.Frames < 1 {
		fmt.Fprintf(out, "liaison: --frames %d must be at least 1\n", o.Frames)
		return o, errors.New("frames out of range")
	}
	o.Path = fs.Arg(0)
	return o, nil
}

// ExitCode is the process exit code for Parse's error: 0 for help, 2 for
// unusable arguments.
func ExitCode(err error) int {
	switch {
	case err == nil, errors.Is(err, ErrHelp):
		return 0
	default:
		return 2
	}
}

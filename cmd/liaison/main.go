// Command liaison is the desktop game. Run it without arguments for the menu
// of embedded scenarios, or name a scenario file to open it:
//
//	liaison [--facilitator] [--seed N] [--zoom Z] [path/to/file.yaml]
//	liaison --bench [--frames 600] [--scenario northern-corridor.yaml]
//	liaison --first-frame
//
// --bench renders the team board and the facilitator view for a number of
// frames with vsync off and prints mean and p99 ms per frame beside an empty
// Ebiten loop measured in the same run. --first-frame prints the time from
// start to the first drawn frame and exits.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"liaison/game/ui"
)

func main() {
	started := processStart(time.Now())
	os.Exit(run(started, os.Args[1:]))
}

func run(started time.Time, args []string) int {
	fs := flag.NewFlagSet("liaison", flag.ContinueOnError)
	facil := fs.Bool("facilitator", false, "start games with the facilitator view on")
	seed := fs.Uint64("seed", 0, "game seed (0: the scenario's own)")
	zoom := fs.Float64("zoom", 1, "text and layout zoom, 0.6 to 2")
	reports := fs.String("reports", "liaison-reports", "folder the end screen exports after-action reviews to")
	bench := fs.Bool("bench", false, "run the frame benchmark and exit")
	frames := fs.Int("frames", 600, "frames per benchmark run")
	benchScenario := fs.String("scenario", "northern-corridor.yaml", "embedded scenario for --bench")
	memprofile := fs.String("memprofile", "", "with --bench: write an allocation profile of the team board's frames")
	firstFrame := fs.Bool("first-frame", false, "print the start-to-first-frame time and exit")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: liaison [flags] [scenario.yaml]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	if *bench {
		res, err := ui.RunBench(ui.BenchOptions{Scenario: *benchScenario, Frames: *frames, MemProfile: *memprofile})
		if err != nil {
			fmt.Fprintln(os.Stderr, "liaison:", err)
			return 1
		}
		fmt.Print(res.String())
		return 0
	}
	opts := ui.Options{Path: fs.Arg(0), ReportDir: *reports, Facilitator: *facil, Seed: *seed, Zoom: *zoom, Started: started}
	if *firstFrame {
		opts.OnFirstFrame = func(d, ours time.Duration) {
			fmt.Printf("start to first frame: %.1f ms (game setup and first draw: %.1f ms)\n", float64(d.Microseconds())/1000, float64(ours.Microseconds())/1000)
			os.Exit(0)
		}
	}
	if err := ui.Run(opts); err != nil {
		fmt.Fprintln(os.Stderr, "liaison:", err)
		return 1
	}
	return 0
}

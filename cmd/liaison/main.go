// Command liaison is the desktop game. Run it without arguments for the menu
// of embedded scenarios, or name a scenario file to open it:
//
//	liaison [--facilitator] [--seed N] [--zoom Z] [path/to/file.yaml]
//	liaison --host HOST:PORT [--join CODE]
//	liaison --bench [--frames 600] [--scenario northern-corridor.yaml] [--bench-only empty|session]
//	liaison --first-frame
//
// --bench renders the team board and the facilitator view for a number of
// frames with vsync off and prints mean and p99 ms per frame beside an empty
// Ebiten loop measured in the same run. --first-frame prints the time from
// start to the first drawn frame and exits.
//
// The command line is parsed by package cli, which answers --help and bad
// arguments before Ebiten initialises (Ebiten panics without a display).
package main

import (
	"fmt"
	"os"
	"time"

	"liaison/cmd/liaison/internal/cli"
	"liaison/game/ui"
	"liaison/game/ui/framebench"
)

func main() {
	started := processStart(time.Now())
	os.Exit(run(started, os.Args[1:]))
}

func run(started time.Time, args []string) int {
	o, err := cli.Parse(args, os.Stderr)
	if err != nil {
		return cli.ExitCode(err)
	}
	if o.Bench {
		res, err := framebench.Run(framebench.Options{Scenario: o.BenchScenario, Frames: o.Frames, MemProfile: o.MemProfile, Only: o.BenchOnly})
		if err != nil {
			fmt.Fprintln(os.Stderr, "liaison:", err)
			return 1
		}
		fmt.Print(res.String())
		return 0
	}
	opts := ui.Options{Path: o.Path, ReportDir: o.Reports, Facilitator: o.Facilitator, Seed: o.Seed, Zoom: o.Zoom, Started: started,
		Join: o.Join, Host: o.Host}
	if o.FirstFrame {
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

// Command liaisonctl holds Liaison's headless tools: validate and schema for
// scenario authors, sim and replay for designers, report for instructors.
// It never links Ebiten, so it runs on servers and in CI without a display.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/alecthomas/kong"

	"liaison/game/termsafe"
)

// cli is the command line; each command is a struct with a Run method.
type cli struct {
	Validate validateCmd `cmd:"" help:"Check scenario files; print every error with file:line:col and the source line."`
	Schema   schemaCmd   `cmd:"" help:"Print the JSON Schema of the scenario format (for editors)."`
	Sim      simCmd      `cmd:"" help:"Play many headless bot games and print score statistics per seat mix."`
	Merge    mergeCmd    `cmd:"" help:"Fold the parts of a sharded 'sim --shard K/N --json' into the result of the whole batch (byte for byte)."`
	Replay   replayCmd   `cmd:"" help:"Verify a game record by replaying it and print a round-by-round summary."`
	Play     playCmd     `cmd:"" help:"Play one all-bot game headless, saving after every round; --resume continues it after a crash."`
	Serve    serveCmd    `cmd:"" help:"Host networked rooms over websockets (/ws): join codes per seat, an instructor key per room, autosave and resume."`
	Report   reportCmd   `cmd:"" help:"After-action review of a game record: Markdown, HTML with charts, JSON, CSV of events or xAPI statements (optionally posted to an LRS)."`
}

// env carries the streams a command writes to, so tests can capture them.
type env struct {
	stdout, stderr io.Writer
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run parses args and runs the command, returning the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	var c cli
	exit := -1
	parser, err := newParser(&c, env{stdout: stdout, stderr: stderr}, func(code int) { exit = code })
	if err != nil {
		fmt.Fprintln(stderr, "liaisonctl:", err)
		return 2
	}
	ctx, err := parser.Parse(args)
	if exit >= 0 {
		return exit
	}
	if err != nil {
		fmt.Fprintln(stderr, "liaisonctl:", termsafe.Text(err.Error()))
		return 2
	}
	if err := ctx.Run(); err != nil {
		var code exitCode
		if errors.As(err, &code) {
			return int(code)
		}
		// Errors quote scenario text, records and server replies: escape
		// any control character so none reaches the terminal as a command.
		fmt.Fprintln(stderr, "liaisonctl:", termsafe.Text(err.Error()))
		return 1
	}
	return 0
}

// newParser builds the command-line parser into c; exit is called where
// kong would exit (help, usage errors).
func newParser(c *cli, e env, exit func(int)) (*kong.Kong, error) {
	return kong.New(c,
		kong.Name("liaisonctl"),
		kong.Description("Headless tools for Liaison scenarios, simulations and reports."),
		kong.UsageOnError(),
		kong.Writers(e.stdout, e.stderr),
		kong.Exit(exit),
		kong.BindTo(e, (*env)(nil)),
	)
}

// exitCode is returned by a command that already reported its failure.
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit %d", int(e)) }

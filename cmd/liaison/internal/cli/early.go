package cli

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// init answers --help and bad arguments, and explains a missing display,
// before Ebiten's own package initialisation runs: Ebiten initialises GLFW
// in an init function and panics there when there is no X display, long
// before main. Go initialises packages in import-path order among those
// whose imports are ready, and this package needs only a few standard ones,
// so it runs first; TestHelpWithoutDisplay in cmd/liaison pins that.
//
// Test binaries (which have their own -test.* flags) are left alone; the
// package does not import testing to ask, as that would delay its turn.
func init() {
	if isTestBinary(os.Args) {
		return
	}
	if _, err := Parse(os.Args[1:], os.Stderr); err != nil {
		os.Exit(ExitCode(err))
	}
	if NoDisplay(runtime.GOOS, os.Getenv) {
		fmt.Fprintln(os.Stderr, "liaison: no display: DISPLAY is not set. The desktop game needs an X11 (or XWayland) session;")
		fmt.Fprintln(os.Stderr, "         under a headless server, run it through xvfb-run, or play in the terminal with liaisonctl.")
		os.Exit(1)
	}
}

// NoDisplay reports whether a Linux or BSD process has no X display to
// open a window on (Ebiten's GLFW speaks X11 there; getenv is os.Getenv, a
// seam for tests).
func NoDisplay(goos string, getenv func(string) string) bool {
	switch goos {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return getenv("DISPLAY") == ""
	}
	return false
}

// isTestBinary reports whether args are those of a Go test binary.
func isTestBinary(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if strings.HasSuffix(args[0], ".test") {
		return true
	}
	for _, a := range args[1:] {
		if strings.HasPrefix(a, "-test.") {
			return true
		}
	}
	return false
}

//go:build !unix

package proccpu

import "time"

// Used reports that CPU time is not measured on this platform (the
// browser has no rusage).
func Used() (time.Duration, bool) { return 0, false }

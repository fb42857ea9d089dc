//go:build !js

// Browser builds have no rusage: the benchmarks that read CPU time run on the desktop only.

package rules

import (
	"syscall"
	"time"
)

// cpuNow is this process's user+system CPU time.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

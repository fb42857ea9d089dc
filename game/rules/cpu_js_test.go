//go:build js

package rules

import "time"

// wallStart anchors cpuNow in the browser build.
var wallStart = time.Now()

// cpuNow stands in for CPU time in the browser, which has no rusage: the
// wall time since the test binary started (one thread, so near enough).
func cpuNow() time.Duration { return time.Since(wallStart) }

package main

import (
	"syscall/js"
	"time"
)

// processStart returns when the page started loading (performance.timeOrigin),
// so the start-to-first-frame time includes downloading and compiling the
// game; fallback when the browser does not say.
func processStart(fallback time.Time) time.Time {
	perf := js.Global().Get("performance")
	if perf.Type() != js.TypeObject {
		return fallback
	}
	origin := perf.Get("timeOrigin")
	if origin.Type() != js.TypeNumber {
		return fallback
	}
	ms := origin.Float()
	t := time.UnixMicro(int64(ms * 1000))
	if t.After(fallback) || fallback.Sub(t) > time.Hour {
		return fallback
	}
	return t
}

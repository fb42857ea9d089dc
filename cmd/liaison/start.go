//go:build !js

package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// processStart returns when the process started, from /proc on Linux (so
// the start-to-first-frame time includes loading and package init), or
// fallback elsewhere. /proc's resolution is one clock tick (10 ms).
func processStart(fallback time.Time) time.Time {
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return fallback
	}
	// Fields after the command name, which is in parentheses and may hold spaces.
	i := strings.LastIndexByte(string(stat), ')')
	if i < 0 {
		return fallback
	}
	fields := strings.Fields(string(stat[i+1:]))
	if len(fields) < 20 {
		return fallback
	}
	ticks, err := strconv.ParseInt(fields[19], 10, 64) // starttime, field 22
	if err != nil {
		return fallback
	}
	// Age = time since boot (/proc/uptime) minus start time since boot.
	up, err := os.ReadFile("/proc/uptime")
	if err != nil {
		return fallback
	}
	f := strings.Fields(string(up))
	if len(f) == 0 {
		return fallback
	}
	secs, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return fallback
	}
	const clkTck = 100 // USER_HZ on Linux
	age := time.Duration(secs*float64(time.Second)) - time.Duration(ticks)*time.Second/clkTck
	if age < 0 || age > time.Minute {
		return fallback
	}
	return fallback.Add(-age)
}

package main

import (
	"testing"
	"time"
)

// These tests link Ebiten (through game/ui): run them under xvfb-run. The
// command line itself is tested without a display in internal/cli.

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"--no-such-flag"}, {"a.yaml", "b.yaml"}} {
		if code := run(time.Now(), args); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
	if code := run(time.Now(), []string{"--help"}); code != 0 {
		t.Errorf("run(--help) = %d, want 0", code)
	}
}

func TestProcessStartIsBeforeNow(t *testing.T) {
	now := time.Now()
	got := processStart(now)
	if got.After(now) || now.Sub(got) > time.Minute {
		t.Fatalf("process start %v, now %v", got, now)
	}
}

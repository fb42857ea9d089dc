package main

import (
	"testing"
	"time"
)

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{{"--no-such-flag"}, {"a.yaml", "b.yaml"}} {
		if code := run(time.Now(), args); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
}

func TestProcessStartIsBeforeNow(t *testing.T) {
	now := time.Now()
	got := processStart(now)
	if got.After(now) || now.Sub(got) > time.Minute {
		t.Fatalf("process start %v, now %v", got, now)
	}
}

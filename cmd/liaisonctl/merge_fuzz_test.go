package main

import (
	"os"
	"path/filepath"
	"testing"

	"liaison/game/sim"
)

// FuzzParseShard: any --shard text is either a valid shard or an error,
// never a panic.
func FuzzParseShard(f *testing.F) {
	for _, s := range []string{"0/1", "3/4", "4/4", "-1/2", "1", "a/b", " 2 / 5 ", "9999999999999999999/1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, arg string) {
		s, err := parseShard(arg)
		if arg == "" {
			if err != nil || !s.Whole() {
				t.Fatalf("no --shard must mean the whole batch: %+v, %v", s, err)
			}
			return
		}
		if err == nil && (s.N < 1 || s.K < 0 || s.K >= s.N) {
			t.Fatalf("%q parsed to bad shard %+v", arg, s)
		}
	})
}

// FuzzMergeParts: whatever a part file holds, merge reads it strictly and
// either folds it or says why, never panics.
func FuzzMergeParts(f *testing.F) {
	// A real part (tutorial, 3 games, shard 0/2, --balance), read from a
	// file so that every fuzz worker does not play games to get it.
	seed, err := os.ReadFile(filepath.Join("testdata", "part-0-of-2.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte(`{"format":"liaison-sim-partial/1","shard":{"k":0,"n":1},"games":1,"mixes":[{"games":1,"teams":[{"team":"a"}],"coalition":{}}]}`))
	f.Add([]byte(`{"format":"liaison-sim-partial/1","shard":{"k":0,"n":1},"games":1,"balance":true,"mixes":[{"games":1,"balance":{"games":1,"threats":[{"id":"x"}]}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := decodePartial("part.json", data)
		if err != nil {
			return
		}
		if whole, err := sim.Merge([]*sim.Partial{p, p}); err == nil {
			_ = writeResult(discard{}, whole, true, false)
			_ = writeResult(discard{}, whole, false, false)
		}
		if whole, err := sim.Merge([]*sim.Partial{p}); err == nil {
			_ = writeResult(discard{}, whole, true, false)
			_ = writeResult(discard{}, whole, false, false)
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		code  int  // ExitCode of the error
		ok    bool // parsed without error
		inOut string
		want  func(t *testing.T, o Options)
	}{
		{name: "defaults", ok: true, want: func(t *testing.T, o Options) {
			assert.Equal(t, 1.0, o.Zoom)
			assert.Equal(t, "", o.Path)
			assert.Equal(t, 600, o.Frames)
		}},
		{name: "file and flags", args: []string{"--facilitator", "--seed", "7", "x.yaml"}, ok: true, want: func(t *testing.T, o Options) {
			assert.True(t, o.Facilitator)
			assert.Equal(t, uint64(7), o.Seed)
			assert.Equal(t, "x.yaml", o.Path)
		}},
		{name: "join", args: []string{"--host", "10.0.0.5:8470", "--join", "K7QM-4TXR"}, ok: true, want: func(t *testing.T, o Options) {
			assert.Equal(t, "10.0.0.5:8470", o.Host)
			assert.Equal(t, "K7QM-4TXR", o.Join)
		}},
		{name: "help", args: []string{"--help"}, code: 0, inOut: "usage: liaison"},
		{name: "short help", args: []string{"-h"}, code: 0, inOut: "-facilitator"},
		{name: "unknown flag", args: []string{"--nope"}, code: 2, inOut: "not defined: -nope"},
		{name: "two files", args: []string{"a.yaml", "b.yaml"}, code: 2, inOut: "one scenario file at most"},
		{name: "zoom too large", args: []string{"--zoom", "9"}, code: 2, inOut: "outside 0.6 to 2"},
		{name: "bad seed", args: []string{"--seed", "-1"}, code: 2, inOut: "invalid value"},
		{name: "no frames", args: []string{"--frames", "0"}, code: 2, inOut: "at least 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			o, err := Parse(tc.args, &out)
			if tc.ok {
				require.NoError(t, err)
				assert.Empty(t, out.String())
				tc.want(t, o)
				return
			}
			require.Error(t, err)
			assert.Equal(t, tc.code, ExitCode(err))
			assert.Contains(t, out.String(), tc.inOut)
		})
	}
}

func TestNoDisplay(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	assert.True(t, NoDisplay("linux", env(nil)))
	assert.False(t, NoDisplay("linux", env(map[string]string{"DISPLAY": ":0"})))
	assert.False(t, NoDisplay("windows", env(nil)), "Windows and macOS need no DISPLAY")
	assert.False(t, NoDisplay("darwin", env(nil)))
}

func TestIsTestBinary(t *testing.T) {
	assert.True(t, isTestBinary([]string{"/tmp/go-build/cli.test", "-test.v"}))
	assert.True(t, isTestBinary([]string{"x", "-test.timeout=1m"}))
	assert.False(t, isTestBinary([]string{"liaison", "--help"}))
	assert.False(t, isTestBinary(nil))
}

// TestWithoutDisplay builds the real game binary (which links Ebiten) and
// runs it with DISPLAY unset: --help prints the usage and bad arguments a
// clear error instead of Ebiten's panic at initialisation. This pins that
// package cli initialises before Ebiten does (see early.go).
func TestWithoutDisplay(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the game binary")
	}
	if runtime.GOOS != "linux" {
		t.Skip("the missing-display panic is a Linux/X11 matter")
	}
	bin := filepath.Join(t.TempDir(), "liaison")
	build := exec.Command("go", "build", "-o", bin, "liaison/cmd/liaison")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--help"}, 0, "usage: liaison [flags] [scenario.yaml]"},
		{[]string{"-h"}, 0, "-facilitator"},
		{[]string{"--no-such-flag"}, 2, "flag provided but not defined"},
		{[]string{"a.yaml", "b.yaml"}, 2, "one scenario file at most"},
		{nil, 1, "liaison: no display"},
	}
	for _, tc := range tests {
		cmd := exec.Command(bin, tc.args...)
		cmd.Env = withoutDisplay(os.Environ())
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		assert.Equal(t, tc.code, code, "liaison %q: %s", tc.args, out)
		assert.Contains(t, string(out), tc.want, "liaison %q", tc.args)
		assert.NotContains(t, string(out), "panic", "liaison %q", tc.args)
	}
}

func withoutDisplay(env []string) []string {
	var kept []string
	for _, kv := range env {
		if len(kv) >= 8 && kv[:8] == "DISPLAY=" {
			continue
		}
		kept = append(kept, kv)
	}
	return kept
}

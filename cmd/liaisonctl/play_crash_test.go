package main

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/save"
)

// crashKills is how many runs of the crash test must really be killed.
const crashKills = 24

var roundLine = regexp.MustCompile(`^round (\d+)/\d+ resolved; saved$`)

// TestPlaySurvivesKill9 builds liaisonctl, starts `play harbour-watch --save`
// as a separate process and kills it with SIGKILL at a random moment
// (seeded, so the test is reproducible), crashKills times, with and without
// pauses between rounds so kills land while resolving, writing, fsyncing and
// sleeping. After each kill the save on disk must load (never torn) and hold
// at least every round the process had reported saved; play --resume must
// then finish the game with exactly the uninterrupted game's final state.
func TestPlaySurvivesKill9(t *testing.T) {
	bin, dir := builtForKilling(t)

	start := time.Now()
	out, err := exec.Command(bin, "play", "harbour-watch").Output()
	require.NoError(t, err)
	want := playHash(t, string(out))

	delays := []int{0, 5, 20}
	rounds := 0
	for _, d := range delays {
		path := filepath.Join(dir, fmt.Sprintf("reference-%d.json", d))
		out, err := exec.Command(bin, "play", "harbour-watch", "--save", path, "--delay-ms", strconv.Itoa(d)).Output()
		require.NoError(t, err)
		require.Equal(t, want, playHash(t, string(out)), "saving and pausing do not change the game")
		sv, err := save.Load(path)
		require.NoError(t, err)
		rounds = sv.Rounds()
	}
	require.Greater(t, rounds, 2)

	// A kill point is a round to wait for (0: the start) and a random time
	// after it, up to a round's pause plus a few milliseconds of work, so
	// kills spread over the whole game on fast and slow machines alike.
	rng := rand.New(rand.NewPCG(20261129, 9))
	killed, finished, midGame := 0, 0, 0
	for i := 0; killed < crashKills; i++ {
		require.Less(t, i, 3*crashKills, "too few runs were still going when killed")
		d := delays[i%len(delays)]
		path := filepath.Join(dir, fmt.Sprintf("run-%02d.json", i))
		round := rng.IntN(rounds)
		at := time.Duration(rng.Int64N(int64(time.Duration(d+8) * time.Millisecond)))
		r := killAt(t, bin, path, d, round, at)
		if !r.killed {
			finished++
			continue
		}
		killed++
		saved, exists := 0, false
		if _, err := os.Stat(path); err == nil {
			sv, err := save.Load(path)
			require.NoError(t, err, "run %d: the save left by kill -9 must load", i)
			saved, exists = sv.Rounds(), true
		}
		require.GreaterOrEqual(t, saved, r.reported, "run %d: a round reported saved was lost", i)
		if saved > 0 {
			midGame++
		}

		out, err := exec.Command(bin, "play", "harbour-watch", "--save", path, "--resume").Output()
		require.NoError(t, err, "run %d: resume after kill -9: %s", i, exitText(err))
		require.Equal(t, want, playHash(t, string(out)), "run %d: killed after %d saved round(s)", i, saved)
		if exists {
			assert.Contains(t, string(out), fmt.Sprintf("%d round(s) already resolved", saved), "run %d", i)
		} else {
			assert.Contains(t, string(out), "starting a new game", "run %d", i)
		}
		t.Logf("run %2d: delay %2d ms, SIGKILL %-9v after round %2d was reported: reported %2d, on disk %2d (file: %-5v), resumed to the same final state",
			i, d, at.Round(time.Microsecond), round, r.reported, saved, exists)
	}
	temps, err := filepath.Glob(filepath.Join(dir, ".tmp-*"))
	require.NoError(t, err)
	t.Logf("%d runs killed (%d of them mid-game with rounds on disk, %d mid-write leaving a temporary file), %d finished before their kill time; %v in all",
		killed, midGame, len(temps), finished, time.Since(start).Round(time.Millisecond))
	assert.GreaterOrEqual(t, midGame, crashKills/2, "most kills should land mid-game")
}

// killRun is what one killed run reported before it died.
type killRun struct {
	killed   bool // the process was still running when SIGKILL came
	reported int  // last round it printed as saved
}

// killAt starts play with --save path, waits until it reports round saved
// (0: not at all), sends SIGKILL after the given time more and returns what
// it had reported.
func killAt(t *testing.T, bin, path string, delayMs, round int, at time.Duration) killRun {
	t.Helper()
	cmd := exec.Command(bin, "play", "harbour-watch", "--save", path, "--delay-ms", strconv.Itoa(delayMs))
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	done := make(chan int)
	reached := make(chan struct{})
	go func() {
		last := 0
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := roundLine.FindStringSubmatch(sc.Text()); m != nil {
				last, _ = strconv.Atoi(m[1])
				if last == round {
					close(reached)
				}
			}
		}
		done <- last
	}()
	if round > 0 {
		select {
		case <-reached:
		case <-time.After(time.Minute):
		}
	}
	time.Sleep(at)
	sigErr := cmd.Process.Signal(syscall.SIGKILL)
	reported := <-done
	err = cmd.Wait()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return killRun{killed: false, reported: reported}
	case errors.As(err, &exit) && exit.Sys().(syscall.WaitStatus).Signaled():
		require.NoError(t, sigErr)
		return killRun{killed: true, reported: reported}
	}
	require.NoError(t, err, "play failed on its own")
	return killRun{}
}

// exitText returns a failed command's standard error.
func exitText(err error) string {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(exit.Stderr)
	}
	return ""
}

// builtForKilling builds liaisonctl into a new temporary folder, for the
// tests that kill it, and returns the binary and the folder; it skips the
// test in -short mode, off Unix (SIGKILL) and without a go command.
func builtForKilling(t *testing.T) (bin, dir string) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds liaisonctl and kills it")
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL semantics are Unix")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build liaisonctl with")
	}
	dir = t.TempDir()
	bin = filepath.Join(dir, "liaisonctl")
	out, err := exec.Command(goBin, "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin, dir
}

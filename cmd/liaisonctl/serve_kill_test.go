package main

import (
	"bufio"
	"context"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// serveProc is a liaisonctl serve process and what it printed.
type serveProc struct {
	cmd  *exec.Cmd
	addr string
	key  string
	code string
}

// startServe runs the binary and waits for its address (and the codes of
// a new room, when it makes one).
func startServe(t *testing.T, bin string, args ...string) *serveProc {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = io.Discard
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	p := &serveProc{cmd: cmd}
	listen := regexp.MustCompile(`^listening on (ws://\S+/ws)`)
	key := regexp.MustCompile(`instructor key: ([0-9a-f]{32})`)
	code := regexp.MustCompile(`nordvik-sss\s+join code (\S+)`)
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		l := sc.Text()
		if m := key.FindStringSubmatch(l); m != nil {
			p.key = m[1]
		}
		if m := code.FindStringSubmatch(l); m != nil {
			p.code = m[1]
		}
		if m := listen.FindStringSubmatch(l); m != nil {
			p.addr = m[1]
			break
		}
	}
	require.NotEmpty(t, p.addr, "serve printed no address")
	go func() { _, _ = io.Copy(io.Discard, out) }()
	return p
}

// playRounds confirms no orders for nordvik-sss for n rounds (all rounds
// when n < 0) and returns the last snapshot's round.
func playRounds(t *testing.T, ctx context.Context, addr, code string, n int) int {
	t.Helper()
	cl, err := netplay.Dial(ctx, addr, netplay.Hello{Code: code})
	require.NoError(t, err)
	defer cl.Close()
	played := 0
	for env := range cl.Updates() {
		sn, err := netplay.DecodeSnapshot(env)
		require.NoError(t, err)
		if sn.Phase == netplay.PhaseOver || played == n {
			return sn.Round
		}
		if sn.Phase == netplay.PhaseOrders {
			require.NoError(t, cl.Confirm(ctx, sn.Round, []rules.Order{}))
			played++
		}
	}
	t.Fatalf("the connection ended: %v", cl.Err())
	return 0
}

// TestServeSurvivesKill9AndStopsOnSIGTERM: a serve process killed with
// SIGKILL mid-game resumes its room from the autosave, the person rejoins
// with the same code and the game ends at the uninterrupted game's hash;
// SIGTERM then saves and exits 0 within 5 s.
func TestServeSurvivesKill9AndStopsOnSIGTERM(t *testing.T) {
	bin, dir := builtForKilling(t)
	rooms := filepath.Join(dir, "rooms")
	seats := "all=cooperative,nordvik-sss=human"

	// The uninterrupted game: the person gives no orders.
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	sc, diags := scenario.Parse("harbour-watch.yaml", data)
	require.NotNil(t, sc, "%v", diags)
	ref, err := room.New(room.Config{Scenario: sc, Data: data, File: "harbour-watch.yaml", Source: save.Source{Embedded: "harbour-watch.yaml"},
		Seats: map[string]string{"nordvik-sss": "human", "aurelia-fib": "cooperative", "maritime-tf": "cooperative", "vesterholm-customs": "cooperative"}})
	require.NoError(t, err)
	for !ref.Over() {
		require.NoError(t, ref.Confirm("nordvik-sss", nil))
		_, err := ref.Resolve(context.Background(), false)
		require.NoError(t, err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	first := startServe(t, bin, "--scenario", "harbour-watch", "--seats", seats, "--save-dir", rooms)
	require.NotEmpty(t, first.code)
	assert.Equal(t, 4, playRounds(t, ctx, first.addr, first.code, 3))
	require.NoError(t, first.cmd.Process.Signal(syscall.SIGKILL))
	_ = first.cmd.Wait()

	second := startServe(t, bin, "--save-dir", rooms)
	fac, err := netplay.Dial(ctx, second.addr, netplay.Hello{Key: first.key})
	require.NoError(t, err, "the instructor key survives the restart")
	defer fac.Close()
	playRounds(t, ctx, second.addr, first.code, -1)
	hash := ""
	for env := range fac.Updates() {
		f, err := netplay.DecodeFacilitator(env)
		require.NoError(t, err)
		if f.Over && f.Hash != "" {
			hash = f.Hash
			break
		}
	}
	assert.Equal(t, ref.Hash(), hash)

	began := time.Now()
	require.NoError(t, second.cmd.Process.Signal(syscall.SIGTERM))
	require.NoError(t, second.cmd.Wait(), "serve exits 0 on SIGTERM")
	assert.Less(t, time.Since(began), 5*time.Second)
}

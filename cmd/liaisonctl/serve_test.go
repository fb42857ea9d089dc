package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
)

// syncBuffer is a buffer the server goroutine writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls out until re matches, and returns the submatches.
func waitFor(t *testing.T, out *syncBuffer, re *regexp.Regexp) []string {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := re.FindStringSubmatch(out.String()); m != nil {
			return m
		}
	}
	t.Fatalf("no %s in:\n%s", re, out.String())
	return nil
}

// TestServeStopsSavesAndResumes runs serve on loopback: it prints the
// codes once, a person joins, the stop signal saves the room and returns
// within 5 s, and a second serve resumes the room with the same code.
func TestServeStopsSavesAndResumes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "rooms")
	start := func(c serveCmd) (*syncBuffer, context.CancelFunc, chan error) {
		out := &syncBuffer{}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- c.serve(ctx, out, io.Discard) }()
		return out, cancel, done
	}
	out, cancel, done := start(serveCmd{Addr: "127.0.0.1:0", Scenario: "harbour-watch", Rooms: 2, Seats: "all=cooperative,nordvik-sss=human", SaveDir: dir})
	addr := waitFor(t, out, regexp.MustCompile(`listening on (ws://[0-9.:]+/ws)`))[1]
	code := waitFor(t, out, regexp.MustCompile(`nordvik-sss\s+join code ([A-Z0-9-]+)`))[1]
	waitFor(t, out, regexp.MustCompile(`browser client: not built in .* \(run make web\)`))
	assert.Len(t, regexp.MustCompile(`instructor key: [0-9a-f]{32}`).FindAllString(out.String(), -1), 2)

	hello := func(addr string) *websocket.Conn {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		c, _, err := websocket.Dial(ctx, addr, nil)
		require.NoError(t, err)
		b, _ := json.Marshal(netplay.Envelope{V: netplay.Version, Type: netplay.THello, Seq: 1, Body: json.RawMessage(`{"code":"` + code + `"}`)})
		require.NoError(t, c.Write(ctx, websocket.MessageText, b))
		_, msg, err := c.Read(ctx)
		require.NoError(t, err)
		var env netplay.Envelope
		require.NoError(t, json.Unmarshal(msg, &env))
		require.Equal(t, netplay.TWelcome, env.Type, "%s", msg)
		return c
	}
	conn := hello(addr)
	defer conn.CloseNow()

	began := time.Now()
	cancel() // as SIGTERM does
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	assert.Less(t, time.Since(began), 5*time.Second)
	saves, err := filepath.Glob(filepath.Join(dir, "*.save"))
	require.NoError(t, err)
	assert.Len(t, saves, 2)

	out2, cancel2, done2 := start(serveCmd{Addr: "127.0.0.1:0", Scenario: "harbour-watch", Rooms: 1, SaveDir: dir})
	defer func() { cancel2(); <-done2 }()
	addr2 := waitFor(t, out2, regexp.MustCompile(`listening on (ws://[0-9.:]+/ws)`))[1]
	assert.Len(t, regexp.MustCompile(`resumed room`).FindAllString(out2.String(), -1), 2)
	assert.NotContains(t, out2.String(), code, "codes are printed only when a room is created")
	assert.NotContains(t, out2.String(), "instructor key", "a restart with the same flags makes no new room")
	hello(addr2).CloseNow()
}

func TestServeRefusesBadFlags(t *testing.T) {
	shortKey := filepath.Join(t.TempDir(), "admin.key")
	require.NoError(t, os.WriteFile(shortKey, []byte("guessable\n"), 0o600))
	for _, c := range []serveCmd{
		{Addr: "127.0.0.1:0", Rooms: 1, TLSCert: "x.pem"},
		{Addr: "127.0.0.1:0", Rooms: 0},
		{Addr: "127.0.0.1:0", Rooms: 1, Scenario: "no-such-scenario"},
		{Addr: "127.0.0.1:0", Rooms: 1, Scenario: "harbour-watch", Seats: "ghost=human"},
		{Addr: "127.0.0.1:0", Rooms: 1, TLSCert: "missing.pem", TLSKey: "missing.key"},
		{Addr: "127.0.0.1:0", Rooms: 1, Instance: "a/b"},
		{Addr: "127.0.0.1:0", Rooms: 1, AdminKeyFile: shortKey},
	} {
		c.SaveDir = t.TempDir()
		assert.Error(t, c.serve(context.Background(), io.Discard, io.Discard), "%+v", c)
	}
}

// TestServeCodesFile: with --codes-file the console shows no code.
func TestServeCodesFile(t *testing.T) {
	dir := t.TempDir()
	codes := filepath.Join(dir, "codes.txt")
	out := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	c := serveCmd{Addr: "127.0.0.1:0", Scenario: "tutorial", Rooms: 1, SaveDir: filepath.Join(dir, "rooms"), CodesFile: codes, Instance: "east"}
	go func() { done <- c.serve(ctx, out, io.Discard) }()
	waitFor(t, out, regexp.MustCompile(`listening on`))
	cancel()
	require.NoError(t, <-done)
	b, err := os.ReadFile(codes)
	require.NoError(t, err)
	assert.Regexp(t, `room east-r[0-9a-f]+ .*\n  instructor key: [0-9a-f]{32}\n .*join code`, string(b))
	assert.NotContains(t, out.String(), "instructor key")
	fi, err := os.Stat(codes)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
}

// TestServeAdminKeyFile: a missing key file is made with a 0600 128-bit
// key, which then creates rooms over /ws.
func TestServeAdminKeyFile(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "admin.key")
	out := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	c := serveCmd{Addr: "127.0.0.1:0", Rooms: 1, SaveDir: filepath.Join(dir, "rooms"), AdminKeyFile: keyFile}
	go func() { done <- c.serve(ctx, out, io.Discard) }()
	defer func() { cancel(); <-done }()
	addr := waitFor(t, out, regexp.MustCompile(`listening on (ws://[0-9.:]+/ws)`))[1]
	b, err := os.ReadFile(keyFile)
	require.NoError(t, err)
	fi, err := os.Stat(keyFile)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	key := strings.TrimSpace(string(b))
	require.Len(t, key, 32)
	assert.NotContains(t, out.String(), key)

	dctx, dcancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer dcancel()
	adm, err := netplay.Dial(dctx, addr, netplay.Hello{Key: key})
	require.NoError(t, err)
	defer adm.Close()
	assert.Equal(t, netplay.RoleAdmin, adm.Welcome().Role)
	nr, err := adm.CreateRoom(dctx, netplay.Create{Scenario: "tutorial"})
	require.NoError(t, err)
	require.NotEmpty(t, nr.Codes)
	fac, err := netplay.Dial(dctx, addr, netplay.Hello{Key: nr.Key})
	require.NoError(t, err)
	defer fac.Close()
	code, err := fac.SpectatorCode(dctx, "")
	require.NoError(t, err)
	assert.Len(t, code, 9)
	_, err = adm.CreateRoom(dctx, netplay.Create{Scenario: "nope"})
	var e *netplay.Error
	assert.ErrorAs(t, err, &e)
}

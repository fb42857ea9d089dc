package main

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/save"
	"liaison/game/termsafe"
	"liaison/game/webclient"
)

type serveCmd struct {
	Addr         string   `default:":8470" help:"Address to listen on, HOST:PORT (\":8470\": every interface; \"127.0.0.1:0\": this machine, any free port)." placeholder:"HOST:PORT"`
	Scenario     string   `help:"Create rooms of this scenario (file, or embedded name) at start; without it, only saved rooms resume." placeholder:"SCENARIO"`
	Rooms        int      `default:"1" help:"How many rooms of --scenario to create (one class each). Only when no saved room resumes, unless --more-rooms."`
	MoreRooms    bool     `name:"more-rooms" help:"Create the --scenario rooms even when saved rooms resumed."`
	Seats        string   `help:"Seats as team=human|personality,... ('all=human' seats people everywhere). Default: the scenario's seats." placeholder:"MIX"`
	Seed         uint64   `help:"Game seed (0: the scenario's seed)."`
	SaveDir      string   `name:"save-dir" default:"liaison-rooms" help:"Folder for the rooms' autosaves; rooms saved there resume at start." placeholder:"DIR"`
	TLSCert      string   `name:"tls-cert" help:"TLS certificate (PEM) to serve wss://; needs --tls-key." placeholder:"FILE"`
	TLSKey       string   `name:"tls-key" help:"TLS private key (PEM) for --tls-cert." placeholder:"FILE"`
	Instance     string   `help:"Prefix of this host's room ids (letters, digits), so a proxy in front of several hosts routes /ws?room=ID by it." placeholder:"NAME"`
	CodesFile    string   `name:"codes-file" help:"Append new rooms' join codes and instructor keys to this file (created 0600) instead of printing them: for containers, whose console is a log." placeholder:"PATH"`
	AdminKeyFile string   `name:"admin-key-file" help:"Let the holder of the key in this file create rooms over /ws (message create). Made, 0600, with a new 128-bit key when missing." placeholder:"PATH"`
	AllowOrigin  []string `name:"allow-origin" help:"Also accept websocket upgrades from pages of this host pattern (repeatable); by default only the host's own origin." placeholder:"HOST"`
	Web          string   `default:"web/dist" help:"Folder of the browser client (built by 'make web') served at /, beside /ws; without a built client, / says how to build it." placeholder:"DIR"`
}

// maxRooms bounds --rooms.
const maxRooms = 500

// stopGrace is how long a stopping server waits for its rooms and
// connections: the whole stop fits in 5 s.
const stopGrace = 4 * time.Second

// Run serves until SIGINT or SIGTERM, then saves every room and stops.
func (c *serveCmd) Run(e env) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return c.serve(ctx, e.stdout, e.stderr)
}

// serve is Run with its context and streams, for tests.
func (c *serveCmd) serve(ctx context.Context, stdout, stderr io.Writer) error {
	if c.Web == "" {
		c.Web = webclient.DefaultDir
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		return errors.New("give both --tls-cert and --tls-key, or neither")
	}
	if c.Rooms < 1 || c.Rooms > maxRooms {
		return fmt.Errorf("--rooms %d: expected 1 to %d", c.Rooms, maxRooms)
	}
	if !validInstance(c.Instance) {
		return fmt.Errorf("--instance %s: use at most 20 letters and digits", termsafe.Quote(c.Instance))
	}
	if err := os.MkdirAll(c.SaveDir, 0o700); err != nil {
		return fmt.Errorf("--save-dir: %w", err)
	}
	adminKey, err := c.adminKey(stdout)
	if err != nil {
		return err
	}
	logger := log.New(stderr, "", log.LstdFlags)
	srv := netplay.NewServer(netplay.Options{AllowOrigins: c.AllowOrigin, SaveDir: c.SaveDir, Logf: logger.Printf,
		Instance: c.Instance, AdminKey: adminKey})
	ids, err := srv.ResumeRooms()
	if err != nil {
		fmt.Fprintln(stderr, "liaisonctl serve: some saved rooms did not resume:", termsafe.Text(err.Error()))
	}
	for _, id := range ids {
		fmt.Fprintf(stdout, "resumed room %s (its codes and key are unchanged)\n", id)
	}
	switch {
	case c.Scenario != "" && len(ids) > 0 && !c.MoreRooms:
		// A restarted container runs with the same flags: resume, do not
		// add rooms every time.
		fmt.Fprintf(stdout, "%d saved rooms resumed; no new rooms of %s (give --more-rooms to add them anyway)\n", len(ids), c.Scenario)
	case c.Scenario != "":
		if err := c.createRooms(srv, stdout); err != nil {
			_ = srv.Shutdown(context.Background())
			return err
		}
	}
	if len(srv.Rooms()) == 0 {
		fmt.Fprintln(stderr, "liaisonctl serve: no rooms: give --scenario (and --seats) to create some")
	}
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		_ = srv.Shutdown(context.Background())
		return fmt.Errorf("listen on %s: %w", c.Addr, err)
	}
	hs := &http.Server{Handler: webclient.Mux(srv.Handler(), c.Web), ReadHeaderTimeout: 10 * time.Second, ErrorLog: logger}
	scheme := "ws"
	if c.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(c.TLSCert, c.TLSKey)
		if err != nil {
			_ = ln.Close()
			_ = srv.Shutdown(context.Background())
			return fmt.Errorf("--tls-cert/--tls-key: %w", err)
		}
		hs.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		ln = tls.NewListener(ln, hs.TLSConfig)
		scheme = "wss"
	}
	fmt.Fprintf(stdout, "listening on %s://%s/ws (stop with Ctrl+C or SIGTERM: rooms are saved)\n", scheme, ln.Addr())
	web := "http"
	if scheme == "wss" {
		web = "https"
	}
	if _, err := os.Stat(filepath.Join(c.Web, webclient.IndexFile)); err != nil {
		fmt.Fprintf(stdout, "browser client: not built in %s (run make web); %s://%s/ says so\n", c.Web, web, ln.Addr())
	} else {
		fmt.Fprintf(stdout, "browser client: %s://%s/ (from %s)\n", web, ln.Addr(), c.Web)
	}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		_ = srv.Shutdown(context.Background())
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), stopGrace)
	defer cancel()
	err = errors.Join(srv.Shutdown(sctx), hs.Shutdown(sctx))
	fmt.Fprintln(stdout, "stopped; rooms saved in", c.SaveDir)
	return err
}

// createRooms makes --rooms rooms of --scenario and prints each room's
// codes and instructor key, once: this console is the instructor's.
func (c *serveCmd) createRooms(srv *netplay.Server, stdout io.Writer) error {
	if c.CodesFile != "" {
		f, err := os.OpenFile(c.CodesFile, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return fmt.Errorf("--codes-file: %w", err)
		}
		defer f.Close()
		fmt.Fprintf(stdout, "the new rooms' join codes and keys are in %s\n", c.CodesFile)
		stdout = f
	}
	src, err := loadSource(c.Scenario)
	if err != nil {
		return err
	}
	seats := map[string]string{}
	if c.Seats != "" {
		mixes, err := parseMixes([]string{c.Seats})
		if err != nil {
			return err
		}
		for _, t := range src.Scenario.Teams {
			if k := mixes[0]["all"]; k != "" {
				seats[t.ID] = k
			}
			if k := mixes[0][t.ID]; k != "" {
				seats[t.ID] = k
			}
		}
		for k := range mixes[0] {
			if _, ok := src.Scenario.Team(k); !ok && k != "all" {
				return fmt.Errorf("--seats: no team %s in %s", termsafe.Quote(k), src.Scenario.ID)
			}
		}
	}
	where := save.Source{Embedded: src.File}
	if _, err := os.Lstat(c.Scenario); err == nil {
		abs, err := filepath.Abs(c.Scenario)
		if err != nil {
			return err
		}
		where = save.Source{Path: abs}
	}
	for i := 0; i < c.Rooms; i++ {
		cr, err := srv.CreateRoom(room.Config{Scenario: src.Scenario, Data: src.Data, File: src.File, Source: where,
			Seed: c.Seed, Seats: seats, Facilitator: true})
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "room %s — %s\n  instructor key: %s\n", cr.Room, src.Scenario.Title, cr.Key)
		teams := make([]string, 0, len(cr.Codes))
		for t := range cr.Codes {
			teams = append(teams, t)
		}
		sort.Strings(teams)
		for _, t := range teams {
			// The team's name is what goes on the desk's handout; the id
			// stays first for scripts.
			name := t
			if tm, ok := src.Scenario.Team(t); ok && tm.Name != "" {
				name = tm.Name
			}
			fmt.Fprintf(stdout, "  %-24s join code %s  %s\n", t, cr.Codes[t], name)
		}
	}
	return nil
}

// validInstance checks --instance: empty, or up to 20 letters and digits.
func validInstance(s string) bool {
	if len(s) > 20 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// minAdminKey is the shortest admin key accepted from --admin-key-file.
const minAdminKey = 32

// adminKey reads --admin-key-file, or makes it with a new key.
func (c *serveCmd) adminKey(stdout io.Writer) (string, error) {
	if c.AdminKeyFile == "" {
		return "", nil
	}
	b, err := os.ReadFile(c.AdminKeyFile)
	if errors.Is(err, fs.ErrNotExist) {
		var k [16]byte
		_, _ = rand.Read(k[:])
		key := hex.EncodeToString(k[:])
		if err := os.WriteFile(c.AdminKeyFile, []byte(key+"\n"), 0o600); err != nil {
			return "", fmt.Errorf("--admin-key-file: %w", err)
		}
		fmt.Fprintf(stdout, "a new admin key is in %s\n", c.AdminKeyFile)
		return key, nil
	}
	if err != nil {
		return "", fmt.Errorf("--admin-key-file: %w", err)
	}
	key := strings.TrimSpace(string(b))
	if len(key) < minAdminKey || len(key) > 128 {
		return "", fmt.Errorf("--admin-key-file %s: the key must be %d to 128 characters", c.AdminKeyFile, minAdminKey)
	}
	return key, nil
}

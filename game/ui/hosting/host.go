// Package hosting is the desktop game's "Host a game": an in-process
// netplay server listening on the LAN with one room, and the host's own
// screen joined to it as the facilitator seat (over loopback, through the
// same protocol as any other client, so the host's screen sees exactly what
// a remote facilitator would: seat status, never a team's orders).
//
// It is pure Go (no Ebiten) and tested without a display. The frame loop
// never waits on the network for long: the facilitator's commands go to a
// server in the same process over loopback, bounded by a short timeout,
// and pushed frames are read in a goroutine and polled with State.
package hosting

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"slices"
	"sort"
	"strconv"
	"sync"
	"time"

	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
)

// DefaultAddr is where the host listens unless told otherwise: every
// address of the machine, on liaisonctl serve's default port.
const DefaultAddr = ":8470"

// MaxTimer bounds the round timer, as the protocol does.
const MaxTimer = 3600

// DefaultBot is the personality of a bot in an empty seat.
const DefaultBot = "cooperative"

// commandTimeout bounds one facilitator command to the in-process server.
const commandTimeout = 3 * time.Second

// Config is the game to host.
type Config struct {
	Scenario *scenario.Scenario
	Data     []byte      // the scenario file's bytes
	File     string      // its name (embedded) or path
	Source   save.Source // where a restarted host finds it again
	Seed     uint64      // 0: the scenario's seed
	// Seats maps a team id to room.Human (a person joining over the
	// network) or a bot personality; a team missing here gets a bot (the
	// scenario's default personality, or cooperative).
	Seats map[string]string
	// Timer is the round timer in seconds (0: none; at most MaxTimer).
	Timer int
	// Addr is the TCP address to listen on ("" uses DefaultAddr).
	Addr string
	// SaveDir keeps the room's autosaves ("" keeps none).
	SaveDir string
	// Logf logs connection events (never a secret); nil discards them.
	Logf func(format string, args ...any)
}

// Info is what the instructor hands out: shown on the host's screen.
type Info struct {
	Room  string            // the room id
	Key   string            // the instructor key (facilitator seat)
	Codes map[string]string // team id → join code, people's seats only
	Port  int               // the port listened on
	// Addrs are the addresses trainees type in "Join a game"
	// (HOST:PORT), LAN addresses first; loopback only when there is no other.
	Addrs []string
}

// Status is the facilitator's picture of the room, from the host's frames.
type Status struct {
	Frame netplay.FacilitatorFrame // the latest seat status
	View  *rules.FacilitatorView   // the latest full view (nil until one arrived)
	Hash  string                   // the engine state's hash with View
	Err   error                    // the connection to the room failed (the host is down)
	// SaveErr is the room's last autosave failure ("" when none): the
	// game goes on, but the instructor should know it is not being kept.
	SaveErr string
	// Version counts the frames seen, so a screen redraws only on change.
	Version uint64
}

// Host is one hosted game.
type Host struct {
	cfg    Config
	info   Info
	srv    *netplay.Server
	http   *http.Server
	client *netplay.Client
	stop   context.CancelFunc
	done   chan struct{} // closed when the frame reader ends

	mu sync.Mutex
	st Status
}

// Seats completes a seat choice: every team of sc gets one, a team left
// out a bot (the scenario's default personality when it names a bot, else
// cooperative). It refuses teams the scenario does not have.
func Seats(sc *scenario.Scenario, chosen map[string]string) (map[string]string, error) {
	out := map[string]string{}
	for team := range chosen {
		if sc.TeamIndex(team) < 0 {
			return nil, fmt.Errorf("a seat for team %q, which %s does not have", team, sc.ID)
		}
	}
	for _, t := range sc.Teams {
		k := chosen[t.ID]
		if k == "" {
			// An empty seat: the scenario's bot, or a cooperative one
			// where the scenario seats a person.
			k = sc.Seats[t.ID]
			if k == "" || k == room.Human {
				k = DefaultBot
			}
		}
		out[t.ID] = k
	}
	return out, nil
}

// Start listens on cfg.Addr, creates the room, and joins it as the
// facilitator. On error nothing is left running.
func Start(ctx context.Context, cfg Config) (*Host, error) {
	if cfg.Scenario == nil {
		return nil, errors.New("host a game: no scenario")
	}
	if cfg.Timer < 0 || cfg.Timer > MaxTimer {
		return nil, fmt.Errorf("host a game: a round timer of %d s; it must be 0 (none) to %d s", cfg.Timer, MaxTimer)
	}
	seats, err := Seats(cfg.Scenario, cfg.Seats)
	if err != nil {
		return nil, fmt.Errorf("host a game: %w", err)
	}
	humans := 0
	for _, k := range seats {
		if k == room.Human {
			humans++
		}
	}
	if humans == 0 {
		return nil, errors.New("host a game: every seat is a bot; give at least one team to people")
	}
	addr := cfg.Addr
	if addr == "" {
		addr = DefaultAddr
	}
	h := &Host{cfg: cfg, done: make(chan struct{})}
	logf := func(format string, args ...any) {
		if cfg.Logf != nil {
			cfg.Logf(format, args...)
		}
	}
	saveFailed := func(e *netplay.AutosaveError) {
		h.mu.Lock()
		h.st.SaveErr = e.Error()
		h.st.Version++
		h.mu.Unlock()
	}
	if cfg.SaveDir != "" {
		if err := os.MkdirAll(cfg.SaveDir, 0o700); err != nil {
			return nil, fmt.Errorf("host a game: the folder for the room's saves: %w", err)
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("host a game: cannot listen on %s (another host on this port? choose another): %w", addr, err)
	}
	h.srv = netplay.NewServer(netplay.Options{SaveDir: cfg.SaveDir, Logf: logf, AutosaveFailed: saveFailed})
	h.http = &http.Server{Handler: h.srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = h.http.Serve(ln) }()
	fail := func(err error) (*Host, error) {
		h.shutdown(context.Background(), false)
		return nil, fmt.Errorf("host a game: %w", err)
	}
	nr, err := h.srv.CreateRoom(room.Config{Scenario: cfg.Scenario, Data: cfg.Data, File: cfg.File, Source: cfg.Source,
		Seed: cfg.Seed, Seats: seats, Facilitator: true})
	if err != nil {
		return fail(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	h.info = Info{Room: nr.Room, Key: nr.Key, Codes: nr.Codes, Port: port, Addrs: joinAddrs(addr, port)}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	h.client, err = netplay.Dial(dctx, "ws://"+net.JoinHostPort("127.0.0.1", strconv.Itoa(port))+"/ws", netplay.Hello{Key: nr.Key})
	if err != nil {
		return fail(fmt.Errorf("join the room as facilitator: %w", err))
	}
	if cfg.Timer > 0 {
		if err := h.command(netplay.TTimer, netplay.Timer{Seconds: cfg.Timer}); err != nil {
			return fail(fmt.Errorf("set the round timer: %w", err))
		}
	}
	rctx, stop := context.WithCancel(context.Background())
	h.stop = stop
	go h.read(rctx)
	return h, nil
}

// Info returns the room's id, codes, key and addresses.
func (h *Host) Info() Info { return h.info }

// Scenario returns the hosted scenario.
func (h *Host) Scenario() *scenario.Scenario { return h.cfg.Scenario }

// Timer returns the round timer in seconds (0: none).
func (h *Host) Timer() int { return h.cfg.Timer }

// State returns the latest status.
func (h *Host) State() Status {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.st
}

// read keeps the latest facilitator frame until the connection ends.
func (h *Host) read(ctx context.Context) {
	defer close(h.done)
	for {
		select {
		case <-ctx.Done():
			return
		case env, ok := <-h.client.Updates():
			if !ok {
				h.mu.Lock()
				if h.st.Err == nil {
					h.st.Err = h.client.Err()
					if h.st.Err == nil {
						h.st.Err = errors.New("the connection to the room closed")
					}
				}
				h.st.Version++
				h.mu.Unlock()
				return
			}
			if env.Type != netplay.TFacilitator {
				continue
			}
			f, err := netplay.DecodeFacilitator(env)
			if err != nil {
				continue
			}
			h.mu.Lock()
			if f.View != nil {
				h.st.View, h.st.Hash = f.View, f.Hash
			}
			f.View = nil // kept once in st.View
			h.st.Frame = f
			h.st.Version++
			h.mu.Unlock()
		}
	}
}

// command sends one facilitator command and waits for its answer.
func (h *Host) command(typ string, body any) error {
	ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
	defer cancel()
	return h.client.Facilitate(ctx, typ, body)
}

// SetPaused pauses or resumes the exercise.
func (h *Host) SetPaused(p bool) error { return h.command(netplay.TPause, netplay.Pause{Paused: p}) }

// FireInject queues an inject from the MSEL for this round's resolution.
func (h *Host) FireInject(id string) error { return h.command(netplay.TInject, netplay.Inject{ID: id}) }

// AddNote queues a note for the timeline.
func (h *Host) AddNote(text string) error { return h.command(netplay.TNote, netplay.Note{Text: text}) }

// Resolve resolves the round now; teams that have not confirmed give no orders.
func (h *Host) Resolve() error { return h.command(netplay.TResolve, struct{}{}) }

// HandToBot gives a person's seat to a bot of a personality.
func (h *Host) HandToBot(team, personality string) error {
	return h.command(netplay.TSeat, netplay.SeatDecision{Team: team, Action: netplay.SeatBot, Personality: personality})
}

// Stop saves the room (when the host has a save folder), closes every
// connection and stops listening, within ctx.
func (h *Host) Stop(ctx context.Context) error { return h.shutdown(ctx, true) }

// shutdown stops everything Start started; save says whether the room is saved.
func (h *Host) shutdown(ctx context.Context, save bool) error {
	if h.stop != nil {
		h.stop()
	}
	if h.client != nil {
		_ = h.client.Close()
	}
	var err error
	if save {
		err = h.srv.Shutdown(ctx)
	} else {
		h.srv.Abort()
	}
	hctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if herr := h.http.Shutdown(hctx); herr != nil && !errors.Is(herr, http.ErrServerClosed) {
		_ = h.http.Close()
	}
	return err
}

// joinAddrs lists what trainees type to reach a host listening on addr:
// that very host when addr names one, else every LAN address (lanAddrs).
func joinAddrs(addr string, port int) []string {
	host, _, err := net.SplitHostPort(addr)
	if err == nil && host != "" {
		if ip := net.ParseIP(host); ip == nil || !ip.IsUnspecified() {
			return []string{net.JoinHostPort(host, strconv.Itoa(port))}
		}
	}
	return lanAddrs(port)
}

// lanAddrs lists HOST:PORT for every address of this machine a trainee
// could type: IPv4 LAN addresses first, then IPv6 ones; loopback only when
// the machine has no other.
func lanAddrs(port int) []string {
	var v4, v6 []string
	ifs, _ := net.InterfaceAddrs()
	for _, a := range ifs {
		ipn, ok := a.(*net.IPNet)
		if !ok || ipn.IP.IsLoopback() || ipn.IP.IsLinkLocalUnicast() || ipn.IP.IsMulticast() {
			continue
		}
		hp := net.JoinHostPort(ipn.IP.String(), strconv.Itoa(port))
		if ipn.IP.To4() != nil {
			v4 = append(v4, hp)
		} else {
			v6 = append(v6, hp)
		}
	}
	sort.Strings(v4)
	sort.Strings(v6)
	out := slices.Concat(v4, v6)
	if len(out) == 0 {
		out = []string{net.JoinHostPort("127.0.0.1", strconv.Itoa(port))}
	}
	return out
}

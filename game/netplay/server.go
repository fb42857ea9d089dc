package netplay

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"liaison/game/room"
)

// Options configure a Server. The zero value is usable (no autosave).
type Options struct {
	// AllowOrigins lists extra origin host patterns (e.g. "class.example.org")
	// whose pages may open /ws; the host's own origin is always allowed.
	AllowOrigins []string
	// SaveDir keeps every room's autosave and room file; "" keeps nothing.
	SaveDir string
	// Logf logs connection events (never a code, key or token); nil: log.Printf.
	Logf func(format string, args ...any)
	// AutosaveFailed, if set, is told of every failed autosave (after it
	// is logged), from the goroutine that tried; the room plays on.
	AutosaveFailed func(*AutosaveError)
	// MsgRate and MsgBurst limit each connection's messages per second;
	// a client above them is closed with a policy-violation status.
	// Zero: 20 a second, bursts of 40.
	MsgRate  rate.Limit
	MsgBurst int
	// HelloTimeout bounds the wait for a connection's first message (default 10 s).
	HelloTimeout time.Duration
	// AdminKey, if set, lets a client that says hello with it create rooms
	// (message create); the server keeps only its digest.
	AdminKey string
	// Instance prefixes every new room id ("a" makes "a-r0123456789"), so a
	// proxy in front of several hosts can route /ws?room=ID by prefix.
	Instance string
}

// Server hosts many rooms behind one websocket endpoint, /ws.
type Server struct {
	opts     Options
	mu       sync.Mutex
	rooms    map[string]*actor
	secrets  map[string]grant         // digest of a code, key or token → seat
	failures map[string]*rate.Limiter // remote address → failed hello attempts
	closing  bool
	wg       sync.WaitGroup // room goroutines
	heavy    chan struct{}  // the gate of rooms' heavy work (heavy.go)
}

// grant is what a secret opens.
type grant struct {
	room *actor
	role string
	team string // RoleTeam only
}

// Failed join attempts allowed per remote address: a burst, then one every 6 s.
const (
	failBurst = 10
	failEvery = 6 * time.Second
	// maxFailureEntries bounds the failure table; past it, it starts over.
	maxFailureEntries = 10_000
)

// NewServer returns a server with no rooms.
func NewServer(o Options) *Server {
	if o.Logf == nil {
		o.Logf = log.Printf
	}
	if o.MsgRate == 0 {
		o.MsgRate = 20
	}
	if o.MsgBurst == 0 {
		o.MsgBurst = 40
	}
	if o.HelloTimeout == 0 {
		o.HelloTimeout = 10 * time.Second
	}
	s := &Server{opts: o, rooms: map[string]*actor{}, secrets: map[string]grant{}, failures: map[string]*rate.Limiter{}, heavy: heavyGate()}
	if o.AdminKey != "" {
		s.secrets[digest(o.AdminKey)] = grant{role: RoleAdmin}
	}
	return s
}

// Handler serves /ws and /healthz (200 "ok" while the host takes rooms,
// 503 once it is stopping: for a proxy's or orchestrator's checks);
// every other path is 404.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/ws", s.serveWS)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		s.mu.Lock()
		closing := s.closing
		s.mu.Unlock()
		if closing {
			http.Error(w, "stopping", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	return mux
}

// NewRoom is a new room's secrets, shown once to the instructor.
type NewRoom struct {
	Room  string            // room id (not a secret: routing, logs)
	Codes map[string]string // team id → join code, people's seats only
	Key   string            // instructor key for the facilitator seat
}

// CreateRoom starts a room for a new game and returns its codes and key:
// the host keeps only their digests.
func (s *Server) CreateRoom(c room.Config) (NewRoom, error) {
	rm, err := room.New(c)
	if err != nil {
		return NewRoom{}, err
	}
	id := newRoomID()
	if s.opts.Instance != "" {
		id = s.opts.Instance + "-" + id
	}
	cr := NewRoom{Room: id, Codes: map[string]string{}, Key: newKey()}
	m := meta{ID: cr.Room, Key: digest(cr.Key), Seats: map[string]string{}, Resume: map[string]string{}}
	for _, t := range rm.Teams() {
		if rm.Kind(t) == room.Human {
			code := newCode()
			cr.Codes[t] = code
			m.Seats[t] = digest(code)
		}
	}
	if err := s.start(rm, m); err != nil {
		return NewRoom{}, err
	}
	return cr, nil
}

// newRoomID names a room: short, random, not a secret.
func newRoomID() string { return "r" + newKey()[:10] }

// start registers a room's secrets and runs its goroutine.
func (s *Server) start(rm *room.Room, m meta) error {
	a := newActor(s, rm, m)
	a.autosave() // before the room runs, outside the lock: it writes to disk
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return errors.New("the host is stopping")
	}
	if _, dup := s.rooms[m.ID]; dup {
		return fmt.Errorf("room %s exists already", m.ID)
	}
	s.rooms[m.ID] = a
	s.secrets[m.Key] = grant{room: a, role: RoleFacilitator}
	for team, d := range m.Seats {
		s.secrets[d] = grant{room: a, role: RoleTeam, team: team}
	}
	for d, who := range m.Resume {
		s.secrets[d] = resumeGrant(a, who)
	}
	for d, team := range m.Spectators {
		s.secrets[d] = grant{room: a, role: RoleSpectator, team: team}
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		a.run()
	}()
	return nil
}

// resumeGrant is what a resume token for who (a team, "facilitator" or
// "spectator:" + team) opens.
func resumeGrant(a *actor, who string) grant {
	if who == RoleFacilitator {
		return grant{room: a, role: RoleFacilitator}
	}
	if team, ok := strings.CutPrefix(who, RoleSpectator+":"); ok {
		return grant{room: a, role: RoleSpectator, team: team}
	}
	return grant{room: a, role: RoleTeam, team: who}
}

// whoOf is the resume key of a client's seat (see resumeGrant).
func whoOf(c *client) string {
	switch c.role {
	case RoleFacilitator:
		return RoleFacilitator
	case RoleSpectator:
		return RoleSpectator + ":" + c.team
	}
	return c.team
}

// addResume registers a resume token's digest.
func (s *Server) addResume(a *actor, d, who string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.secrets[d] = resumeGrant(a, who)
}

// addSecret registers a secret's digest for a grant.
func (s *Server) addSecret(d string, g grant) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.secrets[d] = g
}

// dropSecrets forgets digests.
func (s *Server) dropSecrets(ds []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, d := range ds {
		delete(s.secrets, d)
	}
}

// Rooms lists the room ids, sorted.
func (s *Server) Rooms() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.rooms))
	for id := range s.rooms {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// RoomState is a room's public progress, for the console and tests.
type RoomState struct {
	Round int
	Over  bool
	Hash  string
}

// State asks a room's goroutine for its progress.
func (s *Server) State(ctx context.Context, id string) (RoomState, error) {
	s.mu.Lock()
	a := s.rooms[id]
	s.mu.Unlock()
	if a == nil {
		return RoomState{}, fmt.Errorf("no room %q", id)
	}
	reply := make(chan RoomState, 1)
	select {
	case a.in <- event{kind: evState, state: reply}:
	case <-a.done:
		return RoomState{}, errors.New("the room has stopped")
	case <-ctx.Done():
		return RoomState{}, ctx.Err()
	}
	select {
	case st := <-reply:
		return st, nil
	case <-a.done:
		return RoomState{}, errors.New("the room has stopped")
	case <-ctx.Done():
		return RoomState{}, ctx.Err()
	}
}

// Shutdown saves every room, closes every connection (going away) and
// stops the rooms' goroutines, within ctx.
func (s *Server) Shutdown(ctx context.Context) error {
	return s.stop(ctx, true)
}

// Abort stops every room without saving, as a killed host would (tests).
func (s *Server) Abort() { _ = s.stop(context.Background(), false) }

func (s *Server) stop(ctx context.Context, save bool) error {
	s.mu.Lock()
	s.closing = true
	rooms := make([]*actor, 0, len(s.rooms))
	for _, a := range s.rooms {
		rooms = append(rooms, a)
	}
	s.mu.Unlock()
	for _, a := range rooms {
		a.stop(save)
	}
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop rooms: %w", ctx.Err())
	}
}

// lookup finds the seat a secret opens.
func (s *Server) lookup(secret string) (grant, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.secrets[digest(secret)]
	return g, ok
}

// mayTry reports whether addr may try another hello (it has failed attempts left).
func (s *Server) mayTry(addr string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.failures[addr]
	return l == nil || l.Tokens() >= 1
}

// failed counts a failed hello from addr.
func (s *Server) failed(addr string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.failures[addr]
	if l == nil {
		if len(s.failures) >= maxFailureEntries {
			s.failures = map[string]*rate.Limiter{}
		}
		l = rate.NewLimiter(rate.Every(failEvery), failBurst)
		s.failures[addr] = l
	}
	l.Allow()
}

// remoteHost is the address part of a request's remote address.
func remoteHost(r *http.Request) string {
	h, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return h
}

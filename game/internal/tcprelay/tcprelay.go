// Package tcprelay is a TCP relay on 127.0.0.1 for tests of dropped
// connections: a client talks to its host through the relay, and the test
// pulls the cable (every connection through it closes), holds it (new
// connections are refused, as when the host is unreachable) or unplugs it
// for good. Only tests use it; it lives here so that the remote seat's and
// the joined board's tests share one.
package tcprelay

import (
	"io"
	"net"
	"sync"
	"time"
)

// Relay forwards every connection made to Addr() to its target.
type Relay struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	hold   bool
}

// New starts a relay on 127.0.0.1 to target (host:port).
func New(target string) (*Relay, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	r := &Relay{ln: ln, target: target}
	go r.serve()
	return r, nil
}

// Addr is the relay's own address (host:port) for clients to dial.
func (r *Relay) Addr() string { return r.ln.Addr().String() }

func (r *Relay) serve() {
	for {
		in, err := r.ln.Accept()
		if err != nil {
			return
		}
		r.mu.Lock()
		hold := r.hold
		r.mu.Unlock()
		if hold {
			_ = in.Close()
			continue
		}
		out, err := net.DialTimeout("tcp", r.target, 5*time.Second)
		if err != nil {
			_ = in.Close()
			continue
		}
		r.mu.Lock()
		r.conns = append(r.conns, in, out)
		r.mu.Unlock()
		go func() { _, _ = io.Copy(out, in); _ = out.Close() }()
		go func() { _, _ = io.Copy(in, out); _ = in.Close() }()
	}
}

// Pull closes every connection through the relay: the host sees the client
// vanish, the client its host. New connections still pass.
func (r *Relay) Pull() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.conns {
		_ = c.Close()
	}
	r.conns = nil
}

// Hold refuses new connections while on (the host unreachable); it does
// not close those already open.
func (r *Relay) Hold(on bool) {
	r.mu.Lock()
	r.hold = on
	r.mu.Unlock()
}

// Unplug pulls the cable and stops relaying for good.
func (r *Relay) Unplug() {
	_ = r.ln.Close()
	r.Pull()
}

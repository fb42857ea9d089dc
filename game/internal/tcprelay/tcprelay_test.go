package tcprelay

import (
	"bufio"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// echo serves one line back per connection on 127.0.0.1.
func echo(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				line, err := bufio.NewReader(c).ReadString('\n')
				if err == nil {
					_, _ = c.Write([]byte(line))
				}
				time.Sleep(time.Second) // stay open, for Pull to close
			}()
		}
	}()
	return ln.Addr().String()
}

func roundTrip(addr string) (string, error) {
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return "", err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := c.Write([]byte("hello\n")); err != nil {
		return "", err
	}
	return bufio.NewReader(c).ReadString('\n')
}

func TestRelayPassesPullsHoldsAndUnplugs(t *testing.T) {
	r, err := New(echo(t))
	require.NoError(t, err)
	defer r.Unplug()

	got, err := roundTrip(r.Addr())
	require.NoError(t, err)
	assert.Equal(t, "hello\n", got)

	// Pull closes an open connection.
	c, err := net.Dial("tcp", r.Addr())
	require.NoError(t, err)
	_, err = c.Write([]byte("x\n"))
	require.NoError(t, err)
	_, err = bufio.NewReader(c).ReadString('\n')
	require.NoError(t, err)
	r.Pull()
	_ = c.SetReadDeadline(time.Now().Add(2 * time.Second))
	_, err = c.Read(make([]byte, 1))
	assert.Error(t, err, "the pulled connection is closed")
	_ = c.Close()

	r.Hold(true)
	_, err = roundTrip(r.Addr())
	assert.Error(t, err, "held: refused")
	r.Hold(false)
	_, err = roundTrip(r.Addr())
	assert.NoError(t, err, "released: passes again")

	r.Unplug()
	_, err = roundTrip(r.Addr())
	assert.Error(t, err, "unplugged: nothing listens")
}

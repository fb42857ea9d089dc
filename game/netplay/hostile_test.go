//go:build !js

// The browser build of coder/websocket cannot set headers (the browser sets Origin itself), so these tests run on the desktop only.

package netplay_test

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/rules"
)

func TestForeignOriginIsRefused(t *testing.T) {
	h := newHost(t, netplay.Options{AllowOrigins: []string{"class.example.org"}})
	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	defer cancel()
	cases := []struct {
		origin string
		ok     bool
	}{
		{"http://evil.example.com", false},
		{"http://class.example.org", true},
		{h.ts.URL, true}, // same origin
	}
	for _, tc := range cases {
		c, resp, err := websocket.Dial(ctx, h.url, &websocket.DialOptions{HTTPHeader: http.Header{"Origin": {tc.origin}}})
		if tc.ok {
			require.NoError(t, err, tc.origin)
			_ = c.CloseNow()
			continue
		}
		require.Error(t, err, tc.origin)
		require.NotNil(t, resp)
		assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	}
}

func TestBadHellosAreRefused(t *testing.T) {
	h := newHost(t, netplay.Options{})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	cases := []struct {
		name string
		raw  string
	}{
		{"not JSON", `hello`},
		{"wrong version", `{"v":2,"type":"hello","seq":1,"body":{"code":"x"}}`},
		{"not a hello", `{"v":1,"type":"confirm","seq":1,"body":{"orders":[]}}`},
		{"unknown field", `{"v":1,"type":"hello","seq":1,"body":{"code":"x","admin":true}}`},
		{"two secrets", `{"v":1,"type":"hello","seq":1,"body":{"code":"` + cr.Codes["nordvik-sss"] + `","key":"` + cr.Key + `"}}`},
		{"wrong code", `{"v":1,"type":"hello","seq":1,"body":{"code":"AAAA-AAAA"}}`},
		{"huge code", `{"v":1,"type":"hello","seq":1,"body":{"code":"` + strings.Repeat("A", 200) + `"}}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := dial(t, h.url)
			p.sendRaw([]byte(tc.raw))
			var e netplay.Error
			p.expect(netplay.TError, &e)
			assert.NotEmpty(t, e.Message)
			assert.EqualValues(t, websocket.StatusPolicyViolation, p.closeCode())
		})
	}
}

func TestFailedCodesAreRateLimited(t *testing.T) {
	h := newHost(t, netplay.Options{})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	limited := false
	for i := 0; i < 15 && !limited; i++ {
		p := dial(t, h.url)
		p.send(netplay.THello, netplay.Hello{Code: "WRONG-CODE"})
		var e netplay.Error
		p.expect(netplay.TError, &e)
		limited = e.Code == netplay.CodeRateLimited
	}
	require.True(t, limited, "a guesser is slowed down")
	// Even the right code waits now: the address has used its attempts.
	p := dial(t, h.url)
	p.send(netplay.THello, netplay.Hello{Code: cr.Codes["nordvik-sss"]})
	var e netplay.Error
	p.expect(netplay.TError, &e)
	assert.Contains(t, e.Message, "too many")
	assert.Equal(t, netplay.CodeRateLimited, e.Code)
}

func TestMalformedOversizedAndFloodingClients(t *testing.T) {
	h := newHost(t, netplay.Options{MsgRate: 5, MsgBurst: 10})
	cr, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	code := cr.Codes["nordvik-sss"]

	t.Run("malformed messages get errors, then a close", func(t *testing.T) {
		p, _ := join(t, h.url, netplay.Hello{Code: code})
		p.snapshot()
		bad := []string{
			`{`, `[]`, `{"v":1}`, `{"v":1,"type":"confirm","seq":2,"body":{"orders":"x"}}`,
			`{"v":1,"type":"confirm","seq":3,"body":{"orders":[{"kind":"share","team":"nordvik-sss","to":{}}]}}`,
			`{"v":1,"type":"warp","seq":4}`, `{"v":1,"type":"hello","seq":5,"body":{"code":"x"}}`,
		}
		for _, raw := range bad {
			p.sendRaw([]byte(raw))
			var e netplay.Error
			p.expect(netplay.TError, &e)
			assert.NotEmpty(t, e.Message, raw)
		}
		// The connection still works.
		p.send(netplay.TPing, struct{}{})
		p.expect(netplay.TPong, nil)
		for i := 0; i < 8; i++ {
			p.sendRaw([]byte(`nonsense`))
		}
		assert.EqualValues(t, websocket.StatusPolicyViolation, p.closeCode())
	})
	t.Run("an oversized message closes the connection", func(t *testing.T) {
		p, _ := join(t, h.url, netplay.Hello{Code: code})
		p.snapshot()
		big := bytes.Repeat([]byte("x"), netplay.MaxMessage+1)
		ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
		defer cancel()
		_ = p.conn.Write(ctx, websocket.MessageText, big)
		assert.EqualValues(t, websocket.StatusMessageTooBig, p.closeCode())
	})
	t.Run("a flood closes with policy violation", func(t *testing.T) {
		p, _ := join(t, h.url, netplay.Hello{Code: code})
		p.snapshot()
		for i := 0; i < 50; i++ {
			ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
			err := p.conn.Write(ctx, websocket.MessageText, []byte(`{"v":1,"type":"ping","seq":1}`))
			cancel()
			if err != nil {
				break
			}
		}
		assert.EqualValues(t, websocket.StatusPolicyViolation, p.closeCode())
	})
	t.Run("unknown and unheld items get one answer", func(t *testing.T) {
		p, _ := join(t, h.url, netplay.Hello{Code: code})
		p.snapshot()
		sc := config(t, "harbour-watch.yaml", nil).Scenario
		answers := map[string]bool{}
		for _, item := range []string{"no-such-item", sc.Items[len(sc.Items)-1].ID} {
			p.send(netplay.TCheck, netplay.Check{Order: rules.Order{Kind: rules.Verify, Team: "nordvik-sss", Item: item}})
			var l netplay.Legal
			p.expect(netplay.TLegal, &l)
			assert.False(t, l.OK)
			answers[l.Reason] = true
			p.send(netplay.TConfirm, netplay.Orders{Orders: []rules.Order{{Kind: rules.Verify, Team: "nordvik-sss", Item: item}}})
			var e netplay.Error
			p.expect(netplay.TError, &e)
			answers[e.Message] = true
		}
		assert.Len(t, answers, 2, "one reason for both ids (and 'order 1: ' before it in errors): %v", answers)
	})
}

func TestHealthz(t *testing.T) {
	h := newHost(t, netplay.Options{})
	get := func() int {
		resp, err := http.Get(h.ts.URL + "/healthz")
		require.NoError(t, err)
		_ = resp.Body.Close()
		return resp.StatusCode
	}
	assert.Equal(t, http.StatusOK, get())
	h.srv.Abort()
	assert.Equal(t, http.StatusServiceUnavailable, get())
}

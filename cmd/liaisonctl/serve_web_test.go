package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/webclient"
)

// TestServeWebBesideWS checks serve's mux: "/" serves the browser client
// (or says how to build it) while "/ws" still upgrades to a websocket.
func TestServeWebBesideWS(t *testing.T) {
	built := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(built, "index.html"), []byte("<title>Liaison</title>"), 0o600))
	tests := []struct {
		name   string
		dir    string
		status int
		body   string
	}{
		{"built client", built, http.StatusOK, "<title>Liaison</title>"},
		{"not built", filepath.Join(t.TempDir(), "missing"), http.StatusServiceUnavailable, "make web"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := netplay.NewServer(netplay.Options{SaveDir: t.TempDir()})
			defer func() { _ = srv.Shutdown(context.Background()) }()
			ts := httptest.NewServer(webclient.Mux(srv.Handler(), tt.dir))
			defer ts.Close()
			require.Contains(t, ts.URL, "127.0.0.1")

			resp, err := http.Get(ts.URL + "/")
			require.NoError(t, err)
			body, err := io.ReadAll(resp.Body)
			_ = resp.Body.Close()
			require.NoError(t, err)
			assert.Equal(t, tt.status, resp.StatusCode)
			assert.Contains(t, string(body), tt.body)

			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(ts.URL, "http")+"/ws", nil)
			require.NoError(t, err, "/ws must still upgrade")
			_ = c.Close(websocket.StatusNormalClosure, "")
		})
	}
}

package webclient

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClient writes a built client's files into a temporary folder.
func fakeClient(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, data []byte) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	write(IndexFile, []byte("<!doctype html><title>Liaison</title>"))
	write(ExecFile, []byte("// wasm_exec"))
	write(WasmFile, []byte("\x00asm plain"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte("\x00asm plain"))
	require.NoError(t, zw.Close())
	write(GzipFile, gz.Bytes())
	write(".secret", []byte("hidden"))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	outside := filepath.Join(t.TempDir(), "out.txt")
	require.NoError(t, os.WriteFile(outside, []byte("outside"), 0o644))
	require.NoError(t, os.Symlink(outside, filepath.Join(dir, "out.txt")))
	return dir
}

func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	return string(b)
}

func TestHandlerServesTheClient(t *testing.T) {
	h := Handler(fakeClient(t))
	tests := []struct {
		name, method, target, accept string
		status                       int
		ctype, encoding, body        string
	}{
		{"page at /", "GET", "/", "", 200, "text/html; charset=utf-8", "", "<!doctype html><title>Liaison</title>"},
		{"page by name", "GET", "/index.html", "", 200, "text/html; charset=utf-8", "", "<!doctype html><title>Liaison</title>"},
		{"link leading out", "GET", "/out.txt", "", 404, "", "", ""},
		{"script", "GET", "/wasm_exec.js", "", 200, "text/javascript; charset=utf-8", "", "// wasm_exec"},
		{"wasm plain", "GET", "/liaison.wasm", "", 200, "application/wasm", "", "\x00asm plain"},
		{"wasm gzipped", "GET", "/liaison.wasm", "br, gzip", 200, "application/wasm", "gzip", ""},
		{"gzip refused by q=0", "GET", "/liaison.wasm", "gzip;q=0", 200, "application/wasm", "", "\x00asm plain"},
		{"head", "HEAD", "/liaison.wasm", "", 200, "application/wasm", "", ""},
		{"hidden file", "GET", "/.secret", "", 404, "", "", ""},
		{"folder, no listing", "GET", "/sub/", "", 404, "", "", ""},
		{"outside the folder", "GET", "/../../etc/passwd", "", 404, "", "", ""},
		{"missing", "GET", "/nothing.js", "", 404, "", "", ""},
		{"post", "POST", "/", "", 405, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := get(t, h, tc.method, tc.target, map[string]string{"Accept-Encoding": tc.accept})
			require.Equal(t, tc.status, r.StatusCode)
			if tc.ctype != "" {
				assert.Equal(t, tc.ctype, r.Header.Get("Content-Type"))
			}
			assert.Equal(t, tc.encoding, r.Header.Get("Content-Encoding"))
			if tc.status == 200 {
				assert.Equal(t, "no-cache", r.Header.Get("Cache-Control"), "a rebuilt client is picked up")
			}
			if tc.body != "" {
				assert.Equal(t, tc.body, body(t, r))
			}
			if tc.encoding == "gzip" {
				assert.Equal(t, "10", r.Header.Get(SizeHeader), "the uncompressed size, for the progress bar")
				zr, err := gzip.NewReader(r.Body)
				require.NoError(t, err)
				b, err := io.ReadAll(zr)
				require.NoError(t, err)
				assert.Equal(t, "\x00asm plain", string(b))
			}
		})
	}
}

// A gzipped copy older than the wasm is from an earlier build: never sent.
func TestHandlerSkipsAStaleGzip(t *testing.T) {
	dir := fakeClient(t)
	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(filepath.Join(dir, GzipFile), old, old))
	r := get(t, Handler(dir), "GET", "/liaison.wasm", map[string]string{"Accept-Encoding": "gzip"})
	require.Equal(t, 200, r.StatusCode)
	assert.Empty(t, r.Header.Get("Content-Encoding"))
	assert.Equal(t, "\x00asm plain", body(t, r))
}

func TestHandlerExplainsAMissingBuild(t *testing.T) {
	for _, dir := range []string{filepath.Join(t.TempDir(), "absent"), t.TempDir()} {
		h := Handler(dir)
		r := get(t, h, "GET", "/", nil)
		assert.Equal(t, http.StatusServiceUnavailable, r.StatusCode)
		b := body(t, r)
		assert.Contains(t, b, "make web")
		assert.Contains(t, b, "--web DIR")
		assert.Equal(t, http.StatusNotFound, get(t, h, "GET", "/liaison.wasm", nil).StatusCode)
	}
	r := get(t, Handler(`<script>`), "GET", "/", nil)
	assert.NotContains(t, body(t, r), "<script>", "the folder name is escaped")
}

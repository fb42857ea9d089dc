// Package webclient serves the browser build of the game (`make web`, into
// web/dist) over HTTP, so that a trainee opens http://HOST:PORT/ and plays
// with nothing to install. A server mounts Handler at "/" (liaisonctl serve
// --web DIR); the game's own endpoints (such as /ws) are mounted beside it.
// It is pure Go and never links Ebiten.
package webclient

import (
	"errors"
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"time"
)

// DefaultDir is where `make web` puts the client.
const DefaultDir = "web/dist"

// Files a built client holds (Makefile, target web).
const (
	IndexFile = "index.html"
	WasmFile  = "liaison.wasm"
	ExecFile  = "wasm_exec.js"
	// GzipFile is WasmFile compressed; sent instead when the browser
	// accepts gzip (a quarter of the download).
	GzipFile = WasmFile + ".gz"
	// SizeHeader gives the uncompressed size of a gzipped wasm, for the
	// page's progress bar (Content-Length is the compressed size).
	SizeHeader = "X-Liaison-Wasm-Size"
)

// Handler serves the client in dir: its files by GET or HEAD, never a
// folder listing, a hidden file or anything outside dir (symbolic links
// leading out are refused). While the client is not built, "/" answers 503
// with a page saying how to build it, so a server can start first.
// Responses ask browsers to revalidate, so a rebuilt client is picked up.
// An empty dir means DefaultDir.
func Handler(dir string) http.Handler {
	if dir == "" {
		dir = DefaultDir
	}
	return &handler{dir: dir}
}

type handler struct{ dir string }

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = IndexFile
	}
	if strings.HasPrefix(name, ".") || strings.Contains(name, "/.") {
		http.NotFound(w, r)
		return
	}
	root, err := os.OpenRoot(h.dir)
	if err != nil {
		h.notBuilt(w, r, name, err)
		return
	}
	defer root.Close()
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if name == WasmFile {
		w.Header().Set("Vary", "Accept-Encoding")
		if acceptsGzip(r) && h.serveGzip(w, r, root) {
			return
		}
	}
	f, err := root.Open(name)
	if err != nil {
		h.notBuilt(w, r, name, err)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	if name == WasmFile {
		w.Header().Set("Content-Type", "application/wasm")
	}
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// serveGzip sends the precompressed wasm when there is one at least as new
// as the wasm itself (a stale copy from an older build is never sent).
func (h *handler) serveGzip(w http.ResponseWriter, r *http.Request, root *os.Root) bool {
	gz, err := root.Open(GzipFile)
	if err != nil {
		return false
	}
	defer gz.Close()
	gst, err := gz.Stat()
	if err != nil || !gst.Mode().IsRegular() {
		return false
	}
	wst, err := root.Stat(WasmFile)
	if err != nil || wst.ModTime().After(gst.ModTime()) {
		return false
	}
	// The page's progress bar counts uncompressed bytes.
	w.Header().Set(SizeHeader, strconv.FormatInt(wst.Size(), 10))
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Content-Encoding", "gzip")
	http.ServeContent(w, r, WasmFile, gst.ModTime(), gz)
	return true
}

// acceptsGzip reports whether the request accepts the gzip content coding
// (named, with a quality above zero).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
		if !ok {
			return true
		}
		v, err := strconv.ParseFloat(q, 64)
		return err == nil && v > 0
	}
	return false
}

// notBuilt answers a missing file: for the page itself, an explanation of
// how to build the client; otherwise a plain 404.
func (h *handler) notBuilt(w http.ResponseWriter, r *http.Request, name string, err error) {
	if name != IndexFile || !errors.Is(err, fs.ErrNotExist) {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Retry-After", "60")
	w.WriteHeader(http.StatusServiceUnavailable)
	fmt.Fprintf(w, notBuiltPage, html.EscapeString(h.dir), time.Now().UTC().Format(time.RFC3339))
}

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Liaison: browser client not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5">
<h1>The browser client is not built yet</h1>
<p>This server would serve the game from the folder <code>%s</code>, which holds no client.</p>
<p>On the server, in the Liaison source folder, run <code>make web</code> (it writes <code>web/dist</code>),
or start the server with <code>--web DIR</code> naming a folder built that way. Then reload this page.</p>
<p><small>%s</small></p>
</body></html>
`

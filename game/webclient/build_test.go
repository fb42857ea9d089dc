package webclient

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The browser client is built once per test run, the way `make web` builds
// it, into a folder TestMain removes.
var client struct {
	once sync.Once
	dir  string
	err  error
	skip string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if client.dir != "" {
		os.RemoveAll(client.dir)
	}
	os.Exit(code)
}

// builtClient returns a folder holding the built client (index.html,
// wasm_exec.js, liaison.wasm and liaison.wasm.gz); it skips the test when
// the go tool is not available.
func builtClient(t *testing.T) string {
	t.Helper()
	client.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			client.skip = "the go tool is not on PATH, so the browser client cannot be built: " + err.Error()
			return
		}
		client.dir, client.err = os.MkdirTemp("", "liaison-web-")
		if client.err == nil {
			client.err = buildInto(goTool, client.dir)
		}
	})
	if client.skip != "" {
		t.Skip(client.skip)
	}
	if client.err != nil {
		t.Fatalf("build the browser client: %v", client.err)
	}
	return client.dir
}

// buildInto does what the Makefile's web target does.
func buildInto(goTool, dir string) error {
	cmd := exec.Command(goTool, "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, WasmFile), "liaison/cmd/liaison")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%v: %s", err, out)
	}
	out, err := exec.Command(goTool, "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %w", err)
	}
	copies := map[string]string{
		ExecFile:  filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", ExecFile),
		IndexFile: filepath.Join("..", "..", "web", IndexFile),
	}
	for name, src := range copies {
		data, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	wasm, err := os.ReadFile(filepath.Join(dir, WasmFile))
	if err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := zw.Write(wasm); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, GzipFile), gz.Bytes(), 0o644)
}

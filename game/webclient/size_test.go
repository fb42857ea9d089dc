package webclient

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Limits on the download a trainee waits for (issue 18): the gzipped wasm
// must stay under MaxGzipBytes, and should stay under AimGzipBytes.
const (
	MaxGzipBytes = 12 << 20
	AimGzipBytes = 8 << 20
)

// TestClientSize builds the browser client as `make web` does and checks
// the size of its gzipped wasm (slow: one wasm build).
func TestClientSize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the browser client; skipped with -short")
	}
	dir := builtClient(t)
	raw, err := os.Stat(filepath.Join(dir, WasmFile))
	require.NoError(t, err)
	gz, err := os.Stat(filepath.Join(dir, GzipFile))
	require.NoError(t, err)
	t.Logf("liaison.wasm: %.1f MiB, gzipped %.2f MiB (limit %d MiB, aim %d MiB)",
		float64(raw.Size())/(1<<20), float64(gz.Size())/(1<<20), MaxGzipBytes>>20, AimGzipBytes>>20)
	require.LessOrEqual(t, gz.Size(), int64(MaxGzipBytes), "the gzipped browser client is over the limit: keep heavy packages out of the js build (docs/browser.md)")
	assert.LessOrEqual(t, gz.Size(), int64(AimGzipBytes), "the gzipped browser client is over the 8 MiB aim")
}

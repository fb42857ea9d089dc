//go:build unix

package safefile_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/safefile"
)

// TestReadRefusesFIFOWithoutBlocking opens a FIFO nobody writes to: without
// O_NONBLOCK the open would wait for a writer for ever ; the test gives up after 10 s
// (a guard against a hang, not a measure of speed).
func TestReadRefusesFIFOWithoutBlocking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fifo.yaml")
	require.NoError(t, syscall.Mkfifo(path, 0o600))
	done := make(chan error, 1)
	go func() {
		_, err := safefile.Read(path, 100)
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		// Unblock the stuck open by becoming its writer, then fail.
		if w, werr := os.OpenFile(path, os.O_WRONLY, 0); werr == nil {
			w.Close()
		}
		t.Fatal("opening a FIFO with no writer blocked")
	}
	require.ErrorIs(t, err, safefile.ErrNotRegular)
	assert.ErrorContains(t, err, "named pipe")
}

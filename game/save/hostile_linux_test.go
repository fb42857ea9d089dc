package save

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/safefile"
	"liaison/game/scenario"
)

// hostilePaths returns files no save, record or scenario may be read from:
// each would grow memory without end, hang, or leak what it holds. The FIFO
// has no writer: opening it without O_NONBLOCK would block for ever.
func hostilePaths(t *testing.T) map[string]string {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.yaml")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	link := filepath.Join(dir, "zero.yaml")
	require.NoError(t, os.Symlink("/dev/zero", link))
	return map[string]string{
		"/dev/zero":          "it is a character device",
		link:                 "it is a character device",
		fifo:                 "it is a named pipe (FIFO)",
		dir:                  "it is a folder",
		"/proc/self/environ": "system pseudo-file",
	}
}

func TestLoadAndReadRecordRefuseHostileFiles(t *testing.T) {
	for path, msg := range hostilePaths(t) {
		t.Run(path, func(t *testing.T) {
			_, err := Load(path)
			require.ErrorIs(t, err, ErrNotSave)
			assert.ErrorContains(t, err, msg)
			assert.ErrorContains(t, err, path)
			_, err = ReadRecord(path)
			require.ErrorIs(t, err, ErrNotSave)
			assert.ErrorContains(t, err, msg)
		})
	}
}

func TestReadScenarioRefusesHostileFiles(t *testing.T) {
	paths := hostilePaths(t)
	big := filepath.Join(t.TempDir(), "big.yaml")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(int64(scenario.DefaultLimits.MaxBytes)+1)) // sparse
	require.NoError(t, f.Close())
	for path, msg := range paths {
		t.Run(path, func(t *testing.T) {
			_, err := ReadScenario(Source{Path: path})
			require.ErrorIs(t, err, safefile.ErrNotRegular)
			assert.ErrorContains(t, err, msg)
			assert.ErrorContains(t, err, path)
		})
	}
	_, err = ReadScenarioFile(big)
	require.ErrorIs(t, err, safefile.ErrTooLarge)
	assert.ErrorContains(t, err, "read scenario "+big+": file is too large: 4194305 bytes; the limit is 4194304")
}

package replay_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/safefile"
	"liaison/game/replay"
)

// TestReadFileRefusesWhatIsNotARegularFile: a record path from a hostile
// source must never read a device, a FIFO or a folder, nor read past the
// limit. The FIFO case would hang in open without safefile's O_NONBLOCK.
func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.json")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	link := filepath.Join(dir, "zero.json")
	require.NoError(t, os.Symlink("/dev/zero", link))
	big := filepath.Join(dir, "big.json")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(replay.MaxRecordBytes+1)) // sparse: no disk used
	require.NoError(t, f.Close())
	tests := []struct {
		name, path string
		class      error
		msg        string
	}{
		{"dev zero", "/dev/zero", safefile.ErrNotRegular, "read record /dev/zero: not a regular file: it is a character device"},
		{"symlink to dev zero", link, safefile.ErrNotRegular, "it is a character device"},
		{"fifo", fifo, safefile.ErrNotRegular, "it is a named pipe (FIFO)"},
		{"folder", dir, safefile.ErrNotRegular, "it is a folder"},
		{"oversized", big, safefile.ErrTooLarge, "file is too large: 33554433 bytes; the limit is 33554432"},
		{"proc pseudo-file", "/proc/self/environ", safefile.ErrNotRegular, "system pseudo-file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := replay.ReadFile(tc.path)
			require.ErrorIs(t, err, tc.class)
			assert.ErrorContains(t, err, tc.msg)
		})
	}
}

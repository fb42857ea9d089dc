package safefile_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/safefile"
)

func TestReadRegularFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	require.NoError(t, os.WriteFile(path, []byte("id: t\n"), 0o600))
	data, err := safefile.Read(path, 6)
	require.NoError(t, err)
	assert.Equal(t, "id: t\n", string(data))

	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(empty, nil, 0o600))
	data, err = safefile.Read(empty, 10)
	require.NoError(t, err)
	assert.Empty(t, data)

	link := filepath.Join(dir, "link.yaml")
	require.NoError(t, os.Symlink(path, link))
	data, err = safefile.Read(link, 10)
	require.NoError(t, err, "a symlink to a regular file is that file")
	assert.Equal(t, "id: t\n", string(data))
}

func TestReadRefusesHostileFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big")
	require.NoError(t, os.WriteFile(big, make([]byte, 101), 0o600))
	type hostile struct {
		name, path string
		want       error
		msg        string
	}
	tests := []hostile{
		{"oversized", big, safefile.ErrTooLarge, "101 bytes; the limit is 100"},
		{"folder", dir, safefile.ErrNotRegular, "a folder"},
		{"missing", filepath.Join(dir, "nope"), fs.ErrNotExist, "no such file"},
	}
	if runtime.GOOS == "linux" {
		link := filepath.Join(dir, "zero.yaml")
		require.NoError(t, os.Symlink("/dev/zero", link))
		tests = append(tests,
			hostile{"dev zero", "/dev/zero", safefile.ErrNotRegular, "a character device"},
			hostile{"symlink to dev zero", link, safefile.ErrNotRegular, "a character device"},
			hostile{"proc pseudo-file", "/proc/self/environ", safefile.ErrNotRegular, "more than the 0 bytes it claims"},
		)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := safefile.Read(tc.path, 100)
			require.ErrorIs(t, err, tc.want)
			assert.ErrorContains(t, err, tc.msg)
			assert.Nil(t, data)
		})
	}
}

// TestReadStopsAtTheClaimedSize checks that a file is never read past the
// size it claimed when opened, the bound that keeps a growing file (or a
// pseudo-file) from being read without end.
func TestReadStopsAtTheClaimedSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "grows")
	require.NoError(t, os.WriteFile(path, []byte("abc"), 0o600))
	data, err := safefile.Read(path, 3)
	require.NoError(t, err)
	assert.Equal(t, "abc", string(data))
	_, err = safefile.Read(path, 2)
	require.ErrorIs(t, err, safefile.ErrTooLarge)
}

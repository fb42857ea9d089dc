package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteReplacesWithPermissions(t *testing.T) {
	for _, perm := range []os.FileMode{0o600, 0o644} {
		dir := t.TempDir()
		path := filepath.Join(dir, "out.txt")
		require.NoError(t, os.WriteFile(path, []byte("old"), 0o600))
		require.NoError(t, Write(path, []byte("new"), perm))
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, "new", string(got))
		if runtime.GOOS != "windows" {
			info, err := os.Stat(path)
			require.NoError(t, err)
			assert.Equal(t, perm, info.Mode().Perm())
		}
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		assert.Len(t, entries, 1, "no temporary file left behind")
	}
}

func TestWriteIntoAMissingFolderFailsWithThePath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "out.txt")
	err := Write(path, []byte("x"), 0o644)
	require.Error(t, err)
	assert.Contains(t, err.Error(), path)
}

func TestCleanTempsRemovesOnlyOldTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, TempPrefix+"a-1")
	fresh := filepath.Join(dir, TempPrefix+"b-2")
	keep := filepath.Join(dir, "keep.txt")
	for _, p := range []string{old, fresh, keep} {
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o600))
	}
	past := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(old, past, past))
	require.NoError(t, os.Chtimes(keep, past, past))
	n, err := CleanTemps(dir, time.Minute)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	assert.NoFileExists(t, old)
	assert.FileExists(t, fresh)
	assert.FileExists(t, keep)
	n, err = CleanTemps(filepath.Join(dir, "none"), time.Minute)
	require.NoError(t, err, "a missing folder has nothing to clean")
	assert.Zero(t, n)
}

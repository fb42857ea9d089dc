package save

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteAtomicReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "game.json")
	require.NoError(t, WriteAtomic(p, []byte("first")))
	require.NoError(t, WriteAtomic(p, []byte("second")))
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "second", string(got))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file left behind")
	if runtime.GOOS != "windows" {
		info, err := os.Stat(p)
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o600), info.Mode().Perm())
	}
}

func TestWriteAtomicFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	err := WriteAtomic(filepath.Join(dir, "missing", "game.json"), []byte("x"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "game.json")

	// Renaming over a folder fails after the temporary file was written: it is removed.
	target := filepath.Join(dir, "taken")
	require.NoError(t, os.Mkdir(target, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(target, "x"), nil, 0o600))
	require.Error(t, WriteAtomic(target, []byte("x")))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "only the folder remains")
}

func TestWriteFileStampsAutosave(t *testing.T) {
	p := filepath.Join(t.TempDir(), "play.json")
	sv := newMatch(t, "tutorial.yaml").play(1).save(t)
	require.NoError(t, WriteFile(p, sv))
	got, err := Load(p)
	require.NoError(t, err)
	assert.Equal(t, Auto, got.Kind)
	assert.False(t, got.SavedAt.IsZero())
	assert.True(t, sv.SavedAt.IsZero(), "the caller's save is not modified")
}

func TestLoadRefusesFoldersAndHugeFiles(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(dir)
	assert.ErrorIs(t, err, ErrNotSave)

	big := filepath.Join(dir, "big.json")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(MaxBytes+1)) // sparse: nothing is written or read
	require.NoError(t, f.Close())
	_, err = Load(big)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), big)

	_, err = Load(filepath.Join(dir, "none.json"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

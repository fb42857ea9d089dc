package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordScenarioFileIsReadBounded names, in a record, .yaml files that
// are not regular files: /dev/zero would be read until memory runs out, a
// FIFO would hang the command, a folder fails late. Each is refused at
// once, naming the file and why.
func TestRecordScenarioFileIsReadBounded(t *testing.T) {
	rec := simRecord(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.yaml")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	zero := filepath.Join(dir, "zero.yaml")
	require.NoError(t, os.Symlink("/dev/zero", zero))
	folder := filepath.Join(dir, "folder.yaml")
	require.NoError(t, os.Mkdir(folder, 0o700))
	big := filepath.Join(dir, "big.yaml")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(4<<20+1)) // sparse
	require.NoError(t, f.Close())
	for path, want := range map[string]string{
		fifo:   "not a regular file: it is a named pipe (FIFO)",
		zero:   "not a regular file: it is a character device",
		folder: "not a regular file: it is a folder",
		big:    "file is too large: 4194305 bytes; the limit is 4194304",
	} {
		bad := editRecord(t, rec, func(r map[string]any) { r["scenario_file"] = path })
		for _, cmd := range []string{"replay", "report"} {
			code, stdout, stderr := reportCLI(cmd, bad)
			assert.Equal(t, 1, code, "%s %s", cmd, path)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, "read scenario "+path+": "+want, cmd)
		}
		// Given on the command line, the same files are refused alike.
		code, _, stderr := reportCLI("replay", rec, "--scenario", path)
		assert.Equal(t, 1, code)
		assert.Contains(t, stderr, want)
	}
	for _, cmd := range []string{"replay", "report"} {
		code, _, stderr := reportCLI(cmd, fifo)
		assert.Equal(t, 1, code)
		assert.Contains(t, stderr, "not a Liaison save file: it is a named pipe (FIFO)", "the record itself is read bounded too")
	}
}

package replay_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
)

func TestReadFileReadsARecord(t *testing.T) {
	rec, _ := record(t)
	b, err := replay.Encode(rec)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "game.json")
	require.NoError(t, os.WriteFile(path, b, 0o600))
	got, err := replay.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, rec, got)
}

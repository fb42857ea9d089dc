package ui

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gamesave "liaison/game/save"
)

// TestSaveReasonDropsTheSaveItNames: the row names the save, so its reason
// is the load error less the path, found by type even where the path
// itself reads like the prefix.
func TestSaveReasonDropsTheSaveItNames(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "odd.json: folder")
	require.NoError(t, os.MkdirAll(dir, 0o700))
	path := filepath.Join(dir, "auto-1.json")
	require.NoError(t, os.WriteFile(path, []byte("{"), 0o600))
	_, loadErr := gamesave.Load(path)
	require.Error(t, loadErr)
	require.ErrorIs(t, loadErr, gamesave.ErrTruncated)

	tests := []struct {
		name string
		err  error
		want string
	}{
		{"a load error", loadErr, errors.Unwrap(loadErr).Error()},
		{"made by hand", &gamesave.LoadError{Save: "k.json", Err: gamesave.ErrNotSave}, gamesave.ErrNotSave.Error()},
		{"any other error", errors.New("load save x.json: reads like one"), "load save x.json: reads like one"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, saveReason(tc.err))
		})
	}
	assert.Equal(t, "load save "+path+": "+saveReason(loadErr), loadErr.Error(), "the words are as before")
	assert.NotContains(t, saveReason(loadErr), "folder")
}

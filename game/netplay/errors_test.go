package netplay_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
)

// TestJoinRefusalsAreClassed: a client tells a refused join, and a
// rate-limited one, by errors.Is on the refusal's code, not by its words.
func TestJoinRefusalsAreClassed(t *testing.T) {
	h := newHost(t, netplay.Options{})
	_, err := h.srv.CreateRoom(config(t, "harbour-watch.yaml", harbourSeats))
	require.NoError(t, err)
	dialWrong := func() error {
		ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
		defer cancel()
		c, err := netplay.Dial(ctx, h.url, netplay.Hello{Code: "WRONG-CODE"})
		if err == nil {
			_ = c.Close()
		}
		return err
	}
	err = dialWrong()
	require.ErrorIs(t, err, netplay.ErrJoinRefused)
	assert.NotErrorIs(t, err, netplay.ErrRateLimited, "a wrong code is not yet a rate limit")
	var refusal *netplay.Error
	require.ErrorAs(t, err, &refusal)
	assert.Equal(t, "no seat has this code: check it with your instructor", refusal.Message)
	assert.Empty(t, refusal.Code)
	assert.Equal(t, "join refused: "+refusal.Message, err.Error(), "the words are as before")

	limited := false
	for i := 0; i < 15 && !limited; i++ {
		err = dialWrong()
		require.ErrorIs(t, err, netplay.ErrJoinRefused)
		limited = errors.Is(err, netplay.ErrRateLimited)
	}
	require.True(t, limited, "a guesser is told it is rate-limited")
	require.ErrorAs(t, err, &refusal)
	assert.Equal(t, netplay.CodeRateLimited, refusal.Code)
}

func TestRefusalClassFollowsTheCode(t *testing.T) {
	tests := []struct {
		code    string
		limited bool
	}{
		{netplay.CodeRateLimited, true},
		{"", false}, // any other refusal
		{"some_future_code", false},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			err := fmt.Errorf("%w: %w", netplay.ErrJoinRefused, &netplay.Error{Message: "too many failed join attempts", Code: tc.code})
			assert.Equal(t, tc.limited, errors.Is(err, netplay.ErrRateLimited), "the message alone never classes it")
			assert.ErrorIs(t, err, netplay.ErrJoinRefused)
		})
	}
}

// TestAutosaveFailureIsReported: a room that cannot be saved is logged as
// before and reported as an *AutosaveError to Options.AutosaveFailed.
func TestAutosaveFailureIsReported(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(notDir, []byte("not a folder"), 0o600))
	var mu sync.Mutex
	var got []*netplay.AutosaveError
	var logged []string
	h := newHost(t, netplay.Options{SaveDir: notDir,
		Logf: func(format string, args ...any) {
			mu.Lock()
			defer mu.Unlock()
			logged = append(logged, fmt.Sprintf(format, args...))
		},
		AutosaveFailed: func(e *netplay.AutosaveError) {
			mu.Lock()
			defer mu.Unlock()
			got = append(got, e)
		}})
	cr, err := h.srv.CreateRoom(config(t, "tutorial.yaml", nil))
	require.NoError(t, err, "the room plays on unsaved")
	mu.Lock()
	defer mu.Unlock()
	require.NotEmpty(t, got, "the first autosave, as the room is made, fails")
	e := got[0]
	assert.Equal(t, cr.Room, e.Room)
	assert.Equal(t, filepath.Join(notDir, cr.Room+".save"), e.Path)
	require.Error(t, e.Err)
	assert.ErrorIs(t, e, e.Err)
	assert.Contains(t, logged, "netplay: room "+cr.Room+": autosave failed: save "+e.Path+": "+e.Err.Error(), "the log line is as before")
}

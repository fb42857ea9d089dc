package save

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// clock returns a Now that advances one second per call from a fixed start.
func clock() func() time.Time {
	t := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(time.Second); return t }
}

func openStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "saves"))
	require.NoError(t, err)
	s.Now = clock()
	return s
}

func TestAutosaveRotatesAndSparesManualSaves(t *testing.T) {
	s := openStore(t)
	s.Keep = 3
	m := newMatch(t, "harbour-watch.yaml")
	manual, err := s.Save("Start", m.save(t))
	require.NoError(t, err)
	var paths []string
	for range 5 {
		p, err := s.Autosave(m.play(1).save(t))
		require.NoError(t, err)
		paths = append(paths, p)
	}
	for i, p := range paths {
		_, err := os.Stat(p)
		if i < 2 {
			assert.ErrorIs(t, err, os.ErrNotExist, "autosave %d rotated away", i+1)
		} else {
			assert.NoError(t, err, "autosave %d kept", i+1)
		}
	}
	assert.FileExists(t, manual)

	list, err := s.List()
	require.NoError(t, err)
	require.Len(t, list, 4)
	for i, want := range []int{5, 4, 3} {
		assert.Equal(t, paths[want-1], list[i].Path, "newest first")
		assert.Equal(t, Auto, list[i].Kind)
		assert.Equal(t, want, list[i].Rounds)
		assert.Equal(t, "harbour-watch", list[i].Scenario)
		assert.NoError(t, list[i].Err)
	}
	assert.Equal(t, Manual, list[3].Kind)
	assert.Equal(t, "Start", list[3].Name)
	assert.Equal(t, 0, list[3].Rounds)

	latest, ok, err := s.Latest()
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, paths[4], latest.Path)
}

func TestAutosaveDefaultKeepsTen(t *testing.T) {
	s := openStore(t)
	sv := newMatch(t, "tutorial.yaml").save(t)
	for range DefaultKeep + 4 {
		_, err := s.Autosave(sv)
		require.NoError(t, err)
	}
	autos, err := s.autosaves()
	require.NoError(t, err)
	require.Len(t, autos, DefaultKeep)
	assert.Equal(t, uint64(5), autos[0].seq)
	assert.Equal(t, uint64(DefaultKeep+4), autos[len(autos)-1].seq)
}

func TestManualSaveNames(t *testing.T) {
	s := openStore(t)
	m := newMatch(t, "harbour-watch.yaml")
	a, err := s.Save("Round one", m.save(t))
	require.NoError(t, err)
	b, err := s.Save("round-one", m.save(t))
	require.NoError(t, err)
	assert.NotEqual(t, a, b, "names with the same slug keep separate files")
	again, err := s.Save("Round one", m.play(1).save(t))
	require.NoError(t, err)
	assert.Equal(t, a, again, "the same name replaces its own save")
	sv, err := s.Load(a)
	require.NoError(t, err)
	assert.Equal(t, 1, sv.Rounds())
	assert.Equal(t, "Round one", sv.Name)

	for _, bad := range []string{"", "tab\there", string(make([]byte, MaxNameBytes+1))} {
		_, err := s.Save(bad, m.save(t))
		assert.Error(t, err, "name %q", bad)
	}
	assert.Regexp(t, `^save-übung-2-[0-9a-f]{6}\.json$`, ManualFileName("Übung 2!"))
	assert.Regexp(t, `^save-game-[0-9a-f]{6}\.json$`, ManualFileName("???"))
}

func TestListExplainsBrokenFilesAndLeavesThemAlone(t *testing.T) {
	s := openStore(t)
	m := newMatch(t, "harbour-watch.yaml").play(2)
	good, err := s.Autosave(m.save(t))
	require.NoError(t, err)
	data, err := os.ReadFile(good)
	require.NoError(t, err)
	broken := map[string][]byte{
		"auto-000000000099.json":   data[:len(data)/3],               // newest by sequence, truncated
		"save-damaged-000000.json": append([]byte{'#'}, data[1:]...), // corrupted
		"notes.json":               []byte(`{"shopping":["bread"]}`), // foreign
		".tmp-auto-1.json-12345":   data[:10],                        // temp file: ignored
		"readme.txt":               []byte("not a save"),             // ignored
	}
	later := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC) // after every save the fake clock stamps
	for name, b := range broken {
		p := filepath.Join(s.Dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o600))
		require.NoError(t, os.Chtimes(p, later, later))
	}

	list, err := s.List()
	require.NoError(t, err)
	require.Len(t, list, 4)
	errs := map[string]error{}
	for _, e := range list {
		errs[filepath.Base(e.Path)] = e.Err
	}
	assert.ErrorIs(t, errs["auto-000000000099.json"], ErrTruncated)
	assert.ErrorIs(t, errs["save-damaged-000000.json"], ErrCorrupt)
	assert.ErrorIs(t, errs["notes.json"], ErrNotSave)
	assert.NoError(t, errs[filepath.Base(good)])
	assert.Equal(t, good, list[len(list)-1].Path, "broken files sort by modification time, here newer")

	latest, ok, err := s.Latest()
	require.NoError(t, err)
	require.True(t, ok)
	assert.Equal(t, good, latest.Path, "Continue skips unusable files")

	// A new autosave continues the sequence past the broken one and rotation
	// never touched the other files.
	next, err := s.Autosave(m.play(1).save(t))
	require.NoError(t, err)
	assert.Equal(t, "auto-000000000100.json", filepath.Base(next))
	for name, b := range broken {
		got, err := os.ReadFile(filepath.Join(s.Dir, name))
		require.NoError(t, err)
		assert.Equal(t, b, got, "%s untouched", name)
	}
}

func TestLatestOfFinishedGameOffersNothing(t *testing.T) {
	s := openStore(t)
	_, ok, err := s.Latest()
	require.NoError(t, err)
	assert.False(t, ok, "empty folder")

	_, err = s.Autosave(newMatch(t, "tutorial.yaml").play(2).save(t))
	require.NoError(t, err)
	_, err = s.Autosave(newMatch(t, "tutorial.yaml").play(-1).save(t))
	require.NoError(t, err)
	e, ok, err := s.Latest()
	require.NoError(t, err)
	assert.False(t, ok, "the newest game ended")
	assert.True(t, e.Over)
}

func TestListOfMissingFolder(t *testing.T) {
	s := &Store{Dir: filepath.Join(t.TempDir(), "none")}
	list, err := s.List()
	require.NoError(t, err)
	assert.Empty(t, list)
}

func TestOpenRemovesStaleTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".tmp-auto-000000000001.json-1")
	fresh := filepath.Join(dir, ".tmp-auto-000000000002.json-2")
	for _, p := range []string{stale, fresh} {
		require.NoError(t, os.WriteFile(p, []byte("{"), 0o600))
	}
	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(stale, old, old))
	_, err := Open(dir)
	require.NoError(t, err)
	assert.NoFileExists(t, stale)
	assert.FileExists(t, fresh, "a temporary file being written now is left alone")
}

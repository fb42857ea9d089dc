package save

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func openKV(t *testing.T) (*KVStore, *MapKV) {
	t.Helper()
	kv := &MapKV{}
	return &KVStore{KV: kv, Prefix: "liaison/saves/", Dir: "test storage", Now: clock()}, kv
}

func TestKVStoreRotatesListsAndLoads(t *testing.T) {
	s, kv := openKV(t)
	s.Keep = 3
	m := newMatch(t, "harbour-watch.yaml")
	manual, err := s.Save("Start", m.save(t))
	require.NoError(t, err)
	assert.Equal(t, "liaison/saves/"+ManualFileName("Start"), manual, "same names as a folder Store")
	var keys []string
	for range 5 {
		k, err := s.Autosave(m.play(1).save(t))
		require.NoError(t, err)
		keys = append(keys, k)
	}
	assert.Equal(t, "liaison/saves/auto-000000000005.json", keys[4])
	for i, k := range keys {
		_, ok, _ := kv.Get(k)
		assert.Equal(t, i >= 2, ok, "autosave %d kept only among the newest 3", i+1)
	}

	list, err := s.List()
	require.NoError(t, err)
	require.Len(t, list, 4)
	for i, want := range []int{5, 4, 3} {
		assert.Equal(t, keys[want-1], list[i].Path, "newest first")
		assert.Equal(t, Auto, list[i].Kind)
		assert.Equal(t, want, list[i].Rounds)
		assert.NoError(t, list[i].Err)
		assert.Positive(t, list[i].Size)
	}
	assert.Equal(t, Manual, list[3].Kind)
	assert.Equal(t, "Start", list[3].Name)
	e, ok := LatestOf(list)
	require.True(t, ok)
	assert.Equal(t, keys[4], e.Path)

	sv, err := s.Load(list[0].Path)
	require.NoError(t, err)
	assert.Equal(t, 5, sv.Rounds())
}

// The bytes a KVStore keeps are the bytes of a save file: a save copied
// from the browser loads on the desktop, and the other way round.
func TestKVStoreKeepsTheFileFormat(t *testing.T) {
	s, kv := openKV(t)
	m := newMatch(t, "harbour-watch.yaml").play(2)
	k, err := s.Save("Two rounds", m.save(t))
	require.NoError(t, err)
	v, ok, err := kv.Get(k)
	require.NoError(t, err)
	require.True(t, ok)
	path := filepath.Join(t.TempDir(), "copy.json")
	require.NoError(t, os.WriteFile(path, []byte(v), 0o600))
	sv, err := Load(path)
	require.NoError(t, err)
	assert.Equal(t, "Two rounds", sv.Name)
	assert.Equal(t, 2, sv.Rounds())
}

func TestKVStoreBadValuesAreListedWithTheirReason(t *testing.T) {
	s, kv := openKV(t)
	m := newMatch(t, "harbour-watch.yaml").play(1)
	good := encoded(t, m.save(t))
	tests := []struct {
		name, key, value string
		want             error
	}{
		{"truncated", "auto-000000000007.json", string(good[:len(good)/2]), ErrTruncated},
		{"corrupt", "save-x-000000.json", string(good[:len(good)-3]) + "xx}", nil},
		{"too large", "auto-000000000008.json", string(make([]byte, MaxBytes+1)), ErrTooLarge},
	}
	for _, tc := range tests {
		require.NoError(t, kv.Set(s.Prefix+tc.key, tc.value))
	}
	require.NoError(t, kv.Set(s.Prefix+".hidden.json", "x"))
	require.NoError(t, kv.Set("other/auto-000000000001.json", string(good)))
	list, err := s.List()
	require.NoError(t, err)
	require.Len(t, list, len(tests), "hidden keys and other prefixes are not saves")
	for _, e := range list {
		assert.Error(t, e.Err, e.Path)
		assert.True(t, e.SavedAt.IsZero())
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Load(s.Prefix + tc.key)
			require.Error(t, err)
			if tc.want != nil {
				assert.ErrorIs(t, err, tc.want)
			}
			assert.Contains(t, err.Error(), tc.key, "the error names the save")
			le, ok := errors.AsType[*LoadError](err)
			require.True(t, ok, "a *LoadError")
			assert.Equal(t, s.Prefix+tc.key, le.Save)
			assert.Equal(t, "load save "+le.Save+": "+le.Err.Error(), err.Error())
		})
	}
	// The next autosave goes after the highest sequence, readable or not.
	k, err := s.Autosave(m.save(t))
	require.NoError(t, err)
	assert.Equal(t, s.Prefix+"auto-000000000009.json", k)
}

func TestKVStoreRefusesForeignKeysAndBadNames(t *testing.T) {
	s, _ := openKV(t)
	_, err := s.Load("elsewhere/auto-000000000001.json")
	assert.ErrorIs(t, err, ErrNotSave)
	_, err = s.Load(s.Prefix + "auto-000000000001.json")
	assert.ErrorIs(t, err, ErrNotSave, "a missing save")
	m := newMatch(t, "harbour-watch.yaml")
	_, err = s.Save("", m.save(t))
	assert.Error(t, err)
	_, err = s.Save("bell\a", m.save(t))
	assert.Error(t, err)
}

// failKV refuses every write, as a full browser storage does.
type failKV struct{ MapKV }

func (*failKV) Set(string, string) error { return errors.New("the storage is full") }

func TestKVStoreReportsAFullStorage(t *testing.T) {
	s := &KVStore{KV: &failKV{}, Prefix: "p/", Dir: "test"}
	m := newMatch(t, "harbour-watch.yaml")
	_, err := s.Autosave(m.save(t))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the storage is full")
	list, err := s.List()
	require.NoError(t, err)
	assert.Empty(t, list, "nothing half written")
}

// Whatever the sequence of autosaves and manual saves, a KVStore keeps at
// most Keep autosaves (the newest), never loses a manual save, and lists
// every save it keeps, newest first, each loading.
func TestKVStoreRotationProperty(t *testing.T) {
	m := newMatch(t, "harbour-watch.yaml")
	sv := m.save(t)
	rapid.Check(t, func(rt *rapid.T) {
		kv := &MapKV{}
		s := &KVStore{KV: kv, Prefix: "p/", Dir: "test", Now: clock(), Keep: rapid.IntRange(1, 4).Draw(rt, "keep")}
		names := map[string]bool{}
		autos := 0
		for _, manual := range rapid.SliceOfN(rapid.Bool(), 1, 12).Draw(rt, "ops") {
			if manual {
				name := rapid.SampledFrom([]string{"a", "b", "Start", "Round two"}).Draw(rt, "name")
				_, err := s.Save(name, sv)
				require.NoError(rt, err)
				names[name] = true
			} else {
				_, err := s.Autosave(sv)
				require.NoError(rt, err)
				autos++
			}
		}
		list, err := s.List()
		require.NoError(rt, err)
		gotAutos, gotNames := 0, map[string]bool{}
		for i, e := range list {
			require.NoError(rt, e.Err)
			if i > 0 {
				require.False(rt, e.SavedAt.After(list[i-1].SavedAt), "newest first")
			}
			if e.Kind == Auto {
				gotAutos++
			} else {
				gotNames[e.Name] = true
			}
		}
		require.Equal(rt, min(autos, s.Keep), gotAutos)
		require.Equal(rt, names, gotNames)
		if autos > 0 {
			require.Equal(rt, fmt.Sprintf("p/auto-%012d.json", autos), list[slices.IndexFunc(list, func(e Entry) bool { return e.Kind == Auto })].Path, "the newest autosave is kept")
		}
	})
}

package save

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// KV is flat storage of text values under text keys: the browser's
// localStorage (LocalStorage, in the browser build) or a map in tests. Each
// Set replaces one value whole, so a save is never half written.
type KV interface {
	// Get returns the value of key; ok is false when there is none.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key, replacing any value (an error when the
	// storage is full or refuses).
	Set(key, value string) error
	// Remove deletes key; a missing key is not an error.
	Remove(key string) error
	// Keys lists every key that starts with prefix, in any order.
	Keys(prefix string) ([]string, error)
}

// KVStore is a Store kept in a KV instead of a folder: the browser build
// keeps its saves in the browser's storage this way. Saves are the very
// bytes a Store writes to a file (same format, checksum and MaxBytes
// limit), under keys named like a Store's files (Prefix + auto-<seq>.json or
// save-<name>-<hash>.json), with the same rotation of autosaves. An Entry's
// Path is the key. Its methods are safe for concurrent use.
type KVStore struct {
	KV KV
	// Prefix starts every key of this store, e.g. "liaison/saves/".
	Prefix string
	// Dir tells the player where the saves are (the menu shows it).
	Dir string
	// Keep is how many autosaves to keep (0: DefaultKeep).
	Keep int
	// Now is the clock stamping saves (nil: time.Now).
	Now func() time.Time

	mu sync.Mutex
}

// Autosave writes sv as the newest autosave and deletes the oldest
// autosaves beyond Keep; it returns the key. sv itself is not modified.
func (s *KVStore) Autosave(sv *Save) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	autos, err := s.autosaves()
	if err != nil {
		return "", fmt.Errorf("autosave: %w", err)
	}
	key := s.Prefix + nextAutoName(autos)
	c := *sv
	c.Kind, c.Name, c.SavedAt = Auto, "", s.now()
	if err := s.put(key, &c); err != nil {
		return "", fmt.Errorf("autosave: %w", err)
	}
	return key, rotate(autos, s.Keep, s.KV.Remove)
}

// Save writes sv as the manual save called name, replacing an earlier save
// of exactly that name, and returns the key. sv itself is not modified.
func (s *KVStore) Save(name string, sv *Save) (string, error) {
	if err := checkName(name); err != nil {
		return "", fmt.Errorf("save %q: %w", clip(name), err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	key := s.Prefix + ManualFileName(name)
	c := *sv
	c.Kind, c.Name, c.SavedAt = Manual, name, s.now()
	if err := s.put(key, &c); err != nil {
		return "", fmt.Errorf("save %q: %w", name, err)
	}
	return key, nil
}

// Load reads and decodes the save under key (an Entry's Path). Errors name
// the key and wrap the class of problem, as the package Load does.
func (s *KVStore) Load(key string) (*Save, error) {
	if !strings.HasPrefix(key, s.Prefix) {
		return nil, &LoadError{Save: clip(key), Err: fmt.Errorf("%w: not a save of %s", ErrNotSave, s.Dir)}
	}
	v, ok, err := s.KV.Get(key)
	switch {
	case err != nil:
		return nil, &LoadError{Save: key, Err: err}
	case !ok:
		return nil, &LoadError{Save: key, Err: fmt.Errorf("%w: it is no longer in %s", ErrNotSave, s.Dir)}
	case len(v) > MaxBytes:
		return nil, &LoadError{Save: key, Err: fmt.Errorf("%w: %d bytes; the limit is %d", ErrTooLarge, len(v), MaxBytes)}
	}
	sv, err := Decode([]byte(v))
	if err != nil {
		return nil, &LoadError{Save: key, Err: err}
	}
	return sv, nil
}

// List describes the store's saves (at most MaxEntries: the last keys in
// name order, so the newest autosaves), newest first, each with its
// metadata or the error explaining why it is unusable. A save that does not
// load has no time (the storage keeps none) and sorts last.
func (s *KVStore) List() ([]Entry, error) {
	keys, err := s.saveKeys()
	if err != nil {
		return nil, fmt.Errorf("list saves in %s: %w", s.Dir, err)
	}
	if len(keys) > MaxEntries {
		keys = keys[len(keys)-MaxEntries:]
	}
	out := make([]Entry, 0, len(keys))
	for _, key := range keys {
		e := Entry{Path: key}
		sv, err := s.Load(key)
		if err != nil {
			e.Err = err
			name := strings.TrimPrefix(key, s.Prefix)
			switch {
			case strings.HasPrefix(name, autoPrefix):
				e.Kind = Auto
			case strings.HasPrefix(name, manualPrefix):
				e.Kind = Manual
			}
			if v, ok, gerr := s.KV.Get(key); gerr == nil && ok {
				e.Size = int64(len(v))
			}
		} else {
			e.Kind, e.Name, e.SavedAt = sv.Kind, sv.Name, sv.SavedAt
			e.Scenario, e.Rounds, e.Over = sv.Record.Scenario, sv.Rounds(), sv.Over()
			e.Size = int64(s.size(key))
		}
		out = append(out, e)
	}
	slices.SortFunc(out, newestFirst)
	return out, nil
}

// size returns the stored length of key (0 when it cannot be read).
func (s *KVStore) size(key string) int {
	v, ok, err := s.KV.Get(key)
	if err != nil || !ok {
		return 0
	}
	return len(v)
}

// saveKeys lists the keys of saves (Prefix + *.json, not hidden), sorted.
func (s *KVStore) saveKeys() ([]string, error) {
	if s.KV == nil {
		return nil, errors.New("no storage")
	}
	keys, err := s.KV.Keys(s.Prefix)
	if err != nil {
		return nil, err
	}
	out := keys[:0]
	for _, k := range keys {
		name, ok := strings.CutPrefix(k, s.Prefix)
		if ok && !strings.HasPrefix(name, ".") && !strings.Contains(name, "/") && strings.HasSuffix(name, ext) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out, nil
}

// autosaves lists the store's autosave keys, oldest first.
func (s *KVStore) autosaves() ([]autoFile, error) {
	keys, err := s.saveKeys()
	if err != nil {
		return nil, err
	}
	var out []autoFile
	for _, k := range keys {
		if seq, ok := autoSeq(strings.TrimPrefix(k, s.Prefix)); ok {
			out = append(out, autoFile{k, seq})
		}
	}
	slices.SortFunc(out, func(a, b autoFile) int { return cmpUint(a.seq, b.seq) })
	return out, nil
}

// put encodes sv and stores it under key in one Set.
func (s *KVStore) put(key string, sv *Save) error {
	data, err := Encode(sv)
	if err != nil {
		return err
	}
	if len(data) > MaxBytes {
		return fmt.Errorf("%w: %d bytes; the limit is %d", ErrTooLarge, len(data), MaxBytes)
	}
	if err := s.KV.Set(key, string(data)); err != nil {
		return fmt.Errorf("write %s: %w", key, err)
	}
	return nil
}

func (s *KVStore) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC().Round(0)
	}
	return time.Now().UTC().Round(0)
}

// MapKV is a KV in memory (tests, and a fallback when the browser refuses
// its storage: the game then saves for the session only). Safe for
// concurrent use.
type MapKV struct {
	mu sync.Mutex
	m  map[string]string
}

// Get implements KV.
func (m *MapKV) Get(key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	return v, ok, nil
}

// Set implements KV.
func (m *MapKV) Set(key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[string]string{}
	}
	m.m[key] = value
	return nil
}

// Remove implements KV.
func (m *MapKV) Remove(key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
	return nil
}

// Keys implements KV.
func (m *MapKV) Keys(prefix string) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for k := range m.m {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k)
		}
	}
	return out, nil
}

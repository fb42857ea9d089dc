package save

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// File names in a Store: autosaves are auto-<sequence>.json, manual saves
// save-<name>-<hash of the exact name>.json.
const (
	autoPrefix   = "auto-"
	manualPrefix = "save-"
	ext          = ".json"
)

// Store is a save folder: rotating autosaves and named manual saves. Its
// methods are safe for concurrent use by one process.
type Store struct {
	// Dir is the folder; Open creates it.
	Dir string
	// Keep is how many autosaves to keep (0: DefaultKeep). Manual saves are
	// never deleted by the Store.
	Keep int
	// Now is the clock stamping saves (nil: time.Now).
	Now func() time.Time

	mu sync.Mutex
}

// Open returns the Store of dir, creating the folder (0700) if needed and
// removing temporary files an interrupted write left there over a minute ago.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open save folder %s: %w", dir, err)
	}
	if _, err := CleanTemps(dir, time.Minute); err != nil {
		return nil, fmt.Errorf("open save folder %s: %w", dir, err)
	}
	return &Store{Dir: dir}, nil
}

// OpenDefault opens the Store of Dir().
func OpenDefault() (*Store, error) {
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	return Open(dir)
}

// Autosave writes sv as the newest autosave (atomically; see WriteAtomic)
// and deletes the oldest autosaves beyond Keep. It returns the file's path.
// sv itself is not modified.
func (s *Store) Autosave(sv *Save) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	autos, err := s.autosaves()
	if err != nil {
		return "", fmt.Errorf("autosave: %w", err)
	}
	path := filepath.Join(s.Dir, nextAutoName(autos))
	c := *sv
	c.Kind, c.Name, c.SavedAt = Auto, "", s.now()
	if err := write(path, &c); err != nil {
		return "", fmt.Errorf("autosave: %w", err)
	}
	err = rotate(autos, s.Keep, func(old string) error {
		if err := os.Remove(old); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	})
	return path, err
}

// Save writes sv as the manual save called name (atomically), replacing an
// earlier save of exactly that name, and returns the file's path. sv itself
// is not modified.
func (s *Store) Save(name string, sv *Save) (string, error) {
	if err := checkName(name); err != nil {
		return "", fmt.Errorf("save %q: %w", clip(name), err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	path := filepath.Join(s.Dir, ManualFileName(name))
	c := *sv
	c.Kind, c.Name, c.SavedAt = Manual, name, s.now()
	if err := write(path, &c); err != nil {
		return "", fmt.Errorf("save %q: %w", name, err)
	}
	return path, nil
}

// Load reads a save of this store (or any other path); see the package Load.
func (s *Store) Load(path string) (*Save, error) { return Load(path) }

// ManualFileName returns the file name of the manual save called name: a
// readable slug of the name plus a short hash of it, so different names
// never share a file and the same name always replaces its own.
func ManualFileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if b.Len()+len(string(r)) > 48 {
				break
			}
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	slug := strings.TrimSuffix(b.String(), "-")
	if slug == "" {
		slug = "game"
	}
	sum := sha256.Sum256([]byte(name))
	return manualPrefix + slug + "-" + hex.EncodeToString(sum[:3]) + ext
}

// write encodes a save and writes it atomically.
func write(path string, sv *Save) error {
	data, err := Encode(sv)
	if err != nil {
		return err
	}
	return WriteAtomic(path, data)
}

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC().Round(0)
	}
	return time.Now().UTC().Round(0)
}

// autoFile is an autosave file and its sequence number.
// nextAutoName is the file name (or key suffix) of the autosave after the
// newest of autos, which are in sequence order.
func nextAutoName(autos []autoFile) string {
	seq := uint64(1)
	if len(autos) > 0 {
		seq = autos[len(autos)-1].seq + 1
	}
	return fmt.Sprintf("%s%012d%s", autoPrefix, seq, ext)
}

// rotate removes, through remove, the oldest of autos (in sequence order)
// so that keep autosaves (0: DefaultKeep) remain once one more has been
// written. Files and the browser's storage share it.
func rotate(autos []autoFile, keep int, remove func(path string) error) error {
	if keep <= 0 {
		keep = DefaultKeep
	}
	for i := 0; i < len(autos)+1-keep; i++ {
		if err := remove(autos[i].path); err != nil {
			return fmt.Errorf("autosave: rotate: %w", err)
		}
	}
	return nil
}

type autoFile struct {
	path string
	seq  uint64
}

// autosaves lists the folder's autosave files, oldest first.
func (s *Store) autosaves() ([]autoFile, error) {
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return nil, err
	}
	var out []autoFile
	for _, e := range entries {
		if seq, ok := autoSeq(e.Name()); ok && e.Type().IsRegular() {
			out = append(out, autoFile{filepath.Join(s.Dir, e.Name()), seq})
		}
	}
	slices.SortFunc(out, func(a, b autoFile) int { return cmpUint(a.seq, b.seq) })
	return out, nil
}

// autoSeq parses an autosave file name.
func autoSeq(name string) (uint64, bool) {
	digits, ok := strings.CutPrefix(name, autoPrefix)
	if !ok {
		return 0, false
	}
	digits, ok = strings.CutSuffix(digits, ext)
	if !ok || digits == "" {
		return 0, false
	}
	seq, err := strconv.ParseUint(digits, 10, 64)
	return seq, err == nil
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

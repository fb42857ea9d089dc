package save

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Entry describes one file of a save folder, for the load menu.
type Entry struct {
	Path     string
	Kind     Kind      // from the save, or from the file name when it does not load
	Name     string    // a manual save's name
	SavedAt  time.Time // from the save, or the file's modification time when it does not load
	Scenario string    // scenario id
	Rounds   int       // rounds resolved
	Over     bool      // the game had ended
	Size     int64     // bytes
	// Err says why the save cannot be used (it wraps ErrTruncated,
	// ErrCorrupt, …); nil when it loads. Loading never changes a file.
	Err error
}

// List describes the save files of the folder (*.json, at most MaxEntries
// of the most recently modified), newest first, each with its metadata or
// the error explaining why it is unusable. A missing folder lists nothing.
func (s *Store) List() ([]Entry, error) {
	des, err := os.ReadDir(s.Dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("list saves in %s: %w", s.Dir, err)
	}
	type file struct {
		name string
		info os.FileInfo
	}
	var files []file
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ext) || de.IsDir() {
			continue
		}
		info, err := de.Info()
		if err != nil {
			continue // removed meanwhile
		}
		files = append(files, file{name, info})
	}
	if len(files) > MaxEntries {
		slices.SortFunc(files, func(a, b file) int { return b.info.ModTime().Compare(a.info.ModTime()) })
		files = files[:MaxEntries]
	}
	out := make([]Entry, 0, len(files))
	for _, f := range files {
		path := filepath.Join(s.Dir, f.name)
		e := Entry{Path: path, Size: f.info.Size(), SavedAt: f.info.ModTime().UTC()}
		sv, err := Load(path)
		if err != nil {
			e.Err = err
			switch {
			case strings.HasPrefix(f.name, autoPrefix):
				e.Kind = Auto
			case strings.HasPrefix(f.name, manualPrefix):
				e.Kind = Manual
			}
		} else {
			e.Kind, e.Name, e.SavedAt = sv.Kind, sv.Name, sv.SavedAt
			e.Scenario, e.Rounds, e.Over = sv.Record.Scenario, sv.Rounds(), sv.Over()
		}
		out = append(out, e)
	}
	slices.SortFunc(out, newestFirst)
	return out, nil
}

// newestFirst orders entries by time, newest first; autosaves of the same
// instant by sequence, then by path.
func newestFirst(a, b Entry) int {
	if c := b.SavedAt.Compare(a.SavedAt); c != 0 {
		return c
	}
	sa, oka := autoSeq(filepath.Base(a.Path))
	sb, okb := autoSeq(filepath.Base(b.Path))
	if oka && okb {
		return cmpUint(sb, sa)
	}
	return cmp.Compare(b.Path, a.Path)
}

// Latest returns the newest save that loads, skipping unusable files: what
// "Continue" on the menu resumes. ok is false when there is none, or when
// the newest game had ended (there is nothing to continue; an older,
// abandoned game is not brought back).
func (s *Store) Latest() (e Entry, ok bool, err error) {
	list, err := s.List()
	if err != nil {
		return Entry{}, false, err
	}
	e, ok = LatestOf(list)
	return e, ok, nil
}

// LatestOf is Store.Latest on a listing already made by Store.List (newest
// first), so a menu that shows the list need not read the folder twice.
func LatestOf(list []Entry) (Entry, bool) {
	for _, e := range list {
		if e.Err == nil {
			return e, !e.Over
		}
	}
	return Entry{}, false
}

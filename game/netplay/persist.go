package netplay

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"liaison/game/room"
	"liaison/game/save"
)

// meta is a room's file beside its autosave: digests of its secrets (never
// the secrets), so a restarted host lets the same codes, key and resume
// tokens in again.
type meta struct {
	ID     string            `json:"id"`
	Key    string            `json:"key"`    // digest of the instructor key
	Seats  map[string]string `json:"seats"`  // team → digest of its join code
	Resume map[string]string `json:"resume"` // digest of a resume token → team, "facilitator" or "spectator:" + team
	// Spectators maps a spectator code's digest to the team it shadows
	// ("" for the delayed facilitator view).
	Spectators map[string]string `json:"spectators,omitempty"`
	Timer      int               `json:"timer,omitempty"`
}

// File names in SaveDir.
const (
	metaSuffix = ".room.json"
	saveSuffix = ".save"
)

// maxResume bounds the resume tokens a room keeps (one per welcome); past
// it, the oldest are forgotten at random (map order), which only costs a
// reconnecting client its code.
const maxResume = 1024

// autosave writes the room's save (the desktop game's format) and its
// room file, atomically, before the new round is published: a client never
// sees a round a crash could lose. It runs in the room goroutine, but only
// when a round resolves (or the room starts or stops), when no answer to a
// client of this room is due. A failure is logged and the game goes on.
func (a *actor) autosave() { a.writeFiles(a.saveFiles()) }

// roomFile is one file of a room's autosave, encoded, to write.
type roomFile struct {
	path string
	data []byte
}

// saveFiles encodes the room's autosave files (CPU work: under the heavy
// gate when a round resolves); writeFiles writes them (waiting on the
// disk: outside it, so that one room's fsync does not hold up others).
func (a *actor) saveFiles() []roomFile {
	dir := a.s.opts.SaveDir
	if dir == "" {
		return nil
	}
	for d := range a.meta.Resume {
		if len(a.meta.Resume) <= maxResume {
			break
		}
		delete(a.meta.Resume, d)
	}
	sv, err := a.rm.Snapshot()
	var files []roomFile
	if err == nil {
		sv.SavedAt = time.Now().UTC().Round(0)
		var b []byte
		if b, err = save.Encode(sv); err == nil {
			files = append(files, roomFile{filepath.Join(dir, a.id+saveSuffix), b})
		}
	}
	if err == nil {
		var m []byte
		if m, err = json.Marshal(a.meta); err == nil {
			files = append(files, roomFile{filepath.Join(dir, a.id+metaSuffix), m})
		}
	}
	if err != nil {
		a.autosaveFailed("", err)
		return nil
	}
	return files
}

// writeFiles writes a room's autosave files atomically, the save first.
func (a *actor) writeFiles(files []roomFile) {
	for _, f := range files {
		if err := save.WriteAtomic(f.path, f.data); err != nil {
			a.autosaveFailed(f.path, err)
			return
		}
	}
}

// autosaveFailed logs a failed autosave and tells Options.AutosaveFailed.
func (a *actor) autosaveFailed(path string, err error) {
	e := &AutosaveError{Room: a.id, Path: path, Err: err}
	a.s.opts.Logf("netplay: %v", e)
	if a.s.opts.AutosaveFailed != nil {
		a.s.opts.AutosaveFailed(e)
	}
}

// ResumeRooms restarts every room saved in SaveDir, with the same codes,
// key and resume tokens, at the start of the round it was saved at. It
// returns the ids resumed; a room that cannot resume is reported in the
// error and skipped.
func (s *Server) ResumeRooms() ([]string, error) {
	dir := s.opts.SaveDir
	if dir == "" {
		return nil, nil
	}
	names, err := filepath.Glob(filepath.Join(dir, "*"+metaSuffix))
	if err != nil {
		return nil, err
	}
	var ids []string
	var errs []error
	for _, name := range names {
		id, err := s.resumeRoom(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, id)
	}
	return ids, errors.Join(errs...)
}

// maxMeta bounds a room file.
const maxMeta = 1 << 20

func (s *Server) resumeRoom(name string) (string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("resume room: %w", err)
	}
	if len(b) > maxMeta {
		return "", fmt.Errorf("resume room %s: the room file is over %d bytes", name, maxMeta)
	}
	var m meta
	if err := strict(b, &m); err != nil {
		return "", fmt.Errorf("resume room %s: %w", name, err)
	}
	if m.ID != strings.TrimSuffix(filepath.Base(name), metaSuffix) || m.Key == "" {
		return "", fmt.Errorf("resume room %s: the room file names another room or has no key", name)
	}
	sv, err := save.Load(filepath.Join(filepath.Dir(name), m.ID+saveSuffix))
	if err != nil {
		return "", fmt.Errorf("resume room %s: %w", m.ID, err)
	}
	data, err := save.ReadScenario(sv.UI.Source)
	if err != nil {
		return "", fmt.Errorf("resume room %s: %w", m.ID, err)
	}
	rm, err := room.Restore(sv, data)
	if err != nil {
		return "", fmt.Errorf("resume room %s: %w", m.ID, err)
	}
	if err := s.start(rm, m); err != nil {
		return "", fmt.Errorf("resume room %s: %w", m.ID, err)
	}
	return m.ID, nil
}

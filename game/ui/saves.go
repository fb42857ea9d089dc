package ui

import (
	"sync"

	gamesave "liaison/game/save"
)

// saveFolder is the desktop game's save folder: the Store autosaves and
// manual saves go to, and its listing for the menu, read in the background
// so the menu never waits on the disk.
type saveFolder struct {
	store *saveStore // nil when saving is off (saves_desktop.go, saves_js.go)
	err   error      // why saving is off, when the folder could not be opened

	mu      sync.Mutex
	list    []gamesave.Entry
	listErr error
	version int           // bumped when a listing finishes
	done    chan struct{} // closed when the current listing finishes
	stale   bool          // a save was written since the listing started
	gen     int           // the current listing; an older one finishing late is dropped
}

// openSaveFolder opens the save folder (openSaveStore) and starts listing
// it; with off it keeps saving off (the benchmark). A folder that cannot be
// opened turns saving off with the reason, to be shown, never fatal.
func openSaveFolder(off bool) *saveFolder {
	f := &saveFolder{}
	if off {
		f.done = make(chan struct{})
		close(f.done)
		return f
	}
	f.store, f.err = openSaveStore()
	f.refresh()
	return f
}

// load reads the save at path (a listed Entry's Path) from the store.
func (f *saveFolder) load(path string) (*gamesave.Save, error) {
	if f.store == nil {
		return gamesave.Load(path)
	}
	return f.store.Load(path)
}

// refresh lists the folder again in the background.
func (f *saveFolder) refresh() {
	f.mu.Lock()
	defer f.mu.Unlock()
	done := make(chan struct{})
	f.done, f.stale = done, false
	f.gen++
	gen, st := f.gen, f.store
	if st == nil {
		close(done)
		return
	}
	go func() {
		list, err := st.List()
		f.mu.Lock()
		if gen == f.gen {
			f.list, f.listErr = list, err
			f.version++
		}
		f.mu.Unlock()
		close(done)
	}()
}

// wrote notes that a save was written: the next look at the menu lists again.
func (f *saveFolder) wrote() {
	f.mu.Lock()
	f.stale = true
	f.mu.Unlock()
}

// wait blocks until the current listing is done (tests).
func (f *saveFolder) wait() {
	f.mu.Lock()
	done := f.done
	f.mu.Unlock()
	<-done
}

// snapshot returns the latest listing and its version; it starts a new
// listing first when a save was written since the last one.
func (f *saveFolder) snapshot() (list []gamesave.Entry, version int, err error) {
	f.mu.Lock()
	stale := f.stale
	f.mu.Unlock()
	if stale {
		f.refresh()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.list, f.version, f.listErr
}

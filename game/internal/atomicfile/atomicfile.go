// Package atomicfile replaces a file so that a reader, or a machine that
// stops mid-write, sees either the old contents or all of the new ones:
// the one atomic writer the saves and the exported reports share.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// TempPrefix starts the name of every temporary file Write creates.
const TempPrefix = ".tmp-"

// Write replaces path with data: it writes a temporary file in the same
// folder with permissions perm, fsyncs it, renames it over path and fsyncs
// the folder so the rename itself is durable.
func Write(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, TempPrefix+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	// CreateTemp makes the file 0600; widen it only when asked.
	if perm != 0o600 {
		if err = f.Chmod(perm); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: fsync: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = syncDir(dir); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// syncDir makes a folder's entries durable (a rename into it, a new file).
// Windows cannot fsync a folder; NTFS journals renames itself. Some file
// systems (certain FUSE and network mounts) refuse to fsync a folder with
// EINVAL: the rename is then as durable as they make it, and not an error.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	serr := d.Sync()
	cerr := d.Close()
	if serr != nil && !errors.Is(serr, syscall.EINVAL) {
		return fmt.Errorf("fsync folder %s: %w", dir, serr)
	}
	return cerr
}

// CleanTemps removes the temporary files Write left in dir when a process
// was killed mid-write, if older than age (so as not to race a writer
// still at work). It returns how many it removed.
func CleanTemps(dir string, age time.Duration) (int, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return 0, nil
		}
		return 0, fmt.Errorf("clean temporary files in %s: %w", dir, err)
	}
	n := 0
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), TempPrefix) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil || time.Since(info.ModTime()) < age {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			n++
		}
	}
	return n, nil
}

package save

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

// tempPrefix starts the name of every temporary file WriteAtomic creates.
const tempPrefix = ".tmp-"

// WriteAtomic replaces path with data so that, whenever the process or the
// machine stops, path holds either its old contents or all of data, never a
// mix: it writes a temporary file in the same folder, fsyncs it, renames it
// over path and fsyncs the folder so the rename itself is durable. The new
// file is readable by the owner only (0600).
func WriteAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix+filepath.Base(path)+"-*")
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

// CleanTemps removes the temporary files WriteAtomic left in dir when a
// process was killed mid-write, if older than age (so as not to race a
// writer still at work). It returns how many it removed.
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
		if !strings.HasPrefix(e.Name(), tempPrefix) || !e.Type().IsRegular() {
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

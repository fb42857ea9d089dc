package save

import (
	"time"

	"liaison/game/internal/atomicfile"
)

// WriteAtomic replaces path with data so that, whenever the process or the
// machine stops, path holds either its old contents or all of data, never a
// mix: it writes a temporary file in the same folder, fsyncs it, renames it
// over path and fsyncs the folder so the rename itself is durable. The new
// file is readable by the owner only (0600).
func WriteAtomic(path string, data []byte) error {
	return atomicfile.Write(path, data, 0o600)
}

// CleanTemps removes the temporary files WriteAtomic left in dir when a
// process was killed mid-write, if older than age (so as not to race a
// writer still at work). It returns how many it removed.
func CleanTemps(dir string, age time.Duration) (int, error) {
	return atomicfile.CleanTemps(dir, age)
}

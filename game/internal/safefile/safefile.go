// Package safefile reads files named by untrusted input (a record's
// scenario_file, a save's scenario path, a record or save given on the
// command line) with bounded time and memory: only regular files are read,
// never more than a limit, and opening one never blocks.
//
// It is the one place saves, records and the scenarios they name are read
// from disk (save, replay and liaisonctl all go through it), so that
// "/dev/zero", a FIFO, a folder or /proc/self/environ is refused before a
// byte of it is used.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Classes of refusal (test with errors.Is).
var (
	// ErrNotRegular marks a folder, device, FIFO, socket or pseudo-file
	// (such as /proc/self/environ): anything but an ordinary file.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge marks a file beyond the limit; it is not read.
	ErrTooLarge = errors.New("file is too large")
)

// Error is a refusal of Read: Class is ErrNotRegular or ErrTooLarge, and
// Reason says why in words ("it is a folder", "5000000 bytes; the limit
// is 4194304"), for callers that report it under a class of their own.
type Error struct {
	Class  error
	Reason string
}

func (e *Error) Error() string { return e.Class.Error() + ": " + e.Reason }

// Unwrap returns the class, for errors.Is.
func (e *Error) Unwrap() error { return e.Class }

// Read returns the contents of the regular file at path, of at most limit
// bytes. It opens the file without blocking (a FIFO with no writer does not
// hang), checks the opened file (not the name, which could be swapped in
// between) is a regular file of at most limit bytes, and reads at most
// that many bytes, so a file that grows, or a pseudo-file that claims a
// size it does not have, is refused rather than read without end. Errors
// do not name the path: callers wrap them with it.
func Read(path string, limit int64) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, pe.Err // the caller names the path
		}
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, &Error{ErrNotRegular, "it is " + describe(st.Mode())}
	}
	size := st.Size()
	if size > limit {
		return nil, &Error{ErrTooLarge, fmt.Sprintf("%d bytes; the limit is %d", size, limit)}
	}
	// Read one byte past the size the file claims: more means it grew while
	// being read or is a pseudo-file (those under /proc claim 0 bytes).
	data, err := io.ReadAll(io.LimitReader(f, size+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > size {
		return nil, &Error{ErrNotRegular, fmt.Sprintf("it holds more than the %d bytes it claims (a file still being written, or a system pseudo-file)", size)}
	}
	return data, nil
}

// describe names a file mode for a refusal.
func describe(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a device"
	case m&os.ModeIrregular != 0:
		return "an irregular file"
	default:
		return "not an ordinary file"
	}
}

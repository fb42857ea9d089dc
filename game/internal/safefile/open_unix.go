//go:build unix

package safefile

import (
	"os"
	"syscall"
)

// open opens path for reading without blocking: O_NONBLOCK makes opening a
// FIFO with no writer return at once (Read then refuses it); regular files
// ignore the flag.
func open(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

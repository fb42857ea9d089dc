//go:build !unix

package safefile

import "os"

// open opens path for reading (systems without FIFOs in the file system).
func open(path string) (*os.File, error) {
	return os.Open(path)
}

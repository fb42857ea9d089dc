// Package scenarios embeds the scenario files shipped with Liaison.
package scenarios

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.yaml
var files embed.FS

// Default is the file name of the scenario the game opens on.
const Default = "tutorial.yaml"

// FS returns the embedded scenario files.
func FS() fs.FS { return files }

// Names lists the embedded scenario file names, sorted, default first.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".yaml") {
			out = append(out, e.Name())
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i] == Default) != (out[j] == Default) {
			return out[i] == Default
		}
		return out[i] < out[j]
	})
	return out
}

// Read returns the bytes of an embedded scenario file.
func Read(name string) ([]byte, error) { return files.ReadFile(name) }

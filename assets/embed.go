// Package assets embeds Liaison's fonts and icons so the desktop game ships
// as one binary. Licences are recorded in LICENSES.md beside this file.
//
// The icons are drawn by ./internal/genicons; regenerate them with
// `go generate ./assets`.
package assets

//go:generate go run ./internal/genicons icons

import (
	"bytes"
	"embed"
	"fmt"
	"image"
	"image/png"
	"io/fs"
	"sort"
	"strings"
)

//go:embed fonts/Go-Regular.ttf
var fontRegular []byte

//go:embed fonts/Go-Bold.ttf
var fontBold []byte

//go:embed fonts/Go-Mono.ttf
var fontMono []byte

//go:embed icons/*.png
var icons embed.FS

// FontRegular returns the TrueType bytes of Go Regular (Bigelow & Holmes, BSD licence).
func FontRegular() []byte { return fontRegular }

// FontBold returns the TrueType bytes of Go Bold (Bigelow & Holmes, BSD licence).
func FontBold() []byte { return fontBold }

// FontMono returns the TrueType bytes of Go Mono (Bigelow & Holmes, BSD licence).
func FontMono() []byte { return fontMono }

// IconNames lists the embedded icons by name (file name without .png), sorted.
func IconNames() []string {
	entries, _ := fs.ReadDir(icons, "icons")
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".png"); ok {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// Icon decodes the named icon: white shapes on transparency, 48×48 pixels,
// meant to be tinted when drawn.
func Icon(name string) (image.Image, error) {
	data, err := icons.ReadFile("icons/" + name + ".png")
	if err != nil {
		return nil, fmt.Errorf("icon %q: %w", name, err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("icon %q: %w", name, err)
	}
	return img, nil
}

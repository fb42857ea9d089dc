package save

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// EnvDir names the environment variable that overrides the save folder
// (tests, portable installs).
const EnvDir = "LIAISON_SAVE_DIR"

// Dir returns the folder saves live in: $LIAISON_SAVE_DIR when set; on
// Linux and other Unix systems $XDG_DATA_HOME/liaison/saves, else
// ~/.local/share/liaison/saves; on Windows and macOS
// os.UserConfigDir()/Liaison/saves (%AppData%, ~/Library/Application Support).
// It does not create the folder (Open does).
func Dir() (string, error) {
	return dirFor(runtime.GOOS, os.Getenv, os.UserHomeDir, os.UserConfigDir)
}

// dirFor is Dir with its environment passed in, for tests.
func dirFor(goos string, getenv func(string) string, home, config func() (string, error)) (string, error) {
	if d := getenv(EnvDir); d != "" {
		return d, nil
	}
	switch goos {
	case "windows", "darwin", "ios", "plan9", "js", "wasip1":
		c, err := config()
		if err != nil {
			return "", fmt.Errorf("save folder: %w", err)
		}
		return filepath.Join(c, "Liaison", "saves"), nil
	}
	if x := getenv("XDG_DATA_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "liaison", "saves"), nil
	}
	h, err := home()
	if err != nil {
		return "", fmt.Errorf("save folder: %w", err)
	}
	if h == "" {
		return "", fmt.Errorf("save folder: no home folder; set %s", EnvDir)
	}
	return filepath.Join(h, ".local", "share", "liaison", "saves"), nil
}

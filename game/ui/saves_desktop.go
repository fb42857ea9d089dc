//go:build !js

package ui

import gamesave "liaison/game/save"

// saveStore is where the desktop game keeps its saves: a folder on disk.
type saveStore = gamesave.Store

// openSaveStore opens the save folder (gamesave.Dir, $LIAISON_SAVE_DIR).
func openSaveStore() (*saveStore, error) { return gamesave.OpenDefault() }

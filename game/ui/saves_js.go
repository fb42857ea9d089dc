package ui

import gamesave "liaison/game/save"

// saveStore is where the browser game keeps its saves: the browser's
// localStorage for the site, in the save file format (gamesave.KVStore).
type saveStore = gamesave.KVStore

// openSaveStore opens the browser's storage; when the browser refuses it
// (storage turned off), saving is off with the browser's reason.
func openSaveStore() (*saveStore, error) { return gamesave.OpenBrowser() }

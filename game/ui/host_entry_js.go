package ui

import "liaison/game/ui/catalog"

// canHost is false in the browser: a page cannot listen on the network, so
// the title hides "Host a game".
const canHost = false

// newHostEntry is never called in the browser (the entry is hidden).
func newHostEntry(Scene, []catalog.Entry, int) Scene { return nil }

// hostingScene is false: the browser hosts nothing.
func hostingScene(Scene) bool { return false }

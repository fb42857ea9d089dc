//go:build !js

package ui

import "liaison/game/ui/catalog"

// canHost says the title offers "Host a game": the desktop game can listen
// on the network; the browser cannot.
const canHost = true

// newHostEntry opens "Host a game" with the title's entries, sel chosen.
func newHostEntry(back Scene, entries []catalog.Entry, sel int) Scene {
	return newHostSetupScene(back, entries, sel)
}

// hostingScene reports whether a scene shows a hosted room (Ctrl+S there
// says the host saves it rather than saving another game).
func hostingScene(s Scene) bool {
	switch s := s.(type) {
	case *hostScene:
		return true
	case *facilitatorScene:
		return s.g.keep == nil
	}
	return false
}

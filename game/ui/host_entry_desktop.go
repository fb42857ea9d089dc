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

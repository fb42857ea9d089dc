//go:build !js

package ui

// canQuit says whether the menu offers Quit: a desktop window closes.
const canQuit = true

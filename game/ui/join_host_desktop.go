//go:build !js

package ui

// pageHost is "" on the desktop: the trainee types the host's address.
func pageHost() string { return "" }

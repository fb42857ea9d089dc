//go:build !js

package ui

// pastedText returns dst: Ebiten gives a desktop window no clipboard, so
// there the trainee types (paste_js.go takes the browser's pastes).
func pastedText(dst []rune) []rune { return dst }

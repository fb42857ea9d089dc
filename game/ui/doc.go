// Package ui is Liaison's desktop game on Ebiten: the scenes (title, seat
// setup, briefing, handoff, team board, end screen, facilitator view), the
// hand-drawn widgets they share, fonts and icons from package assets, and
// the game loop that ties them to a session.
//
// Display-free logic lives in subpackages that never import Ebiten and are
// tested without a display: layout (geometry, hit-testing, scrolling, text
// wrapping), input (input frames and scripted input), catalog (the scenarios
// the menu offers) and session (whose turn it is, collecting orders, resolving
// rounds). This package only turns their state into pixels and input frames
// into calls on them.
package ui

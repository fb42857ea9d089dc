// Package ui is Liaison's desktop game on Ebiten: the scenes (title menu,
// scenario diagnostics, seat setup, briefing, handoff, team board, end
// screen, facilitator view), the hand-drawn widgets they share, fonts and
// icons from package assets, and the game loop that ties them to a session.
//
// Display-free logic lives in subpackages that never import Ebiten and are
// tested without a display: layout (geometry, hit-testing, scrolling lists,
// text wrapping), input (input frames and scripted input), catalog (the
// scenarios the menu offers), session (whose turn it is, collecting orders
// from humans and bots, resolving rounds) and compose (which orders a
// selection offers, with the engine's reasons, and the order queue). This
// package only turns their state into pixels and input frames into calls on
// them.
//
// Each scene is one file with a Scene implementation; Update returns the
// next scene and the manager cross-fades. Every tick the App polls an
// input.Source into an input.Frame (Ebiten's mouse and keyboard, or a
// scripted source in tests), so tests drive the game through the same path
// a person does.
//
// Drawing is retained: the App draws the scene into a cached frame only
// when something changed (input, a scene change, a fade, an explicit
// Invalidate) and otherwise blits it, drawing only animations on top
// (the dynamic interface) and the tooltip (from its own image). The board
// goes further (the partial interface): a tick whose only input is the
// pointer or the wheel redraws just the panels whose hover or scroll
// changed. Screen-sized images live outside Ebiten's texture atlas, which
// keeps software GL's memory down; package framebench measures frames and
// peak memory beside an empty Ebiten loop (liaison --bench). Steady-state frames allocate nothing in this
// package: text is shaped once per string and face (textCache), shapes use
// reused vertex buffers (painter), and every string a scene shows is built
// when its model changes, never in Draw.
//
// The widgets are hand-written rather than ebitenui's: hit-testing and
// layout had to be pure functions testable without a display, scripted
// input had to reach widgets exactly as real input does, and the cached,
// allocation-free frame needed control over every draw call.
package ui

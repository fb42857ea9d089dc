// Package widget holds the game's hand-written widgets: buttons, text
// fields, dialogs, scrollable documents, panels, tooltips, the turn banner
// and notices. Each updates from the display-free input layer
// (game/ui/input) and draws through the shared primitives of game/ui/draw,
// so its logic is tested with scripted input; the scenes in game/ui put
// them together.
package widget

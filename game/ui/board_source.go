package ui

import (
	"liaison/game/rules"
	"liaison/game/ui/compose"
)

// boardSource is what the team board reads and asks while a team plans
// its round: the team's View, the engine's legality for the composer
// (legal orders, AP left, costs), the other seats' kinds and whether the
// exercise is paused. The hot-seat session is one; a seat joined on a
// host (remoteBoard, board_remote.go) is the other, answering from the
// host's snapshots. Kept small and in its own file so that it can merge
// with the session interface the UI gets from game/session.
type boardSource interface {
	compose.Oracle
	View(team string) (rules.View, error)
	Seat(team string) string
	Paused() bool
}

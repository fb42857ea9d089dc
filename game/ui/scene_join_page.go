package ui

import (
	"unicode/utf8"

	"liaison/game/ui/remote"
)

// pageState is what the browser page is told of a join in progress
// (publish_js.go): "phase" (connecting, joined or failed), the host's
// "round", the round the host took this seat's orders for ("confirmed") and
// the status line, and how many characters the code field holds
// ("typed"). Never the code itself: it stays in the field and the first
// message.
func (s *joinScene) pageState() map[string]any {
	typed := utf8.RuneCountInString(s.code.Text())
	if s.seat == nil {
		return map[string]any{"phase": "form", "typed": typed}
	}
	phase := "connecting"
	switch s.st.Phase {
	case remote.Joined:
		phase = "joined"
	case remote.Failed:
		phase = "failed"
	}
	return map[string]any{"phase": phase, "round": s.st.Snapshot.Round, "confirmed": s.st.Confirmed, "status": s.shown, "typed": typed}
}

package ui

import (
	"encoding/json"

	"liaison/game/rules"
)

// pageState is what the browser page is told of a joined seat's board
// (publish_js.go): the round on the board, the orders queued, as the JSON
// of the order list (what the trainee sees queued, for a test to compare
// with what the host received), and which of the actions listed for the
// selection (digit keys 1 to 9) are enabled orders other than Pass. A
// hot-seat board adds nothing: the app already publishes its round.
func (s *boardScene) pageState() map[string]any {
	if s.net == nil {
		return nil
	}
	queue, err := json.Marshal(s.queue.Orders)
	if err != nil {
		queue = []byte("null")
	}
	enabled := []any{}
	for i, a := range s.actions {
		if a.Enabled && a.Kind != rules.Pass {
			enabled = append(enabled, i)
		}
	}
	return map[string]any{"round": s.v.Round, "queued": len(s.queue.Orders), "queue": string(queue), "enabled": enabled}
}

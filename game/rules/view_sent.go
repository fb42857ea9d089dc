package rules

// SentView is one item this team sent: its own outgoing register, so that a
// player (and a stateless bot) knows what it already shared with whom.
type SentView struct {
	Item    string `json:"item"`
	To      string `json:"to"`
	Round   int    `json:"round"`
	Channel string `json:"channel"`
}

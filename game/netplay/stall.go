package netplay

// stalled lists the teams the round waits for whose people are all
// disconnected, when some person has confirmed and every connected team
// has: the round would resolve but for them, so the facilitator decides
// (wait, hand the seat to a bot, resolve). Before anyone confirms (a room
// nobody has joined yet) nothing is stalled.
func (a *actor) stalled() []string {
	waiting := a.rm.Waiting()
	if len(waiting) == 0 || a.rm.Over() || len(waiting) == len(a.rm.Humans()) {
		return nil
	}
	var out []string
	for _, t := range waiting {
		if a.connected(t) > 0 {
			return nil
		}
		out = append(out, t)
	}
	return out
}

// connected counts a team's clients.
func (a *actor) connected(team string) int {
	n := 0
	for c := range a.clients {
		if c.role == RoleTeam && c.team == team {
			n++
		}
	}
	return n
}

package netplay

import "encoding/json"

// sendSnapshot sends a team client its whole situation: built from the
// team's own View and its own queued orders only.
func (a *actor) sendSnapshot(c *client) {
	b, err := a.snapshotBody(c.team)
	if err != nil {
		return
	}
	c.sendRaw(TSnapshot, b)
}

// phase is the round's phase as a team sees it.
func (a *actor) phase(team string) string {
	switch {
	case a.rm.Over():
		return PhaseOver
	case a.rm.Paused():
		return PhasePaused
	case a.rm.Confirmed(team):
		return PhaseConfirmed
	}
	return PhaseOrders
}

// sendTeam sends a snapshot to a team's clients, except skip: encoded
// once for all of them (trainees sharing a team, its spectators).
func (a *actor) sendTeam(team string, skip *client) {
	var body []byte
	for c := range a.clients {
		if (c.role == RoleTeam || c.role == RoleSpectator) && c.team == team && c != skip {
			if body == nil {
				var err error
				if body, err = a.snapshotBody(team); err != nil {
					return
				}
			}
			c.sendRaw(TSnapshot, body)
		}
	}
}

// sendFacilitator sends the facilitator its situation; with full, the
// whole facilitator view too (on joining and after a round), otherwise
// the seats' status only.
func (a *actor) sendFacilitator(c *client, full bool) {
	if b, err := a.facilitatorBody(full); err == nil {
		c.sendRaw(TFacilitator, b)
	}
}

// facilitatorBody encodes the facilitator's situation (see
// sendFacilitator). Like snapshotBody's, the body is in the room's
// scratch buffer: frame it before encoding anything else.
func (a *actor) facilitatorBody(full bool) ([]byte, error) {
	f := FacilitatorFrame{Round: a.rm.Round(), Paused: a.rm.Paused(), Over: a.rm.Over(), Stalled: a.stalled(),
		TimeUp: a.timeUp, Pending: a.rm.PendingActions()}
	if !a.deadline.IsZero() {
		f.Deadline = a.deadline.Unix()
	}
	for _, t := range a.rm.Teams() {
		f.Teams = append(f.Teams, TeamStatus{Team: t, Seat: a.rm.Kind(t), Connected: a.connected(t), Confirmed: a.rm.Confirmed(t)})
	}
	var views [][]byte
	if full {
		f.View, f.Hash = a.facilitatorView(), a.rm.Hash()
		views = a.sharedViews(f.View.TeamIDs)
	}
	b, ok := appendFacilitatorFrame(a.scratch[:0], &f, views)
	if !ok {
		return json.Marshal(f) // says what JSON cannot hold
	}
	a.scratch = b
	return b, nil
}

// sharedViews is, for each of the facilitator view's teams, the team's
// View as its snapshots encoded it for this engine state, or nil where no
// snapshot has (a bot's team): the facilitator's frame reuses those bytes
// instead of encoding the same View again (facilitatorjson.go).
func (a *actor) sharedViews(teams []string) [][]byte {
	tc := a.current()
	views := make([][]byte, len(teams))
	for i, t := range teams {
		if tr, ok := tc.teams[t]; ok {
			views[i] = tr.json
		}
	}
	return views
}

// publishFacilitator sends every facilitator client its situation,
// encoded once.
func (a *actor) publishFacilitator(full bool) {
	var body []byte
	for c := range a.clients {
		if c.role == RoleFacilitator {
			if body == nil {
				var err error
				if body, err = a.facilitatorBody(full); err != nil {
					return
				}
			}
			c.sendRaw(TFacilitator, body)
		}
	}
}

// publishAll sends everyone their whole situation (after a round, a
// pause). Every frame is built first (each team's snapshot encoded once
// for all its clients, the facilitator's once) and only then handed to
// the writers: a trainee who gets the new round and confirms at once
// finds the room goroutine free to answer, instead of busy encoding the
// other teams' frames and the facilitator's whole view (measured with
// BenchmarkLoad: that wait was most of a confirm's typical latency).
// The teams' snapshots go first so that the facilitator's frame finds
// their Views encoded (sharedViews).
func (a *actor) publishAll() {
	type frame struct {
		c *client
		b []byte
	}
	var out []frame
	byTeam := map[string][]*client{}
	var teams []string // in the order met, so each team is encoded once
	var facilitators []*client
	for c := range a.clients {
		switch {
		case c.role == RoleTeam || (c.role == RoleSpectator && c.team != ""):
			if _, ok := byTeam[c.team]; !ok {
				teams = append(teams, c.team)
			}
			byTeam[c.team] = append(byTeam[c.team], c)
		case c.role == RoleFacilitator:
			facilitators = append(facilitators, c)
		}
	}
	if len(facilitators) > 0 {
		a.facilitatorView() // first: the teams' snapshots take their Views from it
	}
	for _, team := range teams {
		body, err := a.snapshotBody(team)
		if err != nil {
			continue
		}
		for _, c := range byTeam[team] {
			out = append(out, frame{c, c.frame(TSnapshot, body)})
		}
		yield()
	}
	if len(facilitators) > 0 {
		if body, err := a.facilitatorBody(true); err == nil {
			for _, c := range facilitators {
				out = append(out, frame{c, c.frame(TFacilitator, body)})
			}
			yield()
		}
	}
	for _, f := range out {
		f.c.queue(f.b)
	}
	for c := range a.clients {
		if c.role == RoleSpectator && c.team == "" {
			a.sendSpectator(c) // the facilitator view a round late: rare, small rooms
		}
	}
}

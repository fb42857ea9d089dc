package netplay

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
	f := FacilitatorFrame{Round: a.rm.Round(), Paused: a.rm.Paused(), Over: a.rm.Over(), Stalled: a.stalled(),
		TimeUp: a.timeUp, Pending: a.rm.PendingActions()}
	if !a.deadline.IsZero() {
		f.Deadline = a.deadline.Unix()
	}
	for _, t := range a.rm.Teams() {
		f.Teams = append(f.Teams, TeamStatus{Team: t, Seat: a.rm.Kind(t), Connected: a.connected(t), Confirmed: a.rm.Confirmed(t)})
	}
	if full {
		fv := a.rm.Facilitator()
		f.View, f.Hash = &fv, a.rm.Hash()
	}
	c.send(TFacilitator, f)
}

// publishFacilitator sends every facilitator client its situation.
func (a *actor) publishFacilitator(full bool) {
	for c := range a.clients {
		if c.role == RoleFacilitator {
			a.sendFacilitator(c, full)
		}
	}
}

// publishAll sends everyone their whole situation (after a round, a
// pause): each team's snapshot encoded once for all its clients.
func (a *actor) publishAll() {
	bodies := map[string][]byte{}
	for c := range a.clients {
		switch {
		case c.role == RoleTeam || (c.role == RoleSpectator && c.team != ""):
			b, ok := bodies[c.team]
			if !ok {
				var err error
				if b, err = a.snapshotBody(c.team); err != nil {
					continue
				}
				bodies[c.team] = b
			}
			c.sendRaw(TSnapshot, b)
		case c.role == RoleSpectator:
			a.sendSpectator(c)
		}
	}
	a.publishFacilitator(true)
}

package netplay

import "liaison/game/rules"

// sendSnapshot sends a team client its whole situation: built from the
// team's own View and its own queued orders only.
func (a *actor) sendSnapshot(c *client) {
	v, err := a.rm.View(c.team)
	if err != nil {
		return
	}
	sn := Snapshot{Round: a.rm.Round(), Phase: a.phase(c.team), View: v, Queued: a.rm.Queued(c.team),
		Costs: a.costs(), InformalCost: a.rm.Scenario().Rules.TrustMoves.Informal, Results: a.results(c.team, v)}
	if sn.Queued == nil {
		sn.Queued = []rules.Order{}
	}
	sn.APLeft = a.rm.Legality().APLeft(c.team, sn.Queued)
	if sn.Phase == PhaseOrders {
		sn.Legal = a.legalFor(v, c.team, sn.Queued)
	}
	if !a.deadline.IsZero() {
		sn.Deadline = a.deadline.Unix()
	}
	c.send(TSnapshot, sn)
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

// sendTeam sends a snapshot to a team's clients, except skip.
func (a *actor) sendTeam(team string, skip *client) {
	for c := range a.clients {
		if (c.role == RoleTeam || c.role == RoleSpectator) && c.team == team && c != skip {
			a.sendSnapshot(c)
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

// publishAll sends everyone their whole situation (after a round, a pause).
func (a *actor) publishAll() {
	for c := range a.clients {
		switch c.role {
		case RoleTeam:
			a.sendSnapshot(c)
		case RoleSpectator:
			a.sendSpectator(c)
		}
	}
	a.publishFacilitator(true)
}

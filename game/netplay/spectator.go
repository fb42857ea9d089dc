package netplay

import (
	"fmt"

	"github.com/coder/websocket"
)

// maxSpectatorCodes bounds the spectator codes a room keeps.
const maxSpectatorCodes = 64

// spectatorCode makes a spectator code for the facilitator (or revokes a
// target's codes and closes its spectators). The code goes to the
// facilitator only; the host keeps its digest.
func (a *actor) spectatorCode(c *client, ref uint64, b Spectator) error {
	if b.Team != "" && a.rm.Kind(b.Team) == "" {
		return fmt.Errorf("no team %q to shadow", clip(b.Team))
	}
	if a.meta.Spectators == nil {
		a.meta.Spectators = map[string]string{}
	}
	if b.Revoke {
		var gone []string
		for d, team := range a.meta.Spectators {
			if team == b.Team {
				gone = append(gone, d)
				delete(a.meta.Spectators, d)
			}
		}
		for d, who := range a.meta.Resume {
			if who == RoleSpectator+":"+b.Team {
				gone = append(gone, d)
				delete(a.meta.Resume, d)
			}
		}
		a.s.dropSecrets(gone)
		for cl := range a.clients {
			if cl.role == RoleSpectator && cl.team == b.Team {
				cl.kill(websocket.StatusNormalClosure, "the facilitator ended spectating")
			}
		}
		c.send(TAck, Ack{Ref: ref})
		return nil
	}
	if len(a.meta.Spectators) >= maxSpectatorCodes {
		return fmt.Errorf("this room has %d spectator codes already; revoke some first", maxSpectatorCodes)
	}
	code := newCode()
	d := digest(code)
	a.meta.Spectators[d] = b.Team
	a.s.addSecret(d, grant{room: a, role: RoleSpectator, team: b.Team})
	c.send(TSpectatorCode, SpectatorCode{Ref: ref, Team: b.Team, Code: code})
	return nil
}

// spectatorMsg handles a spectator's request: spectators only watch.
func (a *actor) spectatorMsg(c *client, env Envelope) error {
	if env.Type == TPing {
		c.send(TPong, Ack{Ref: env.Seq})
		return nil
	}
	return fmt.Errorf("%w: a spectator only watches (it cannot send %q)", errProtocol, clip(env.Type))
}

// sendSpectator sends a spectator its view: the shadowed team's snapshot,
// or the facilitator view as it stood at the start of the last round.
func (a *actor) sendSpectator(c *client) {
	if c.team != "" {
		a.sendSnapshot(c)
		return
	}
	f := FacilitatorFrame{Round: a.rm.Round(), Paused: a.rm.Paused(), Over: a.rm.Over(), View: a.lateView}
	if a.rm.Over() {
		fv := a.rm.Facilitator() // nothing left to spoil
		f.View = &fv
	}
	c.send(TFacilitator, f)
}

// keepLateView keeps the facilitator view of the round about to resolve
// (the state does not change within a round) for the delayed spectators.
func (a *actor) keepLateView() {
	for _, team := range a.meta.Spectators {
		if team == "" {
			fv := a.rm.Facilitator()
			a.lateView = &fv
			return
		}
	}
}

package netplay

import (
	"fmt"

	"github.com/coder/websocket"

	"liaison/game/room"
)

// facilitatorMsg handles the facilitator's request.
func (a *actor) facilitatorMsg(c *client, env Envelope) error {
	switch env.Type {
	case TPing:
		c.send(TPong, Ack{Ref: env.Seq})
		return nil
	case TPause:
		var b Pause
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		a.rm.SetPaused(b.Paused)
		c.send(TAck, Ack{Ref: env.Seq})
		a.publishAll()
		if !b.Paused {
			a.maybeResolve()
		}
		return nil
	case TInject:
		var b Inject
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		if err := a.rm.FireInject(b.ID); err != nil {
			return err
		}
	case TNote:
		var b Note
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		if err := a.rm.AddNote(b.Text); err != nil {
			return err
		}
	case TResolve:
		if err := decodeBody(env, &struct{}{}); err != nil {
			return err
		}
		if err := a.resolve(true); err != nil {
			return err
		}
	case TTimer:
		var b Timer
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		if b.Seconds < 0 || b.Seconds > maxTimer {
			return fmt.Errorf("a round timer of %d s: give 0 (none) to %d", b.Seconds, maxTimer)
		}
		a.timerSecs = b.Seconds
		a.meta.Timer = b.Seconds
		a.armTimer()
		c.send(TAck, Ack{Ref: env.Seq})
		a.publishAll()
		return nil
	case TSeat:
		var b SeatDecision
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		switch b.Action {
		case SeatBot:
			if err := a.rm.HandToBot(b.Team, b.Personality); err != nil {
				return err
			}
			for cl := range a.clients {
				if cl.role == RoleTeam && cl.team == b.Team {
					cl.kill(websocket.StatusNormalClosure, "the facilitator handed your seat to a bot")
				}
			}
			c.send(TAck, Ack{Ref: env.Seq})
			a.publishFacilitator(false)
			a.maybeResolve()
			return nil
		case SeatWait:
			if a.rm.Kind(b.Team) != room.Human {
				return fmt.Errorf("no person's seat %q", clip(b.Team))
			}
		default:
			return fmt.Errorf("seat action %q: give %q or %q", clip(b.Action), SeatBot, SeatWait)
		}
	case TSpectator:
		var b Spectator
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		return a.spectatorCode(c, env.Seq, b)
	default:
		return fmt.Errorf("%w: the facilitator cannot send %q", errProtocol, clip(env.Type))
	}
	c.send(TAck, Ack{Ref: env.Seq})
	a.publishFacilitator(false)
	return nil
}

// maxTimer bounds the round timer (an hour).
const maxTimer = 3600

package netplay

import (
	"context"
	"fmt"
	"strings"

	"github.com/coder/websocket"
	"golang.org/x/time/rate"

	"liaison/game/bot"
	"liaison/game/room"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// adminLoop serves a client holding the host's admin key: it creates rooms
// from embedded scenarios. It runs in the connection's own goroutine (no
// room owns it), within the same rate limit as every connection.
func (s *Server) adminLoop(c *client) {
	s.opts.Logf("netplay: %s: the admin joined", c.addr)
	c.send(TWelcome, Welcome{Role: RoleAdmin})
	lim := rate.NewLimiter(s.opts.MsgRate, s.opts.MsgBurst)
	for {
		typ, data, err := c.conn.Read(context.Background())
		if err != nil {
			c.kill(websocket.StatusNormalClosure, "")
			return
		}
		if !lim.Allow() {
			c.kill(websocket.StatusPolicyViolation, "too many messages")
			return
		}
		if typ != websocket.MessageText {
			c.send(TError, Error{Message: "send JSON text frames"})
			continue
		}
		env, err := decodeEnvelope(data)
		if err == nil {
			err = s.adminMsg(c, env)
		}
		if err != nil {
			c.send(TError, Error{Ref: env.Seq, Message: err.Error()})
		}
	}
}

// adminMsg handles one admin request.
func (s *Server) adminMsg(c *client, env Envelope) error {
	switch env.Type {
	case TPing:
		c.send(TPong, Ack{Ref: env.Seq})
		return nil
	case TCreate:
		var b Create
		if err := decodeBody(env, &b); err != nil {
			return err
		}
		cfg, err := createConfig(b)
		if err != nil {
			return err
		}
		nr, err := s.CreateRoom(cfg)
		if err != nil {
			return err
		}
		s.opts.Logf("netplay: %s: the admin created room %s (%s)", c.addr, nr.Room, cfg.Scenario.ID)
		c.send(TCreated, Created{Ref: env.Seq, Room: nr.Room, Key: nr.Key, Codes: nr.Codes})
		return nil
	}
	return fmt.Errorf("%w: the admin cannot send %q", errProtocol, clip(env.Type))
}

// createConfig checks a create request: an embedded scenario, known teams
// and seat kinds.
func createConfig(b Create) (room.Config, error) {
	if !strings.HasSuffix(b.Scenario, ".yaml") {
		b.Scenario += ".yaml"
	}
	data, err := scenarios.Read(b.Scenario)
	if err != nil {
		return room.Config{}, fmt.Errorf("no embedded scenario %q", clip(b.Scenario))
	}
	sc, diags := scenario.Parse(b.Scenario, data)
	if sc == nil {
		return room.Config{}, fmt.Errorf("scenario %s does not load: %w", b.Scenario, diags.Errors())
	}
	seats := map[string]string{}
	for team, kind := range b.Seats {
		if team != "all" && sc.TeamIndex(team) < 0 {
			return room.Config{}, fmt.Errorf("no team %q in %s", clip(team), sc.ID)
		}
		if _, err := bot.New(kind, 0); kind != room.Human && err != nil {
			return room.Config{}, err
		}
	}
	for _, t := range sc.Teams {
		if k := b.Seats["all"]; k != "" {
			seats[t.ID] = k
		}
		if k := b.Seats[t.ID]; k != "" {
			seats[t.ID] = k
		}
	}
	return room.Config{Scenario: sc, Data: data, File: b.Scenario, Source: save.Source{Embedded: b.Scenario},
		Seed: b.Seed, Seats: seats, Facilitator: true}, nil
}

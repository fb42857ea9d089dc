package remote

import (
	"context"
	"errors"
	"time"

	"liaison/game/netplay"
)

// reconnectFor is how long a dropped seat keeps trying to get its
// connection back before it gives up (a host restarting from its
// autosave takes a few seconds); a variable so tests can shorten it.
var reconnectFor = 30 * time.Second

// Backoff between attempts: quick at first (a blip on the LAN), then
// every few seconds (a host restarting).
const (
	firstRetry = 200 * time.Millisecond
	maxRetry   = 3 * time.Second
)

// redial gets the seat's connection back: with the resume token of the
// last welcome (the host hands a fresh one on every join), or with the
// join code if the host no longer knows the token (a restarted host
// keeps tokens in its save, but the facilitator may have revoked them).
// It returns nil once reconnectFor has passed or ctx ended.
func (s *Seat) redial(ctx context.Context, u, resume, code string) *netplay.Client {
	end := time.Now().Add(reconnectFor)
	wait := firstRetry
	for attempt := 0; ; attempt++ {
		hello := netplay.Hello{Resume: resume}
		if resume == "" || attempt%2 == 1 {
			hello = netplay.Hello{Code: code}
		}
		dctx, cancel := context.WithDeadline(ctx, end)
		c, err := netplay.Dial(dctx, u, hello)
		cancel()
		if err == nil {
			if c.Welcome().Role == netplay.RoleTeam {
				return c
			}
			_ = c.Close()
		} else if errors.Is(err, netplay.ErrRateLimited) {
			wait = maxRetry // the host rate-limits failed joins: slow down
		}
		if time.Until(end) < wait {
			return nil
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		wait = min(2*wait, maxRetry)
	}
}

package replay

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"liaison/game/bot"
	"liaison/game/scenario"
	"liaison/game/termsafe"
)

// Human is the Player of a seat a person played.
const Human = "human"

// ErrSeats marks a record whose seats do not fit its scenario.
var ErrSeats = errors.New("record's seats do not fit the scenario")

// CheckSeats verifies the record's seats against its scenario: exactly one
// seat per team of the scenario, and each played by Human or by a bot
// personality this version knows. Records travel by mail, so a seat is
// untrusted text until this passes; the error quotes it escaped and clipped.
func (r *Record) CheckSeats(sc *scenario.Scenario) error {
	seen := make(map[string]bool, len(r.Seats))
	for i, s := range r.Seats {
		if _, ok := sc.Team(s.Team); !ok {
			return fmt.Errorf("%w: seat %d is for team %s, which scenario %q does not have (its teams: %s)",
				ErrSeats, i+1, quote(s.Team), sc.ID, teamList(sc))
		}
		if seen[s.Team] {
			return fmt.Errorf("%w: team %s has two seats", ErrSeats, s.Team)
		}
		seen[s.Team] = true
		if s.Player != Human && !slices.Contains(bot.Personalities, s.Player) {
			return fmt.Errorf("%w: team %s is played by %s, neither a person nor a bot this version knows (a seat is %s or one of %s)",
				ErrSeats, s.Team, quote(s.Player), Human, strings.Join(bot.Personalities, ", "))
		}
	}
	for _, t := range sc.Teams {
		if !seen[t.ID] {
			return fmt.Errorf("%w: team %s has no seat", ErrSeats, t.ID)
		}
	}
	return nil
}

// Players returns the player of each of sc's teams, in the scenario's team
// order, as the record seats them ("" for a team it gives no seat). It
// checks nothing: CheckSeats does, and a record's seats are only read
// through Players once it has passed (Replay and save.Resume call it).
func (r *Record) Players(sc *scenario.Scenario) []string {
	players := make([]string, len(sc.Teams))
	for i, t := range sc.Teams {
		for _, s := range r.Seats {
			if s.Team == t.ID {
				players[i] = s.Player
				break
			}
		}
	}
	return players
}

// teamList names the scenario's teams for a message.
func teamList(sc *scenario.Scenario) string {
	ids := make([]string, len(sc.Teams))
	for i, t := range sc.Teams {
		ids[i] = t.ID
	}
	return strings.Join(ids, ", ")
}

// quote quotes untrusted text for a message: escaped, and clipped to 64 bytes.
func quote(s string) string {
	const n = 64
	if len(s) <= n {
		return termsafe.Quote(s)
	}
	return termsafe.Quote(s[:n]) + "…"
}

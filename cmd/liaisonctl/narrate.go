package main

import (
	"strings"

	"liaison/game/bot"
	"liaison/game/narrative"
	"liaison/game/rules"
	"liaison/game/scenario"
)

// narrate tells one team the round that turned before into after, exactly
// as its round results show it.
func narrate(sc *scenario.Scenario, team string, before, after *rules.State, turn rules.Turn) string {
	in := narrative.Input{Scenario: sc, Team: team, Round: before.Round(), View: after.View(team), Orders: turn.Orders[team], Log: after.Events()}
	return narrative.Build(in).Text() + "\n"
}

// teamIDs lists a scenario's team ids for an error message.
func teamIDs(sc *scenario.Scenario) string {
	ids := make([]string, len(sc.Teams))
	for i, t := range sc.Teams {
		ids[i] = t.ID
	}
	return strings.Join(ids, ", ")
}

// unscripted returns the players without the scripted teams, whose orders
// come from the script instead.
func unscripted(players map[string]bot.Player, scripted []string) map[string]bot.Player {
	out := make(map[string]bot.Player, len(players))
	for id, p := range players {
		out[id] = p
	}
	for _, id := range scripted {
		delete(out, id)
	}
	return out
}

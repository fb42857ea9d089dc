package score

import "liaison/game/scenario"

// teamIDs lists the teams' ids, in scenario order.
func teamIDs(teams []scenario.Team) []string {
	ids := make([]string, len(teams))
	for i, t := range teams {
		ids[i] = t.ID
	}
	return ids
}

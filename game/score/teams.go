package score

import "liaison/game/scenario"

// teamIndex finds a team's position from its id: a scan for a few teams, a
// map for many.
type teamIndex struct {
	ids []string
	m   map[string]int
}

// teamIndexMapFrom is the team count from which teamIndex builds a map.
const teamIndexMapFrom = 9

func newTeamIndex(teams []scenario.Team) teamIndex {
	x := teamIndex{ids: make([]string, len(teams))}
	for i, t := range teams {
		x.ids[i] = t.ID
	}
	if len(teams) >= teamIndexMapFrom {
		x.m = make(map[string]int, len(teams))
		for i := len(teams) - 1; i >= 0; i-- {
			x.m[x.ids[i]] = i
		}
	}
	return x
}

// of returns the position of a team, or -1 for an id that is no team's.
func (x *teamIndex) of(id string) int {
	if x.m != nil {
		if i, ok := x.m[id]; ok {
			return i
		}
		return -1
	}
	for i, t := range x.ids {
		if t == id {
			return i
		}
	}
	return -1
}

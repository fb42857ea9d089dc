package bot

import (
	"liaison/game/rules"
	"liaison/game/scenario"
)

// Look-ups in the View by id, and the display names notes use (never ids).

// threatNeeds returns the capabilities a known threat needs, nil if unknown.
func (k *knowledge) threatNeeds(id string) []string {
	if th := k.threat(id); th != nil {
		return th.Needs
	}
	return nil
}

// threat returns the threat the team knows by that id, or nil.
func (k *knowledge) threat(id string) *rules.ThreatView {
	for i := range k.v.Threats {
		if k.v.Threats[i].ID == id {
			return &k.v.Threats[i]
		}
	}
	return nil
}

// request returns the request with that id, or nil.
func (k *knowledge) request(id string) *rules.RequestView {
	for i := range k.v.Requests {
		if k.v.Requests[i].ID == id {
			return &k.v.Requests[i]
		}
	}
	return nil
}

// teamName is team id's display name.
func (k *knowledge) teamName(id string) string {
	if ti := k.teamInfo(id); ti != nil && ti.Name != "" {
		return ti.Name
	}
	return "its originator"
}

// itemTitle is a held item's title.
func (k *knowledge) itemTitle(id string) string {
	if it := k.itemView(id); it != nil && it.Title != "" {
		return it.Title
	}
	return "the item"
}

// assessed reports whether the team has assessed the threat.
func (k *knowledge) assessed(id string) bool {
	for i := range k.v.Threats {
		if k.v.Threats[i].ID == id {
			return k.v.Threats[i].Assessed
		}
	}
	return false
}

// threatName is a threat's display name as the team knows it.
func (k *knowledge) threatName(id string) string {
	for i := range k.v.Threats {
		if th := &k.v.Threats[i]; th.ID == id && th.Assessed && th.Name != "" {
			return th.Name
		}
	}
	return "a plot we track"
}

// clearance is team id's clearance (SECRET, the scenario default, if unknown).
func (k *knowledge) clearance(id string) string {
	if ti := k.teamInfo(id); ti != nil && ti.Clearance != "" {
		return ti.Clearance
	}
	return "SECRET"
}

// classAbove reports whether class is above clearance.
func classAbove(class, clearance string) bool {
	return scenario.ClassRank(class) > scenario.ClassRank(clearance)
}

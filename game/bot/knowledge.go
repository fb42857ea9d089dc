package bot

import (
	"liaison/game/rules"
	"liaison/game/scenario"
)

// knowledge indexes a View for quick look-ups while choosing orders.
type knowledge struct {
	v        *rules.View
	items    map[string]*rules.ItemView
	teams    map[string]*rules.TeamInfo
	channels map[string]*rules.ChannelView
	sent     map[[2]string]bool // item, to
	opFor    map[string]bool    // threat → a live operation exists
	me       *rules.TeamInfo
	lowest   *string // lowestTrust(v), once asked
}

// lowestTrust is lowestTrust(k.v), computed once.
func (k *knowledge) lowestTrust() string {
	if k.lowest == nil {
		s := lowestTrust(k.v)
		k.lowest = &s
	}
	return *k.lowest
}

// reset indexes v into k, reusing k's maps; reset(nil) empties k.
func (k *knowledge) reset(v *rules.View) *knowledge {
	if k.items == nil {
		k.items, k.teams, k.channels = map[string]*rules.ItemView{}, map[string]*rules.TeamInfo{}, map[string]*rules.ChannelView{}
		k.sent, k.opFor = map[[2]string]bool{}, map[string]bool{}
	} else {
		clear(k.items)
		clear(k.teams)
		clear(k.channels)
		clear(k.sent)
		clear(k.opFor)
	}
	k.v, k.me, k.lowest = v, nil, nil
	if v == nil {
		return k
	}
	for i := range v.Items {
		k.items[v.Items[i].ID] = &v.Items[i]
	}
	for i := range v.Teams {
		k.teams[v.Teams[i].ID] = &v.Teams[i]
		if v.Teams[i].ID == v.Team {
			k.me = &v.Teams[i]
		}
	}
	for i := range v.Channels {
		k.channels[v.Channels[i].ID] = &v.Channels[i]
	}
	for _, s := range v.Sent {
		k.sent[[2]string{s.Item, s.To}] = true
	}
	for _, op := range v.Operations {
		if op.Outcome == "" && op.Round >= v.Round {
			k.opFor[op.Threat] = true
		}
	}
	return k
}

// covers reports whether team t's public mandate covers any of the topics.
func (k *knowledge) covers(t string, topics []string) bool {
	ti, ok := k.teams[t]
	if !ok {
		return false
	}
	for _, m := range ti.Mandate {
		for _, x := range topics {
			if m == x {
				return true
			}
		}
	}
	return false
}

// breachRisk names the caveat a share of it to team t over channel c would
// break, or "" when the share looks clean.
func (k *knowledge) breachRisk(it *rules.ItemView, t string, c *rules.ChannelView) string {
	me := k.v.Team
	if it.ORCON && it.Origin != me && !it.Released {
		return rules.RuleORCON
	}
	if (it.TLP == "RED" || it.TLP == "AMBER+STRICT") && it.Origin != me {
		return rules.RuleTLP
	}
	if it.PersonalData {
		if ti, ok := k.teams[t]; !ok || ti.PersonalData != scenario.PersonalDataAllowed {
			return rules.RulePersonalData
		}
	}
	if c != nil {
		rank := scenario.ClassRank(it.Class)
		if (!c.Secure && rank > scenario.ClassRank("RESTRICTED")) || rank > scenario.ClassRank(c.MaxClass) {
			return rules.RuleInsecureLink
		}
	}
	return ""
}

// hasCaveats reports whether an item carries anything a tear line would loosen.
func hasCaveats(it *rules.ItemView) bool {
	return it.ORCON || it.PersonalData || len(it.RelTo) > 0 || it.TLP == "RED" || it.TLP == "AMBER+STRICT"
}

// relBlocks reports whether REL TO keeps the item from team t.
func relBlocks(it *rules.ItemView, t string) bool {
	if len(it.RelTo) == 0 {
		return false
	}
	for _, x := range it.RelTo {
		if x == t {
			return false
		}
	}
	return true
}

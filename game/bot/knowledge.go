package bot

import (
	"slices"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// knowledge indexes a View for quick look-ups while choosing orders. It
// works on positions in the View (item i is v.Items[i], team t is
// v.Teams[t]) so the hot valuation paths read arrays, not string maps.
type knowledge struct {
	v        *rules.View
	items    map[string]int // item id → position in v.Items
	teams    map[string]int // team id → position in v.Teams
	channels map[string]*rules.ChannelView
	sentRow  map[string]int  // item id → row of sent
	sent     []bool          // sent[row*len(v.Teams)+t]: the item was sent (or queued) to team t
	rowOf    []int32         // rowOf[2i], rowOf[2i+1]: the sent rows of held item i's id and root (-1 none)
	copied   []bool          // copied[i]: the team also holds the sanitised copy of held item i
	bulk     bool            // reset is reading View.Sent: markSent leaves rowOf to it
	wants    []int8          // wants[i*len(v.Teams)+t]: 0 not yet known, 1 no, 2 t's mandate covers item i
	opFor    map[string]bool // threat → a live operation exists
	me       *rules.TeamInfo
	lowest   *string // lowestTrust(v), once asked

	lastItem string // the item id looked up last, and its position
	lastPos  int
}

// lowestTrust is lowestTrust(k.v), computed once.
func (k *knowledge) lowestTrust() string {
	if k.lowest == nil {
		s := lowestTrust(k.v)
		k.lowest = &s
	}
	return *k.lowest
}

// reset indexes v into k, reusing k's memory; reset(nil) empties k.
func (k *knowledge) reset(v *rules.View) *knowledge {
	if k.items == nil {
		k.items, k.teams, k.channels = map[string]int{}, map[string]int{}, map[string]*rules.ChannelView{}
		k.sentRow, k.opFor = map[string]int{}, map[string]bool{}
	} else {
		clear(k.items)
		clear(k.teams)
		clear(k.channels)
		clear(k.sentRow)
		clear(k.opFor)
	}
	k.v, k.me, k.lowest, k.lastItem, k.lastPos = v, nil, nil, "", -1
	k.sent = k.sent[:0]
	if v == nil {
		return k
	}
	for i := range v.Items {
		k.items[v.Items[i].ID] = i
	}
	for i := range v.Teams {
		k.teams[v.Teams[i].ID] = i
		if v.Teams[i].ID == v.Team {
			k.me = &v.Teams[i]
		}
	}
	n := len(v.Items) * len(v.Teams)
	if cap(k.wants) < n {
		k.wants = make([]int8, n)
	}
	k.wants = k.wants[:n]
	clear(k.wants)
	for i := range v.Channels {
		k.channels[v.Channels[i].ID] = &v.Channels[i]
	}
	if cap(k.rowOf) < 2*len(v.Items) {
		k.rowOf = make([]int32, 2*len(v.Items))
	}
	k.rowOf = k.rowOf[:2*len(v.Items)]
	for i := range k.rowOf {
		k.rowOf[i] = -1
	}
	k.bulk = true
	for _, s := range v.Sent {
		k.markSent(s.Item, s.To)
	}
	k.bulk = false
	for i := range v.Items {
		if row, ok := k.sentRow[v.Items[i].ID]; ok {
			k.rowOf[2*i] = int32(row)
		}
		if row, ok := k.sentRow[v.Items[i].Root]; ok {
			k.rowOf[2*i+1] = int32(row)
		}
	}
	if cap(k.copied) < len(v.Items) {
		k.copied = make([]bool, len(v.Items))
	}
	k.copied = k.copied[:len(v.Items)]
	clear(k.copied)
	for j := range v.Items {
		// A sanitised copy's id is its original's id + "~s".
		if it := &v.Items[j]; it.Sanitised && it.ID == it.Root+"~s" {
			if i, ok := k.items[it.Root]; ok {
				k.copied[i] = true
			}
		}
	}
	for _, op := range v.Operations {
		if op.Outcome == "" && op.Round >= v.Round {
			k.opFor[op.Threat] = true
		}
	}
	return k
}

// item returns the position in the View of the held item id, or -1.
func (k *knowledge) item(id string) int {
	if id == k.lastItem && k.lastPos >= 0 {
		return k.lastPos
	}
	i, ok := k.items[id]
	if !ok {
		return -1
	}
	k.lastItem, k.lastPos = id, i
	return i
}

// itemView returns the held item id, or nil.
func (k *knowledge) itemView(id string) *rules.ItemView {
	if i := k.item(id); i >= 0 {
		return &k.v.Items[i]
	}
	return nil
}

// team returns the position in the View of team id, or -1.
func (k *knowledge) team(id string) int {
	if t, ok := k.teams[id]; ok {
		return t
	}
	return -1
}

// teamInfo returns team id's public profile, or nil.
func (k *knowledge) teamInfo(id string) *rules.TeamInfo {
	if t := k.team(id); t >= 0 {
		return &k.v.Teams[t]
	}
	return nil
}

// markSent records that item was sent (or is queued) to team to.
func (k *knowledge) markSent(item, to string) {
	t := k.team(to)
	if t < 0 {
		return
	}
	n := len(k.v.Teams)
	row, ok := k.sentRow[item]
	if !ok {
		row = len(k.sent) / n
		k.sentRow[item] = row
		k.sent = slices.Grow(k.sent, n)[:len(k.sent)+n]
		clear(k.sent[len(k.sent)-n:])
		if !k.bulk { // (reset fills rowOf once every row is known)
			for i := range k.v.Items {
				if k.v.Items[i].ID == item {
					k.rowOf[2*i] = int32(row)
				}
				if k.v.Items[i].Root == item {
					k.rowOf[2*i+1] = int32(row)
				}
			}
		}
	}
	k.sent[row*n+t] = true
}

// sentID reports whether held item i itself was sent (or is queued) to
// team t.
func (k *knowledge) sentID(i, t int) bool {
	r := k.rowOf[2*i]
	return r >= 0 && t >= 0 && k.sent[int(r)*len(k.v.Teams)+t]
}

// sentItem reports whether held item i, or the original it was sanitised
// from, was sent (or is queued) to team t.
func (k *knowledge) sentItem(i, t int) bool {
	if t < 0 {
		return false
	}
	n := len(k.v.Teams)
	if r := k.rowOf[2*i]; r >= 0 && k.sent[int(r)*n+t] {
		return true
	}
	r := k.rowOf[2*i+1]
	return r >= 0 && k.sent[int(r)*n+t]
}

// wantsItem reports whether the mandate of team t (a position) covers held
// item i (a position), remembered for the round.
func (k *knowledge) wantsItem(i, t int) bool {
	w := &k.wants[i*len(k.v.Teams)+t]
	if *w == 0 {
		*w = 1
		if mandateCovers(&k.v.Teams[t], k.v.Items[i].Topics) {
			*w = 2
		}
	}
	return *w == 2
}

// mandateCovers reports whether the team's mandate names any of the topics.
func mandateCovers(ti *rules.TeamInfo, topics []string) bool {
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
		if ti := k.teamInfo(t); ti == nil || ti.PersonalData != scenario.PersonalDataAllowed {
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

package bot

import (
	"liaison/game/internal/reuse"
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
	// sent[i*len(v.Teams)+t]: held item i was sent (or is queued) to team
	// t. A team holds whatever it sent, so every item sent is held.
	sent   []bool
	rootOf []int32         // rootOf[i]: the position of held item i's original (itself for originals), -1 if not held
	copied []bool          // copied[i]: the team also holds the sanitised copy of held item i
	wants  []int8          // wants[i*len(v.Teams)+t]: 0 not yet known, 1 no, 2 t's mandate covers item i
	opFor  map[string]bool // threat → a live operation exists
	me     *rules.TeamInfo
	lowest *string // lowestTrust(v), once asked

	lastItem string // the item id looked up last, and its position
	lastPos  int

	minClear int8 // the lowest clearance rank among the other teams, -1 until asked
	openReq  int8 // 1 if a request to this team is open, 0 if none, -1 until asked
}

// minClearance is the lowest clearance rank among the other teams.
func (k *knowledge) minClearance() int {
	if k.minClear < 0 {
		m := len(scenario.Classifications) - 1
		for i := range k.v.Teams {
			if t := &k.v.Teams[i]; t.ID != k.v.Team {
				m = min(m, scenario.ClassRank(k.clearance(t.ID)))
			}
		}
		k.minClear = int8(m)
	}
	return int(k.minClear)
}

// openToMe reports whether any request to the team is open.
func (k *knowledge) openToMe() bool {
	if k.openReq < 0 {
		k.openReq = 0
		for i := range k.v.Requests {
			if r := &k.v.Requests[i]; r.To == k.v.Team && !r.Answered {
				k.openReq = 1
				break
			}
		}
	}
	return k.openReq == 1
}

// lowestTrust is lowestTrust(k.v), computed once.
func (k *knowledge) lowestTrust() string {
	if k.lowest == nil {
		s := lowestTrust(k.v)
		k.lowest = &s
	}
	return *k.lowest
}

// reset indexes v into k, reusing k's memory; reset(nil) lets go of the
// view (the lookups keep their memory until the next reset clears them).
func (k *knowledge) reset(v *rules.View) *knowledge {
	if v == nil {
		// Let go of the view; the lookups are cleared by the next reset.
		k.v, k.me, k.lowest = nil, nil, nil
		return k
	}
	if k.items == nil {
		k.items, k.teams, k.channels = map[string]int{}, map[string]int{}, map[string]*rules.ChannelView{}
		k.opFor = map[string]bool{}
	} else {
		clear(k.items)
		clear(k.teams)
		clear(k.channels)
		clear(k.opFor)
	}
	k.v, k.me, k.lowest, k.lastItem, k.lastPos = v, nil, nil, "", -1
	k.minClear, k.openReq = -1, -1
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
	k.wants = reuse.Zeroed(k.wants, n)
	k.sent = reuse.Zeroed(k.sent, n)
	for i := range v.Channels {
		k.channels[v.Channels[i].ID] = &v.Channels[i]
	}
	for _, s := range v.Sent {
		k.markSent(s.Item, s.To)
	}
	if cap(k.rootOf) < len(v.Items) {
		k.rootOf = make([]int32, len(v.Items))
	}
	k.rootOf = k.rootOf[:len(v.Items)]
	for i := range v.Items {
		if it := &v.Items[i]; it.Root == it.ID {
			k.rootOf[i] = int32(i)
		} else {
			k.rootOf[i] = int32(k.item(it.Root))
		}
	}
	if cap(k.copied) < len(v.Items) {
		k.copied = make([]bool, len(v.Items))
	}
	k.copied = k.copied[:len(v.Items)]
	clear(k.copied)
	for j := range v.Items {
		if it := &v.Items[j]; it.Sanitised && it.ID == rules.SanitisedID(it.Root) {
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

// Teams and channels are looked up through maps, whatever their number. A
// search in order below 17 (the maps filled only above) measured no faster
// on harbour-watch's 4 teams (BenchmarkHarbourWatchRun, CPU time of 1,000
// games, 5 interleaved runs: 0.914 s with the switch, 0.916 s maps only),
// and a search in order alone was 11% slower at 64 teams
// (BenchmarkScaledRun/x16, CPU time of 10 games: 0.486 s against 0.438 s),
// so only the maps stay.

// channel returns the channel id the team is on, or nil.
func (k *knowledge) channel(id string) *rules.ChannelView {
	return k.channels[id]
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
	if i, t := k.item(item), k.team(to); i >= 0 && t >= 0 {
		k.sent[i*len(k.v.Teams)+t] = true
	}
}

// sentID reports whether held item i itself was sent (or is queued) to
// team t.
func (k *knowledge) sentID(i, t int) bool {
	return t >= 0 && k.sent[i*len(k.v.Teams)+t]
}

// sentItem reports whether held item i, or the original it was sanitised
// from, was sent (or is queued) to team t.
func (k *knowledge) sentItem(i, t int) bool {
	if k.sentID(i, t) {
		return true
	}
	r := int(k.rootOf[i])
	return r >= 0 && r != i && k.sentID(r, t)
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
		// The recipient's law, with its data-sharing agreements.
		ti := k.teamInfo(t)
		if ti == nil || !(&scenario.Legal{PersonalData: ti.PersonalData, Agreements: ti.Agreements}).AllowsPersonalDataFrom(me) {
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

package rules

import (
	"slices"
	"sync/atomic"

	"liaison/game/internal/lookup"
	"liaison/game/scenario"
)

// index is the immutable, pre-digested form of a scenario that every State
// of one game shares: teams, items (originals and their sanitised copies),
// threats and static channels by position, so the engine works on small
// integers instead of strings and maps.
type index struct {
	sc        *scenario.Scenario
	teamIDs   []string
	teamBy    lookup.Index // id → first team with it
	teams     []teamInfo
	items     []itemInfo // originals [0,nItems), sanitised copy of i at i+nItems
	nItems    int
	itemBy    map[string]int
	threats   []threatInfo
	facetTh   map[string]int // facet → threat index
	chans     []chanInfo     // static (scenario) channels
	chanBy    map[string]int
	memberOf  [][]int // per team: the static channels it is a member of, in order
	uniqueIDs bool    // no two teams share an id (Parse guarantees it)
	injBy     map[string]int
	infos     []TeamInfo          // public profiles, file order
	costs     [len(kindNames)]int // AP cost per order kind, by kindIndex
}

// teamInfo is what the engine reads of a team on hot paths.
type teamInfo struct {
	id        string
	one       []string // []string{id}, shared: never modify
	clearRank int
	language  string
	formality bool
	slow      bool
	slots     int
	team      *scenario.Team
	legalHint atomic.Int32 // size of the team's last Legal list (capacity hint)
	// orders[k]: the EvOrder text "<id> orders <kind>" for kindNames[k]
	orders [len(kindNames)]string
}

// itemInfo is one catalog entry: a scenario item or its sanitised copy.
type itemInfo struct {
	id        string
	root      int // index of the original item (itself for originals)
	src       *scenario.Item
	origin    int // team index, -1 if the originator is not a team
	rank      int
	relTo     []string // empty: no REL TO
	orcon     bool
	tlp       string
	strictTLP bool // RED or AMBER+STRICT
	personal  bool
	facets    []string
	facetTh   []int // threat index per facet (-1 unknown)
	threats   []int // distinct threats the facets reveal
	truth     bool
	format    string
	sanitised bool
	text      string // the text its holders read (a tear-line note for sanitised copies)
	truthRef  *bool  // &truth, shared by the views that reveal it
	need      []needAt
}

// needAt is a hidden need-to-know entry.
type needAt struct{ team, by int }

// threatInfo is one threat.
type threatInfo struct {
	id     string
	src    *scenario.Threat
	facets []string
}

// chanInfo is a channel, static or a posted liaison.
type chanInfo struct {
	id       string
	name     string
	short    string
	kind     string // link, database, liaison
	members  []int
	latency  int
	capacity int
	secure   bool
	maxRank  int
	format   string
	leak     float64
	outages  []scenario.Window
	liaison  bool
	db       bool
	pref     int // 0 liaison, 1 secure link, 2 database, 3 insecure link
	// others[t] and otherIDs[t]: the members other than team t (nil if t
	// is not a member); shared, never modify.
	others    [][]int
	otherIDs  [][]string
	memberIDs []string // ids of members; shared, never modify
}

// fillOthers precomputes each member's fellow members.
func (ch *chanInfo) fillOthers(ix *index) {
	n := len(ix.teamIDs)
	ch.others = make([][]int, n)
	ch.otherIDs = make([][]string, n)
	ch.memberIDs = make([]string, len(ch.members))
	for i, t := range ch.members {
		ch.memberIDs[i] = ix.teamIDs[t]
	}
	for _, t := range ch.members {
		for _, m := range ch.members {
			if m != t {
				ch.others[t] = append(ch.others[t], m)
				ch.otherIDs[t] = append(ch.otherIDs[t], ix.teamIDs[m])
			}
		}
	}
}

// Channel kind shown for posted liaison officers.
const kindLiaison = "liaison"

func newIndex(s *scenario.Scenario) *index {
	ix := &index{sc: s, itemBy: map[string]int{}, facetTh: map[string]int{}, chanBy: map[string]int{}, injBy: map[string]int{}}
	for i, k := range kindNames {
		ix.costs[i] = s.Costs.Cost(string(k))
	}
	ix.teamIDs = make([]string, len(s.Teams))
	for i := range s.Teams {
		ix.teamIDs[i] = s.Teams[i].ID
	}
	ix.teamBy = lookup.New(ix.teamIDs)
	ix.teams = make([]teamInfo, len(s.Teams))
	for i := range s.Teams {
		t, ti := &s.Teams[i], &ix.teams[i]
		ti.id, ti.one, ti.team = t.ID, ix.teamIDs[i:i+1:i+1], t
		ti.clearRank = scenario.ClassRank(t.Clearance)
		ti.language, ti.formality, ti.slow = t.Culture.Language, t.Culture.Formality, t.Culture.Tempo == "slow"
		ti.slots = t.Slots()
		for k, kind := range kindNames {
			ti.orders[k] = t.ID + " orders " + string(kind)
		}
		ix.infos = append(ix.infos, TeamInfo{ID: t.ID, Name: t.Name, Short: t.Short, Country: t.Country, Colour: t.Colour, Profile: t.Profile,
			Capabilities: t.Capabilities, Mandate: t.Mandate, Format: t.Format, Formality: t.Culture.Formality,
			Tempo: t.Culture.Tempo, Language: t.Culture.Language, PersonalData: t.Legal.PersonalData,
			Clearance: t.Clearance, Reads: t.Reads, Agreements: t.Legal.Agreements})
	}
	for i := range s.Threats {
		th := &s.Threats[i]
		ix.threats = append(ix.threats, threatInfo{id: th.ID, src: th, facets: th.Facets})
		for _, f := range th.Facets {
			if _, ok := ix.facetTh[f]; !ok {
				ix.facetTh[f] = i
			}
		}
	}
	n := len(s.Items)
	ix.nItems = n
	ix.items = make([]itemInfo, 2*n)
	for i := range s.Items {
		it := &s.Items[i]
		ix.items[i] = ix.original(i, it)
		ix.itemBy[it.ID] = i
	}
	for i := range s.Items {
		ix.items[n+i] = ix.sanitised(i)
		ix.itemBy[ix.items[n+i].id] = n + i
	}
	for i := range s.Channels {
		c := &s.Channels[i]
		ci := chanInfo{id: c.ID, name: c.Name, short: c.Short, kind: c.Kind, latency: c.Delay(), capacity: c.Capacity,
			secure: c.Secure, maxRank: scenario.ClassRank(c.MaxClass), format: c.Format, outages: c.Outages,
			db: c.Kind == scenario.ChannelDatabase}
		if c.Leak != nil {
			ci.leak = *c.Leak
		} else {
			ci.leak = s.Rules.LeakProbability()
		}
		if ci.name == "" {
			ci.name = c.ID
		}
		if ci.capacity < 1 {
			ci.capacity = 1
		}
		if ci.maxRank < 0 {
			ci.maxRank = 0
		}
		for _, m := range c.Between {
			if t := ix.team(m); t >= 0 {
				ci.members = append(ci.members, t)
			}
		}
		switch {
		case ci.db:
			ci.pref = 2
		case ci.secure:
			ci.pref = 1
		default:
			ci.pref = 3
		}
		ci.fillOthers(ix)
		ix.chans = append(ix.chans, ci)
		ix.chanBy[c.ID] = i
	}
	ix.uniqueIDs = true
	for i := range ix.teamIDs {
		if ix.team(ix.teamIDs[i]) != i {
			ix.uniqueIDs = false
		}
	}
	ix.memberOf = make([][]int, len(s.Teams))
	for c := range ix.chans {
		for _, t := range ix.chans[c].members {
			if k := len(ix.memberOf[t]); k == 0 || ix.memberOf[t][k-1] != c {
				ix.memberOf[t] = append(ix.memberOf[t], c)
			}
		}
	}
	for i := range s.Injects {
		ix.injBy[s.Injects[i].ID] = i
	}
	return ix
}

func (ix *index) original(i int, it *scenario.Item) itemInfo {
	info := itemInfo{
		id: it.ID, root: i, src: it, origin: ix.team(it.Origin), rank: max(0, scenario.ClassRank(it.Class)),
		relTo: it.Caveats.RelTo, orcon: it.Caveats.ORCON, tlp: it.Caveats.TLP,
		strictTLP: it.Caveats.TLP == "RED" || it.Caveats.TLP == "AMBER+STRICT",
		personal:  it.Caveats.PersonalData, facets: it.Facets, truth: it.IsTrue(), format: it.Format,
		text: it.Text,
	}
	if info.format == "" {
		info.format = scenario.DefaultFormat
	}
	ix.fillFacets(&info)
	info.truthRef = &info.truth
	for _, nd := range it.Need {
		if t := ix.team(nd.Team); t >= 0 {
			info.need = append(info.need, needAt{team: t, by: nd.By})
		}
	}
	return info
}

// sanitised derives the tear-line copy of original item i: TearLine facets
// (all if empty), no personal data, no ORCON, no REL TO, one class lower
// (not below UNCLASSIFIED), TLP RED and AMBER+STRICT loosened to AMBER.
func (ix *index) sanitised(i int) itemInfo {
	o := ix.items[i]
	d := o
	d.id = SanitisedID(o.id)
	d.sanitised = true
	d.text = "Sanitised extract (tear line) of " + o.src.Title + "."
	d.personal = false
	d.orcon = false
	d.relTo = nil
	d.rank = max(0, o.rank-1)
	if o.strictTLP {
		d.tlp = "AMBER"
		d.strictTLP = false
	}
	if tl := o.src.TearLine; len(tl) > 0 {
		d.facets = tl
		ix.fillFacets(&d)
	}
	return d
}

func (ix *index) fillFacets(info *itemInfo) {
	info.facetTh = make([]int, len(info.facets))
	info.threats = nil
	for k, f := range info.facets {
		th, ok := ix.facetTh[f]
		if !ok {
			th = ix.threatIndex(scenario.FacetThreat(f))
		}
		info.facetTh[k] = th
		if th >= 0 && !slices.Contains(info.threats, th) {
			info.threats = append(info.threats, th)
		}
	}
}

// team returns a team's index, or -1.
func (ix *index) team(id string) int { return ix.teamBy.Of(id) }

// item returns an item's catalog index (originals and their sanitised copies), or -1.
func (ix *index) item(id string) int {
	if i, ok := ix.itemBy[id]; ok {
		return i
	}
	return -1
}

func (ix *index) threatIndex(id string) int {
	for i := range ix.threats {
		if ix.threats[i].id == id {
			return i
		}
	}
	return -1
}

// relToAllows reports whether REL TO lets the item reach team t.
func (info *itemInfo) relToAllows(ix *index, t int) bool {
	if len(info.relTo) == 0 {
		return true
	}
	id := ix.teamIDs[t]
	for _, r := range info.relTo {
		if r == id {
			return true
		}
	}
	return false
}

// revealsFacetOf reports whether the item reveals any facet of threat th.
func (info *itemInfo) revealsFacetOf(th int) bool {
	return slices.Contains(info.threats, th)
}

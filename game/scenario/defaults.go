package scenario

import (
	"fmt"
	"strings"
)

// Palette is the default team colour set (Okabe–Ito, safe for colour blindness).
var Palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"}

// Seat kinds a scenario may name as default seats.
var SeatKinds = []string{"human", "cooperative", "legalistic", "hoarder", "reckless"}

// DefaultFormat is the format of a team that names none.
const DefaultFormat = "json-stix"

// ApplyDefaults fills every omitted optional field with its documented default,
// so the engine reads plain values. It is idempotent and deterministic. It
// expects a scenario whose references were already validated.
func ApplyDefaults(s *Scenario) {
	if s.RoundLabel == "" {
		s.RoundLabel = "1 round"
	}
	if s.Seed == 0 {
		s.Seed = 1
	}
	applyRuleDefaults(&s.Rules)
	applySeverityDefaults(&s.Scoring.Severity)
	for i := range s.Teams {
		applyTeamDefaults(&s.Teams[i], i)
	}
	if s.Seats == nil {
		s.Seats = map[string]string{}
	}
	for i, t := range s.Teams {
		if _, ok := s.Seats[t.ID]; !ok {
			if i == 0 {
				s.Seats[t.ID] = "human"
			} else {
				s.Seats[t.ID] = "cooperative"
			}
		}
	}
	for i := range s.Channels {
		applyChannelDefaults(&s.Channels[i], &s.Rules)
	}
	for i := range s.Threats {
		th := &s.Threats[i]
		if th.LeadRounds == 0 {
			th.LeadRounds = 3
		}
		if th.LeakShift == nil {
			// Absent means the default; a written 0 stays 0 (no shift).
			v := DefaultLeakShift
			th.LeakShift = &v
		}
		if th.Disrupt.MinTeams == 0 {
			th.Disrupt.MinTeams = min(2, len(s.Teams))
		}
	}
	for i := range s.Injects {
		in := &s.Injects[i]
		if in.ID == "" {
			in.ID = fmt.Sprintf("inject-%d", i+1)
		}
		if in.Expect != nil && in.Expect.Within == 0 && in.Expect.By == 0 {
			in.Expect.Within = 2
		}
		if in.Effect.AP != nil && in.Effect.AP.Rounds == 0 {
			in.Effect.AP.Rounds = 1
		}
	}
	// Needs depend on when items first appear and who injects deliver them
	// to, which the defaults above do not change: both are tabled once.
	firsts, delivered := firstRounds(s), timedDeliveries(s)
	for i := range s.Items {
		applyItemDefaults(s, &s.Items[i], firsts, delivered)
	}
}

func applyRuleDefaults(r *Rules) {
	def := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	def(&r.DefaultTrust, 50)
	def(&r.ConfirmTrust, 40)
	def(&r.JointTrust, 30)
	def(&r.ReleaseTrust, 40)
	def(&r.RequestExpiry, 2)
	if r.LeakChance == nil {
		v := 0.2
		r.LeakChance = &v
	}
	m := &r.TrustMoves
	def(&m.UsefulShare, 4)
	def(&m.FalseShared, 8)
	def(&m.Breach, 15)
	def(&m.Unanswered, 5)
	def(&m.Liaison, 2)
	def(&m.Informal, 2)
	def(&m.JointSuccess, 6)
	def(&m.Stood, 6)
}

func applySeverityDefaults(v *Severity) {
	def := func(p *int, d int) {
		if *p == 0 {
			*p = d
		}
	}
	def(&v.TLPRed, 25)
	def(&v.PersonalData, 20)
	def(&v.InsecureLink, 20)
	def(&v.ORCON, 15)
	def(&v.RelTo, 15)
}

func applyTeamDefaults(t *Team, i int) {
	if t.AP == 0 {
		t.AP = 3
	}
	if t.Format == "" {
		t.Format = DefaultFormat
	}
	if t.Clearance == "" {
		t.Clearance = "SECRET"
	}
	if t.Legal.PersonalData == "" {
		t.Legal.PersonalData = PersonalDataAllowed
	}
	if t.LiaisonSlots == nil {
		n := t.Slots()
		t.LiaisonSlots = &n
	}
	if t.Culture.Tempo == "" {
		t.Culture.Tempo = "normal"
	}
	if t.Colour == "" {
		t.Colour = Palette[i%len(Palette)]
	}
}

func applyChannelDefaults(c *Channel, r *Rules) {
	if c.Kind == "" {
		c.Kind = ChannelLink
	}
	if c.ID == "" {
		c.ID = strings.Join(c.Between, "~")
	}
	if c.Latency == nil {
		v := 1
		c.Latency = &v
	}
	if c.Capacity == 0 {
		c.Capacity = 2
	}
	if c.MaxClass == "" {
		if c.Secure {
			c.MaxClass = "SECRET"
		} else {
			c.MaxClass = "RESTRICTED"
		}
	}
	if c.Leak == nil {
		v := r.LeakProbability()
		c.Leak = &v
	}
}

func applyItemDefaults(s *Scenario, it *Item, firsts map[string]int, delivered map[[2]string]bool) {
	if it.Class == "" {
		it.Class = "RESTRICTED"
	}
	if it.Caveats.TLP == "" {
		it.Caveats.TLP = "GREEN"
	}
	if it.Admiralty == "" {
		it.Admiralty = "C3"
	}
	if it.Truth == nil {
		v := true
		it.Truth = &v
	}
	if it.Format == "" {
		if t, ok := s.Team(it.Origin); ok {
			it.Format = t.Format
		} else {
			it.Format = DefaultFormat
		}
	}
	if it.Need == nil {
		it.Need = defaultNeed(s, it, firsts, delivered)
	}
}

// defaultNeed is every team (other than the originator, initial holders and
// teams a timed inject delivers it to)
// whose mandate covers the item's topics, by the round before the earliest
// deadline of a threat the item informs (or the last round), and never
// before the round after the item first appears. firsts is firstRounds(s)
// and delivered is timedDeliveries(s).
func defaultNeed(s *Scenario, it *Item, firsts map[string]int, delivered map[[2]string]bool) []Need {
	if !it.IsTrue() {
		return []Need{}
	}
	by := s.Rounds
	for _, f := range it.Facets {
		if th, ok := s.Threat(FacetThreat(f)); ok && th.Deadline-1 < by {
			by = th.Deadline - 1
		}
	}
	first := firsts[it.ID]
	by = max(by, first+1)
	by = min(max(by, 1), s.Rounds)
	need := []Need{}
	for _, t := range s.Teams {
		if t.ID == it.Origin || contains(it.HeldBy, t.ID) || delivered[[2]string{it.ID, t.ID}] {
			continue
		}
		if t.Covers(it.Topics) {
			need = append(need, Need{Team: t.ID, By: by})
		}
	}
	return need
}

// FirstAvailable returns the round an item first exists: 1 if held at the
// start, the round of the earliest timed inject delivering it, or the last
// round when only conditional injects deliver it.
func FirstAvailable(s *Scenario, item string) int {
	for _, it := range s.Items {
		if it.ID == item && len(it.HeldBy) > 0 {
			return 1
		}
	}
	best := 0
	conditional := false
	for _, in := range s.Injects {
		for _, d := range in.Effect.AllDeliveries() {
			if d.Item != item {
				continue
			}
			if in.At > 0 {
				if best == 0 || in.At < best {
					best = in.At
				}
			} else {
				conditional = true
			}
		}
	}
	if best == 0 && conditional {
		return s.Rounds
	}
	return max(best, 1)
}

// timedDeliveries is the set of (item, team) pairs where a timed inject
// delivers the item to the team (such a team gets it without anyone
// sharing, so it is not a need).
func timedDeliveries(s *Scenario) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, in := range s.Injects {
		if in.At == 0 {
			continue
		}
		for _, d := range in.Effect.AllDeliveries() {
			for _, team := range d.To {
				out[[2]string{d.Item, team}] = true
			}
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

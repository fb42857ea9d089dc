package rules

import (
	"slices"
	"strconv"

	"liaison/game/scenario"
)

// FacilitatorView is everything, for the instructor: every team's View
// side by side, the full trust matrix, every channel with its state and
// traffic, every threat with its real deadline and who assessed it
// (correctly or not), operations, requests, releases and the MSEL with
// what has fired and what is pending.
type FacilitatorView struct {
	Scenario   string               `json:"scenario"`
	Title      string               `json:"title"`
	Round      int                  `json:"round"`
	Rounds     int                  `json:"rounds"`
	Over       bool                 `json:"over"`
	Seed       uint64               `json:"seed"`
	TeamIDs    []string             `json:"team_ids"`   // file order; indexes Trust and Teams
	Teams      []View               `json:"teams"`      // each team's own View
	Trust      [][]int              `json:"trust"`      // Trust[a][b]: how much TeamIDs[a] trusts TeamIDs[b]
	Breaches   []int                `json:"breaches"`   // caveat breaches per team
	Channels   []FacilitatorChannel `json:"channels"`   // every channel, liaison links included
	InFlight   []InFlightView       `json:"in_flight"`  // traffic still travelling
	Threats    []FacilitatorThreat  `json:"threats"`    // every threat
	Operations []OpView             `json:"operations"` // every proposed operation
	Requests   []RequestView        `json:"requests"`   // every request
	Releases   []ReleaseView        `json:"releases"`   // every ORCON release ask
	Injects    []FacilitatorInject  `json:"injects"`    // the MSEL in file order
	Log        []Event              `json:"log"`        // last round's events, all of them
}

// FacilitatorChannel is a channel with its real state.
type FacilitatorChannel struct {
	ChannelView
	Leak float64 `json:"leak"` // leak chance per item if insecure
}

// InFlightView is one transmission still travelling.
type InFlightView struct {
	Kind    string `json:"kind"` // item, message, request
	From    string `json:"from"`
	To      string `json:"to"`
	Channel string `json:"channel"`
	Item    string `json:"item,omitempty"`
	Ref     string `json:"ref,omitempty"`
	Sent    int    `json:"sent"`
	Arrive  int    `json:"arrive"`
}

// FacilitatorThreat is a threat as it really stands.
type FacilitatorThreat struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Facets    []string `json:"facets"`
	Deadline  int      `json:"deadline"`
	Original  int      `json:"original_deadline"`
	Resolved  string   `json:"resolved,omitempty"`
	Assessed  []string `json:"assessed"`  // teams with an assessment
	Incorrect []string `json:"incorrect"` // of those, the ones whose assessment rests on a false facet
}

// FacilitatorInject is one MSEL entry.
type FacilitatorInject struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	At     int    `json:"at,omitempty"`
	When   string `json:"when,omitempty"`  // condition, in words
	Fired  int    `json:"fired,omitempty"` // round it fired; 0 = pending
	Expect string `json:"expect,omitempty"`
}

// Facilitator returns the instructor's view of the whole state.
func (st *State) Facilitator() FacilitatorView {
	sc := st.ix.sc
	n := st.nTeams()
	fv := FacilitatorView{Scenario: sc.ID, Title: sc.Title, Round: st.round, Rounds: sc.Rounds, Over: st.over,
		Seed: st.seed, TeamIDs: slices.Clone(st.ix.teamIDs), Breaches: append([]int(nil), st.breaches...)}
	for t := 0; t < n; t++ {
		fv.Teams = append(fv.Teams, st.View(st.ix.teamIDs[t]))
		row := make([]int, n)
		for b := 0; b < n; b++ {
			row[b] = st.trustOf(t, b)
		}
		fv.Trust = append(fv.Trust, row)
	}
	for c := 0; c < st.nChans(); c++ {
		ch := st.channel(c)
		cv := ChannelView{ID: ch.id, Name: ch.name, Short: ch.short, Kind: ch.kind, Members: st.idsOf(ch.members), Latency: ch.latency,
			Capacity: ch.capacity, Used: st.lastUsed[c], Secure: ch.secure, MaxClass: className(ch.maxRank),
			Format: ch.format, Up: st.up(c, st.round)}
		if !cv.Up {
			cv.DownUntil = st.downUntil(c)
		}
		for _, tr := range st.transit {
			if tr.ch == c {
				cv.InFlight++
			}
		}
		fv.Channels = append(fv.Channels, FacilitatorChannel{ChannelView: cv, Leak: ch.leak})
	}
	for _, tr := range st.transit {
		iv := InFlightView{From: st.ix.teamIDs[tr.from], To: st.ix.teamIDs[tr.to], Channel: st.channel(tr.ch).id, Sent: tr.sent, Arrive: tr.arrive}
		switch tr.kind {
		case tItem:
			iv.Kind, iv.Item = "item", st.ix.items[tr.item].id
		case tReq:
			iv.Kind, iv.Ref = "request", st.requests[tr.req].id
		default:
			iv.Kind, iv.Ref = "message", string(tr.msg.kind)
		}
		fv.InFlight = append(fv.InFlight, iv)
	}
	nth := len(st.ix.threats)
	for th := range st.ix.threats {
		info := &st.ix.threats[th]
		ft := FacilitatorThreat{ID: info.id, Name: info.src.Name, Facets: info.facets, Deadline: st.deadline[th],
			Original: info.src.Deadline, Assessed: []string{}, Incorrect: []string{}}
		switch st.resolved[th] {
		case disrupted:
			ft.Resolved = "disrupted"
		case struck:
			ft.Resolved = "struck"
		}
		for t := 0; t < n; t++ {
			switch st.assessed[t*nth+th] {
			case 1:
				ft.Assessed = append(ft.Assessed, st.ix.teamIDs[t])
			case 2:
				ft.Assessed = append(ft.Assessed, st.ix.teamIDs[t])
				ft.Incorrect = append(ft.Incorrect, st.ix.teamIDs[t])
			}
		}
		fv.Threats = append(fv.Threats, ft)
	}
	for k := range st.ops {
		fv.Operations = append(fv.Operations, st.opView(&st.ops[k]))
	}
	for k := range st.requests {
		q := &st.requests[k]
		fv.Requests = append(fv.Requests, RequestView{ID: q.id, From: st.ix.teamIDs[q.from], To: st.ix.teamIDs[q.to],
			Threat: q.threat, Facet: q.facet, Item: q.item, Round: q.made, Answered: q.answered != 0, Answer: q.answer, Expired: q.expired})
	}
	for _, rel := range st.releases {
		fv.Releases = append(fv.Releases, ReleaseView{Item: st.ix.items[rel.item].id, Asker: st.ix.teamIDs[rel.asker],
			Owner: st.ix.teamIDs[rel.owner], Round: rel.round, Status: rel.status})
	}
	for i := range sc.Injects {
		in := &sc.Injects[i]
		fi := FacilitatorInject{ID: in.ID, Title: in.Title, Text: in.Text, At: in.At, Fired: st.fired[i]}
		if in.When != nil {
			fi.When = describe(in.When)
		}
		if in.Expect != nil {
			fi.Expect = in.Expect.Text
		}
		fv.Injects = append(fv.Injects, fi)
	}
	from := len(st.log)
	for from > 0 && st.log[from-1].Round >= st.round-1 {
		from--
	}
	fv.Log = append([]Event(nil), st.log[from:]...)
	return fv
}

// describe renders a condition in words for the facilitator.
func describe(c *scenario.Condition) string {
	switch {
	case c.ThreatAssessed != nil:
		who := "any team"
		if c.ThreatAssessed.Team != "" {
			who = c.ThreatAssessed.Team
		}
		return who + " has assessed " + c.ThreatAssessed.Threat
	case c.AssessedCorrectly != nil:
		who := "any team"
		if c.AssessedCorrectly.Team != "" {
			who = c.AssessedCorrectly.Team
		}
		return who + " has assessed " + c.AssessedCorrectly.Threat + " correctly"
	case c.Verified != nil:
		who := "any team"
		if c.Verified.Team != "" {
			who = c.Verified.Team
		}
		return who + " has verified " + c.Verified.Item
	case c.ThreatDisrupted != nil:
		return c.ThreatDisrupted.Threat + " is disrupted"
	case c.ItemWith != nil:
		return c.ItemWith.Team + " holds " + c.ItemWith.Item + " readable"
	case c.ItemMissing != nil:
		return c.ItemMissing.Team + " still lacks " + c.ItemMissing.Item + " by round " + strconv.Itoa(c.ItemMissing.By)
	case c.TrustBelow != nil:
		return "trust " + c.TrustBelow.From + "→" + c.TrustBelow.To + " below " + strconv.Itoa(c.TrustBelow.Value)
	case c.TrustAtLeast != nil:
		return "trust " + c.TrustAtLeast.From + "→" + c.TrustAtLeast.To + " at least " + strconv.Itoa(c.TrustAtLeast.Value)
	case c.NoBreach != nil:
		return c.NoBreach.Team + " has committed no breach"
	}
	return "?"
}

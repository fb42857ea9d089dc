package score

import (
	"liaison/game/internal/lookup"
	"liaison/game/rules"
	"liaison/game/scenario"
)

// coalitionCard is the card index of the coalition; team cards are indexed
// by the team's position in the scenario.
const coalitionCard = -1

// ledger indexes a game's events for the dimension calculators, once: the
// findings every card shares (a loss's text, its cause, its raw points) are
// made here, and each card picks and scales the ones it covers. Teams and
// items are ids in the scenario and the log, positions here; team and item
// ids are unique (scenario validation requires it).
type ledger struct {
	sc        *scenario.Scenario
	events    []rules.Event
	teams     lookup.Index
	last      int  // last round played
	disrupted int  // EvDisrupted events
	ended     bool // the log has an EvEnd: the game is over (else, say, a save mid-exercise)
	text      texts
	team      []teamStat // by team position

	// Positions in events, in log order, of the events each dimension
	// reads.
	breaches  []int32 // EvBreach
	trusts    []int32 // EvTrust between two scenario teams
	syncs     []int32 // EvOperation, and EvCommit outside the operation's round
	proposals []int32 // EvPropose
	responds  []int32 // EvRespond with a requester
	ends      []int32 // EvDisrupted and EvStruck
	disc      []int32 // EvSend, EvDrop, EvIdle of scenario teams; then only those that cost points (selectDiscipline)

	needs      []need              // the items' need-to-know pairs, item by item
	itemNeeds  map[string][2]int32 // item id → its span of needs
	reqs       []req
	trustStart []float64 // trust matrices (team positions), start and final
	trustFinal []float64
	asked      []bool // [requester*n+responder]: the responder answered a request of the requester

	// Findings, made once for every card that covers them.
	breachLoss []finding // per breach
	trustLoss  []finding // per fall of trust
	syncOps    []syncOp
	discLoss   []finding // over-shares and drops, log order
	outcomeDim Dim
	outcomeL   []Loss

	// Scratch of the cards.
	segs []int     // where each dimension's losses end
	keys []lossKey // the sort keys of a card's losses
}

// finding is a loss found once for every card that covers it: the event
// that caused it and its text. The rest of the Loss follows from the event
// and the dimension.
type finding struct {
	ev          int32
	team, other int32 // the teams it counts against (positions, -1 none)
	text        string
}

// teamStat is what the ledger keeps per team.
type teamStat struct {
	sent       bool    // sent at least one item
	breachLost float64 // compliance points lost
	discLost   float64 // discipline points lost, over-shares and drops
	idle       int     // action points left unused
	idleLoss   Loss    // for idle/idleAPPerPoint > 0
}

// eventCounts counts the events of each list the ledger keeps, to size them.
type eventCounts struct {
	breaches, trusts, syncs, proposals, requests, responds, ends, disc int
}

func (c *eventCounts) total() int {
	return c.breaches + c.trusts + c.syncs + c.proposals + c.responds + c.ends + c.disc
}

// newLedger indexes a game's events and makes its findings.
func newLedger(sc *scenario.Scenario, events []rules.Event, lean bool) *ledger {
	n := len(sc.Teams)
	l := &ledger{sc: sc, events: events, teams: lookup.New(teamIDs(sc.Teams)), team: make([]teamStat, n)}
	l.text.off = lean
	var c eventCounts
	for k := range events {
		e := &events[k]
		l.last = max(l.last, e.Round)
		switch e.Kind {
		case rules.EvEnd:
			l.ended = true
		case rules.EvBreach:
			c.breaches++
		case rules.EvTrust:
			c.trusts++
		case rules.EvOperation, rules.EvCommit:
			c.syncs++
		case rules.EvPropose:
			c.proposals++
		case rules.EvRequest:
			c.requests++
		case rules.EvRespond:
			c.responds++
		case rules.EvDisrupted, rules.EvStruck:
			c.ends++
		case rules.EvSend, rules.EvDrop, rules.EvIdle:
			c.disc++
		}
	}
	lists := make([]int32, c.total())
	take := func(k int) []int32 {
		s := lists[:0:k]
		lists = lists[k:]
		return s
	}
	l.breaches, l.trusts, l.syncs = take(c.breaches), take(c.trusts), take(c.syncs)
	l.proposals, l.responds, l.ends, l.disc = take(c.proposals), take(c.responds), take(c.ends), take(c.disc)
	l.reqs = make([]req, 0, c.requests)
	l.indexNeeds()
	trust := make([]float64, 2*n*n)
	l.trustStart, l.trustFinal = trust[:n*n:n*n], trust[n*n:]
	for i, a := range sc.Teams {
		for j, b := range sc.Teams {
			if i != j {
				l.trustStart[i*n+j] = float64(sc.TrustOf(a.ID, b.ID))
			}
		}
	}
	copy(l.trustFinal, l.trustStart)
	l.asked = make([]bool, n*n)
	for k := range events {
		l.index(int32(k))
	}
	l.prepare()
	return l
}

// index files one event in the lists and matrices of the ledger.
func (l *ledger) index(k int32) {
	e := &l.events[k]
	switch e.Kind {
	case rules.EvDeliver:
		if e.Readable {
			ns := l.needsOf(rootOf(e))
			markReadable(ns, e.Team, e.Round)
			markFirstRead(ns, e.Team, e.Seq)
		}
	case rules.EvTranslate:
		read, first := rules.RootID(e.Item), rootOf(e)
		ns := l.needsOf(read)
		markReadable(ns, e.Team, e.Round)
		if first != read {
			ns = l.needsOf(first)
		}
		markFirstRead(ns, e.Team, e.Seq)
	case rules.EvSend, rules.EvDrop, rules.EvIdle:
		t := l.teams.Of(e.Team)
		if t < 0 {
			return
		}
		if e.Kind == rules.EvSend {
			l.team[t].sent = true
		}
		l.disc = append(l.disc, k)
	case rules.EvBreach:
		l.breaches = append(l.breaches, k)
	case rules.EvPropose:
		l.proposals = append(l.proposals, k)
	case rules.EvOperation, rules.EvCommit:
		if e.Kind == rules.EvOperation || !e.Truth {
			l.syncs = append(l.syncs, k)
		}
	case rules.EvTrust:
		i, j := l.teams.Of(e.Team), l.teams.Of(e.From)
		if i < 0 || j < 0 || i == j {
			return
		}
		l.trustFinal[i*len(l.team)+j] = float64(e.Value)
		l.trusts = append(l.trusts, k)
	case rules.EvRequest:
		if len(e.To) > 0 {
			l.reqs = append(l.reqs, req{seq: e.Seq, round: e.Round, ref: e.Ref, from: e.Team, to: e.To[0],
				arrive: arrival(e.Round, e.Value), answered: -1})
		}
	case rules.EvDelay, rules.EvReceive:
		// A request's id names it in traffic events (messages use their
		// kind, items their id): they say when it really arrived.
		if e.Ref == "" {
			return
		}
		if r := l.request(e.Ref); r != nil {
			if e.Kind == rules.EvDelay {
				r.held(e.Round)
			} else {
				r.received(e.Round)
			}
		}
	case rules.EvRespond:
		// Value is the rounds taken since the request reached the
		// responder, so channel latency is not held against it.
		if r := l.request(e.Ref); r != nil && r.answered < 0 {
			r.answered = max(0, e.Value)
		}
		if len(e.To) > 0 {
			l.responds = append(l.responds, k)
			if i, j := l.teams.Of(e.To[0]), l.teams.Of(e.Team); i >= 0 && j >= 0 {
				l.asked[i*len(l.team)+j] = true
			}
		}
	case rules.EvDisrupted, rules.EvStruck:
		if e.Kind == rules.EvDisrupted {
			l.disrupted++
		}
		l.ends = append(l.ends, k)
	}
}

// prepare makes the findings the cards share.
func (l *ledger) prepare() {
	l.selectDiscipline()
	l.text.reserve(l.textBound())
	l.prepareReach()
	l.prepareCompliance()
	l.prepareTrust()
	l.prepareSynchronisation()
	l.prepareResponsiveness()
	l.prepareOutcome()
	l.prepareDiscipline()
}

func rootOf(e *rules.Event) string {
	if e.Root != "" {
		return rules.RootID(e.Root)
	}
	return rules.RootID(e.Item)
}

// name returns a team's display name.
func (l *ledger) name(team string) string {
	if t := l.teams.Of(team); t >= 0 {
		return l.sc.Teams[t].Name
	}
	return team
}

// covers reports whether a card (a team's position or coalitionCard)
// covers a team's position (-1 for an id that is no team's).
func covers(card, team int) bool { return card == coalitionCard || card == team }

// cardID returns the team id of a card.
func (l *ledger) cardID(card int) string {
	if card == coalitionCard {
		return Coalition
	}
	return l.sc.Teams[card].ID
}

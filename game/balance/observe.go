package balance

import (
	"slices"
	"strings"

	"liaison/game/rules"
)

// Game is what one game tells the analysis, ready to Add to a Tally. It
// is built by Observe, in a worker, so that the fold itself stays cheap.
type Game struct {
	threats  []threatGame
	outcomes []outcomeGame
	needs    []needGame
	reached  []bool
}

type threatGame struct {
	disrupted, struck, wrongFuse bool
	lead, leaks, shift, failed   int
	reasons                      []string // why its operations failed, each once
	never                        string   // the stage it stopped at, when no operation was evaluated
}

type outcomeGame struct{ judged, met bool }

type needGame struct {
	due, inTime, late, unreadable bool
}

// Never-formed stages (ThreatTally.NeverFormed keys).
const (
	StageNotAssessed = "no team assessed it"
	StageNoProposal  = "assessed, but no operation was proposed"
	StageNotDue      = "an operation was proposed for a round the game never reached"
)

// Observer reads games against one tally's scenario. It never changes
// after Observer builds it, so workers may share it.
type Observer struct {
	t                     *Tally
	threat, outcome, item map[string]int
	needs                 map[pair][]int
	holders               map[pair]bool // (item, team) held from the start
}

// pair is an item and a team.
type pair struct{ item, team string }

// Observer builds the lookups Observe needs, once for many games. The
// observer keeps t's scenario labels: build it from a tally no one adds to
// concurrently (an Empty copy).
func (t *Tally) Observer() *Observer {
	o := &Observer{t: t,
		threat:  index(len(t.Threats), func(i int) string { return t.Threats[i].ID }),
		outcome: index(len(t.Outcomes), func(i int) string { return t.Outcomes[i].Inject }),
		item:    index(len(t.Items), func(i int) string { return t.Items[i].ID }),
		needs:   map[pair][]int{},
		holders: map[pair]bool{},
	}
	for i, n := range t.Needs {
		k := pair{n.Item, n.Team}
		o.needs[k] = append(o.needs[k], i)
	}
	for _, it := range t.Items {
		for _, h := range it.HeldBy {
			o.holders[pair{it.ID, h}] = true
		}
	}
	return o
}

// Observe reads one finished game's events against the tally's scenario.
// It does not change t. For many games, build an Observer once.
func (t *Tally) Observe(events []rules.Event) *Game { return t.Observer().Observe(events) }

// Observe reads one finished game's events.
func (o *Observer) Observe(events []rules.Event) *Game {
	t := o.t
	g := &Game{
		threats:  make([]threatGame, len(t.Threats)),
		outcomes: make([]outcomeGame, len(t.Outcomes)),
		needs:    make([]needGame, len(t.Needs)),
		reached:  make([]bool, len(t.Items)),
	}
	threat, outcome, item, needs, holders := o.threat, o.outcome, o.item, o.needs, o.holders
	assessed := make([]bool, len(t.Threats))
	proposed := make([]bool, len(t.Threats))
	evaluated := make([]bool, len(t.Threats))
	refused := make([]string, len(t.Threats))
	read := make([]int, len(t.Needs)) // first round readable, 0 never
	last := 1
	afterLeak := false // the events since the last leak are all deadline moves
	for k := range events {
		e := &events[k]
		last = max(last, e.Round)
		leakShift := e.Kind == rules.EvDeadline && (afterLeak || strings.Contains(e.Text, "leak"))
		afterLeak = e.Kind == rules.EvLeak || (afterLeak && e.Kind == rules.EvDeadline)
		th, thOK := threat[e.Threat]
		var tg *threatGame
		if thOK {
			tg = &g.threats[th]
		}
		switch e.Kind {
		case rules.EvDeliver:
			root := rootOf(e)
			if i, ok := item[root]; ok && !holders[pair{root, e.Team}] {
				g.reached[i] = true
			}
			for _, i := range needs[pair{root, e.Team}] {
				if e.Readable {
					if read[i] == 0 || e.Round < read[i] {
						read[i] = max(1, e.Round)
					}
				} else {
					g.needs[i].unreadable = true
				}
			}
		case rules.EvTranslate:
			for _, i := range needs[pair{rootOf(e), e.Team}] {
				if read[i] == 0 || e.Round < read[i] {
					read[i] = max(1, e.Round)
				}
			}
		case rules.EvFuse:
			if thOK {
				assessed[th] = true
				tg.wrongFuse = tg.wrongFuse || !e.Truth
			}
		case rules.EvPropose:
			if thOK {
				proposed[th] = true
			}
		case rules.EvRejected:
			if thOK && e.Ref == string(rules.Propose) && refused[th] == "" {
				refused[th] = "proposal refused: " + e.Text
			}
		case rules.EvOperation:
			if !thOK {
				continue
			}
			evaluated[th] = true
			if e.Truth {
				continue
			}
			tg.failed++
			_, why, _ := strings.Cut(e.Text, " fails: ")
			for _, r := range strings.Split(why, "; ") {
				if r != "" && !slices.Contains(tg.reasons, r) {
					tg.reasons = append(tg.reasons, r)
				}
			}
		case rules.EvDisrupted:
			if thOK {
				tg.disrupted, tg.lead = true, e.Value
			}
		case rules.EvStruck:
			if thOK {
				tg.struck = true
			}
		case rules.EvLeak:
			if thOK {
				tg.leaks++
			}
		case rules.EvDeadline:
			// A leak moves the deadline of every threat the item informs
			// right after the leak; an inject's move is not a leak's.
			if thOK && leakShift {
				tg.shift += e.Delta
			}
		case rules.EvExpectation:
			if i, ok := outcome[e.Ref]; ok {
				g.outcomes[i] = outcomeGame{judged: true, met: e.Truth}
			}
		}
	}
	for i := range g.threats {
		tg := &g.threats[i]
		if tg.disrupted || evaluated[i] {
			continue
		}
		switch {
		case !assessed[i]:
			tg.never = StageNotAssessed
		case proposed[i]:
			tg.never = StageNotDue
		case refused[i] != "":
			tg.never = refused[i]
		default:
			tg.never = StageNoProposal
		}
	}
	for i, n := range t.Needs {
		ng := &g.needs[i]
		if n.By > last {
			continue
		}
		ng.due = true
		switch {
		case holders[pair{n.Item, n.Team}]:
			ng.inTime = true
		case read[i] == 0:
		case read[i] <= n.By:
			ng.inTime = true
		default:
			ng.late = true
		}
		if ng.inTime || ng.late {
			ng.unreadable = false
		}
	}
	return g
}

// Add folds one observed game (from t.Observe) into the tally.
func (t *Tally) Add(g *Game) {
	t.Games++
	for i := range t.Threats {
		a, b := &t.Threats[i], &g.threats[i]
		if b.disrupted {
			if a.Disrupted == 0 || b.lead < a.LeadMin {
				a.LeadMin = b.lead
			}
			if a.Disrupted == 0 || b.lead > a.LeadMax {
				a.LeadMax = b.lead
			}
			a.Disrupted++
			a.LeadSum += b.lead
		}
		if b.struck {
			a.Struck++
		}
		a.Leaks += b.leaks
		if b.shift != 0 {
			a.Shifted++
			a.ShiftSum += b.shift
		}
		if b.wrongFuse {
			a.WrongFuse++
		}
		a.Failed += b.failed
		for _, r := range b.reasons {
			a.FailReasons[r]++
		}
		if b.never != "" {
			a.NeverFormed[b.never]++
		}
	}
	for i, o := range g.outcomes {
		if o.judged {
			t.Outcomes[i].Judged++
		}
		if o.met {
			t.Outcomes[i].Met++
		}
	}
	for i, n := range g.needs {
		a := &t.Needs[i]
		if !n.due {
			continue
		}
		a.Due++
		switch {
		case n.inTime:
			a.InTime++
		case n.late:
			a.Late++
		case n.unreadable:
			a.Unreadable++
		}
	}
	for i, r := range g.reached {
		if r {
			t.Items[i].Reached++
		}
	}
}

// index maps the ids of n entries to their positions (the first of a
// repeated id wins).
func index(n int, id func(int) string) map[string]int {
	m := make(map[string]int, n)
	for i := range n {
		if _, dup := m[id(i)]; !dup {
			m[id(i)] = i
		}
	}
	return m
}

// rootOf is the id of the item an event's item was made from (a sanitised
// or translated copy "id~x" counts as its source).
func rootOf(e *rules.Event) string {
	id := e.Root
	if id == "" {
		id = e.Item
	}
	return rules.RootID(id)
}

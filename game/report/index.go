package report

import (
	"iter"

	"liaison/game/rules"
)

// eventIndex files the event log once by the keys the AAR looks events up
// by, so that building a report costs a few passes over the log plus, per
// loss or expectation, only the events about its subject: a game at the
// scenario limits has ~50,000 events and ~10,000 losses, and a scan of the
// log per loss (events × losses) took minutes.
//
// Every list keeps log order, so a lookup yields the same events, in the
// same order, as the scan it replaces.
type eventIndex struct {
	events []rules.Event
	bySeq  map[int]int // event seq → position in events
	last   int         // last round in the log

	byKind     map[rules.EventKind][]int
	byKindTeam map[kindTeam][]int
	byRef      map[string][]int
	byThreat   map[string][]int
	byRoot     map[string][]int    // events naming an item, by the item's root
	trust      map[[2]string][]int // trust events by (truster, trusted)

	// visited counts the events handed out by all and the lookups, so that
	// a test can hold report building to O(events + losses) by counting
	// work rather than timing it.
	visited int
}

// kindTeam keys events by kind and acting team.
type kindTeam struct {
	kind rules.EventKind
	team string
}

func newEventIndex(events []rules.Event) *eventIndex {
	x := &eventIndex{events: events, bySeq: make(map[int]int, len(events)),
		byKind: map[rules.EventKind][]int{}, byKindTeam: map[kindTeam][]int{}, byRef: map[string][]int{},
		byThreat: map[string][]int{}, byRoot: map[string][]int{}, trust: map[[2]string][]int{}}
	for i := range events {
		e := &events[i]
		x.bySeq[e.Seq] = i
		x.last = max(x.last, e.Round)
		x.byKind[e.Kind] = append(x.byKind[e.Kind], i)
		if e.Team != "" {
			k := kindTeam{e.Kind, e.Team}
			x.byKindTeam[k] = append(x.byKindTeam[k], i)
		}
		if e.Ref != "" {
			x.byRef[e.Ref] = append(x.byRef[e.Ref], i)
		}
		if e.Threat != "" {
			x.byThreat[e.Threat] = append(x.byThreat[e.Threat], i)
		}
		if e.Item != "" {
			root := rules.RootID(e.Item)
			x.byRoot[root] = append(x.byRoot[root], i)
		}
		if e.Kind == rules.EvTrust {
			k := [2]string{e.Team, e.From}
			x.trust[k] = append(x.trust[k], i)
		}
	}
	return x
}

// event returns the event with a seq.
func (x *eventIndex) event(seq int) (rules.Event, bool) {
	i, ok := x.bySeq[seq]
	if !ok {
		return rules.Event{}, false
	}
	return x.events[i], true
}

// all yields the whole log, in order: a full pass.
func (x *eventIndex) all() iter.Seq[rules.Event] {
	return func(yield func(rules.Event) bool) {
		for i := range x.events {
			x.visited++
			if !yield(x.events[i]) {
				return
			}
		}
	}
}

// at yields the events at some positions of the log.
func (x *eventIndex) at(pos []int) iter.Seq[rules.Event] {
	return func(yield func(rules.Event) bool) {
		for _, i := range pos {
			x.visited++
			if !yield(x.events[i]) {
				return
			}
		}
	}
}

// kind yields the events of a kind.
func (x *eventIndex) kind(k rules.EventKind) iter.Seq[rules.Event] { return x.at(x.byKind[k]) }

// kindOf yields the events of a kind by one acting team.
func (x *eventIndex) kindOf(k rules.EventKind, team string) iter.Seq[rules.Event] {
	return x.at(x.byKindTeam[kindTeam{k, team}])
}

// ref yields the events with a ref (a request, operation or inject id).
func (x *eventIndex) ref(ref string) iter.Seq[rules.Event] { return x.at(x.byRef[ref]) }

// threat yields the events about a threat.
func (x *eventIndex) threat(id string) iter.Seq[rules.Event] { return x.at(x.byThreat[id]) }

// root yields the events naming a root item or one of its sanitised copies.
func (x *eventIndex) root(id string) iter.Seq[rules.Event] { return x.at(x.byRoot[id]) }

// trustOf yields the changes of one team's trust in another.
func (x *eventIndex) trustOf(team, in string) iter.Seq[rules.Event] {
	return x.at(x.trust[[2]string{team, in}])
}

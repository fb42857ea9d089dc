package report

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
)

// FromRecord replays a game record on the scenario bytes it was made with
// and builds its after-action review. It fails if the scenario changed or
// the replay diverges from the recorded final state.
func FromRecord(rec *replay.Record, scenarioData []byte) (*AAR, error) {
	if rec == nil {
		return nil, errors.New("report: no record")
	}
	st, err := replay.Replay(rec, scenarioData)
	if err != nil {
		return nil, fmt.Errorf("report: replay %s seed %d: %w", rec.Scenario, rec.Seed, err)
	}
	aar, err := Build(st.Scenario(), rec, st.Events())
	if err != nil {
		return nil, err
	}
	aar.Game.FinalHash = st.Hash()
	return aar, nil
}

// builder holds what every section of the AAR is built from.
type builder struct {
	sc    *scenario.Scenario
	rec   *replay.Record
	idx   *eventIndex // the event log, indexed: read events only through it
	res   score.Result
	names names
	human humanizer
	hold  *holdings
	last  int // last round played
	need  map[[2]string]int
	// needAt lists, per team and round, the root items the team needs by
	// that round, in file order (to name the item of an absence loss).
	needAt map[needKey][]string
}

// needKey is a team and the round it needs something by.
type needKey struct {
	team string
	by   int
}

// Build makes the AAR from a scenario (defaults applied, as loaded), the
// game's record and the full event log of its final state. It is pure: the
// same inputs always give the same AAR.
func Build(sc *scenario.Scenario, rec *replay.Record, events []rules.Event) (*AAR, error) {
	aar, _, err := build(sc, rec, events)
	return aar, err
}

// build is Build, also returning how many events it read (through the
// index), for the tests that hold it to O(events + losses).
func build(sc *scenario.Scenario, rec *replay.Record, events []rules.Event) (*AAR, int, error) {
	if sc == nil || rec == nil {
		return nil, 0, errors.New("report: build needs a scenario and a record")
	}
	if rec.Scenario != sc.ID {
		return nil, 0, fmt.Errorf("report: record is for scenario %q, not %q", rec.Scenario, sc.ID)
	}
	b := newBuilder(sc, rec, events)
	b.res = score.Compute(sc, events)
	b.hold = newHoldings(sc, b.idx.all())

	encoded, err := replay.Encode(rec)
	if err != nil {
		return nil, 0, fmt.Errorf("report: %w", err)
	}
	sum := sha256.Sum256(encoded)
	aar := &AAR{Format: Format, Version: Version}
	aar.Scenario = b.scenarioInfo()
	aar.Game = GameInfo{Seed: rec.Seed, RecordSHA256: hex.EncodeToString(sum[:]), FinalHash: rec.FinalHash,
		Played: len(rec.Turns), Events: len(events)}
	if aar.Game.Played == 0 {
		aar.Game.Played = b.last
	}
	for e := range b.idx.kind(rules.EvEnd) {
		aar.Game.Ended = b.human.text(e.Text)
	}
	aar.Teams = b.teams()
	aar.Scores = b.scores()
	aar.Timeline = b.timeline(aar.Scores)
	aar.Knowledge = knowledge(b.names, b.hold, b.last)
	aar.Expectations = b.expectations()
	aar.Strengths = b.strengths(aar.Scores.Coalition)
	aar.Weaknesses = b.weaknesses(aar.Scores.Coalition)
	aar.Plan = b.plan(aar.Scores.Coalition)
	aar.Notes = b.notes(aar)
	aar.Series = b.series()
	return aar, b.idx.visited, nil
}

// newBuilder indexes the events and the scenario's needs, names and
// texts: what describing an event needs (the scores and holdings come
// later, in build).
func newBuilder(sc *scenario.Scenario, rec *replay.Record, events []rules.Event) *builder {
	b := &builder{sc: sc, rec: rec, idx: newEventIndex(events),
		need: map[[2]string]int{}, needAt: map[needKey][]string{}}
	b.names = newNames(sc, b.idx)
	b.human = newHumanizer(b.names)
	b.last = b.idx.last
	for _, it := range sc.Items {
		for _, n := range it.Need {
			k := [2]string{it.ID, n.Team}
			if by, ok := b.need[k]; !ok || n.By < by {
				b.need[k] = n.By
			}
		}
	}
	for _, it := range sc.Items {
		for _, n := range it.Need {
			if b.need[[2]string{it.ID, n.Team}] != n.By {
				continue // a later need of the same pair: needBy gives the earliest
			}
			k := needKey{n.Team, n.By}
			if ids := b.needAt[k]; len(ids) == 0 || ids[len(ids)-1] != it.ID {
				b.needAt[k] = append(ids, it.ID)
			}
		}
	}
	return b
}

// event returns the event with a seq.
func (b *builder) event(seq int) (rules.Event, bool) { return b.idx.event(seq) }

// needBy returns the round a team needs a root item by (0: no need).
func (b *builder) needBy(root, team string) int { return b.need[[2]string{root, team}] }

func (b *builder) scenarioInfo() ScenarioInfo {
	sc := b.sc
	si := ScenarioInfo{ID: sc.ID, Title: sc.Title, File: b.rec.ScenarioFile, SHA256: b.rec.ScenarioHash,
		Rounds: sc.Rounds, RoundLabel: sc.RoundLabel, Briefing: sc.Briefing}
	for _, th := range sc.Threats {
		ti := ThreatInfo{ID: th.ID, Name: th.Name, Facets: th.Facets, Deadline: th.Deadline, LeadRound: th.LeadRounds, Final: th.Deadline,
			Outcome: "open", Cause: -1, Debrief: th.Debrief}
		for e := range b.idx.threat(th.ID) {
			switch e.Kind {
			case rules.EvDeadline:
				ti.Final = e.Value
			case rules.EvDisrupted:
				if ti.Cause < 0 {
					ti.Outcome, ti.Round, ti.Lead, ti.Cause, ti.Teams = "disrupted", e.Round, e.Value, e.Seq, e.To
				}
			case rules.EvStruck:
				if ti.Cause < 0 {
					ti.Outcome, ti.Round, ti.Cause = "struck", e.Round, e.Seq
				}
			}
		}
		si.Threats = append(si.Threats, ti)
	}
	si.Injects = []InjectInfo{}
	for _, in := range sc.Injects {
		si.Injects = append(si.Injects, InjectInfo{ID: in.ID, Title: b.names.inject(in.ID)})
	}
	return si
}

func (b *builder) teams() []TeamInfo {
	seats := map[string]string{}
	for _, s := range b.rec.Seats {
		seats[s.Team] = s.Player
	}
	infos := make([]rules.TeamInfo, len(b.sc.Teams))
	for i, t := range b.sc.Teams {
		infos[i] = rules.TeamInfo{ID: t.ID, Name: t.Name, Short: t.Short, Country: t.Country}
	}
	short := rules.ShortNames(infos)
	var out []TeamInfo
	for _, t := range b.sc.Teams {
		c, _ := b.res.Team(t.ID)
		out = append(out, TeamInfo{ID: t.ID, Name: t.Name, Short: short[t.ID], Country: t.Country, Colour: t.Colour,
			Seat: seats[t.ID], Total: c.Total, Grade: c.Grade})
	}
	return out
}

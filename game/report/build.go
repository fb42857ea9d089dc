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
	sc     *scenario.Scenario
	rec    *replay.Record
	events []rules.Event
	bySeq  map[int]int // event seq → index in events
	res    score.Result
	names  names
	human  humanizer
	hold   *holdings
	last   int // last round played
	need   map[[2]string]int
}

// Build makes the AAR from a scenario (defaults applied, as loaded), the
// game's record and the full event log of its final state. It is pure: the
// same inputs always give the same AAR.
func Build(sc *scenario.Scenario, rec *replay.Record, events []rules.Event) (*AAR, error) {
	if sc == nil || rec == nil {
		return nil, errors.New("report: build needs a scenario and a record")
	}
	if rec.Scenario != sc.ID {
		return nil, fmt.Errorf("report: record is for scenario %q, not %q", rec.Scenario, sc.ID)
	}
	b := &builder{sc: sc, rec: rec, events: events, bySeq: make(map[int]int, len(events)),
		names: names{sc: sc}, need: map[[2]string]int{}}
	b.human = newHumanizer(b.names)
	for i, e := range events {
		b.bySeq[e.Seq] = i
		b.last = max(b.last, e.Round)
	}
	for _, it := range sc.Items {
		for _, n := range it.Need {
			k := [2]string{it.ID, n.Team}
			if by, ok := b.need[k]; !ok || n.By < by {
				b.need[k] = n.By
			}
		}
	}
	b.res = score.Compute(sc, events)
	b.hold = newHoldings(sc, events)

	encoded, err := replay.Encode(rec)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	sum := sha256.Sum256(encoded)
	aar := &AAR{Format: Format, Version: Version}
	aar.Scenario = b.scenarioInfo()
	aar.Game = GameInfo{Seed: rec.Seed, RecordSHA256: hex.EncodeToString(sum[:]), FinalHash: rec.FinalHash,
		Played: len(rec.Turns), Events: len(events)}
	if aar.Game.Played == 0 {
		aar.Game.Played = b.last
	}
	for _, e := range events {
		if e.Kind == rules.EvEnd {
			aar.Game.Ended = b.human.text(e.Text)
		}
	}
	aar.Teams = b.teams()
	aar.Scores = b.scores()
	aar.Timeline = b.timeline(aar.Scores)
	aar.Knowledge = knowledge(sc, b.hold, b.last)
	aar.Expectations = b.expectations()
	aar.Strengths = b.strengths(aar.Scores.Coalition)
	aar.Weaknesses = b.weaknesses(aar.Scores.Coalition)
	aar.Plan = b.plan(aar.Scores.Coalition)
	aar.Notes = b.notes(aar)
	aar.Series = b.series()
	return aar, nil
}

// event returns the event with a seq.
func (b *builder) event(seq int) (rules.Event, bool) {
	i, ok := b.bySeq[seq]
	if !ok {
		return rules.Event{}, false
	}
	return b.events[i], true
}

// needBy returns the round a team needs a root item by (0: no need).
func (b *builder) needBy(root, team string) int { return b.need[[2]string{root, team}] }

func (b *builder) scenarioInfo() ScenarioInfo {
	sc := b.sc
	si := ScenarioInfo{ID: sc.ID, Title: sc.Title, File: b.rec.ScenarioFile, SHA256: b.rec.ScenarioHash,
		Rounds: sc.Rounds, RoundLabel: sc.RoundLabel, Briefing: sc.Briefing}
	for _, th := range sc.Threats {
		ti := ThreatInfo{ID: th.ID, Name: th.Name, Facets: th.Facets, Deadline: th.Deadline, LeadRound: th.LeadRounds, Final: th.Deadline,
			Outcome: "open", Cause: -1, Debrief: th.Debrief}
		for _, e := range b.events {
			if e.Threat != th.ID {
				continue
			}
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
	return si
}

func (b *builder) teams() []TeamInfo {
	seats := map[string]string{}
	for _, s := range b.rec.Seats {
		seats[s.Team] = s.Player
	}
	var out []TeamInfo
	for _, t := range b.sc.Teams {
		c, _ := b.res.Team(t.ID)
		out = append(out, TeamInfo{ID: t.ID, Name: t.Name, Country: t.Country, Colour: t.Colour,
			Seat: seats[t.ID], Total: c.Total, Grade: c.Grade})
	}
	return out
}

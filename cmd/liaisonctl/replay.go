package main

import (
	"fmt"
	"io"
	"strings"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
	"liaison/game/termsafe"
)

type replayCmd struct {
	Record   string `arg:"" help:"Game record (JSON) written by sim --record, play --save or the desktop game."`
	Scenario string `help:"Scenario file to replay against (default: the one named in the record)."`
	Quiet    bool   `short:"q" help:"Only verify; print one line."`
}

// Run verifies the record by replaying it and prints a round-by-round summary.
func (c *replayCmd) Run(e env) error {
	rec, data, err := openRecord(c.Record, c.Scenario)
	if err != nil {
		return err
	}
	sc, st, err := replay.Start(rec, data)
	if err != nil {
		return err
	}
	w := e.stdout
	if !c.Quiet {
		fmt.Fprintf(w, "%s: %s, seed %d, %d round(s) recorded\n", c.Record, termsafe.Line(sc.Title), rec.Seed, len(rec.Turns))
		for _, s := range rec.Seats {
			fmt.Fprintf(w, "  %-20s %s\n", termsafe.Line(s.Team), termsafe.Line(s.Player))
		}
	}
	for i, t := range rec.Turns {
		if st.Over() {
			return fmt.Errorf("record has turn %d but the game ended after round %d", i+1, i)
		}
		var evs []rules.Event
		st, evs = rules.Resolve(st, t)
		if !c.Quiet {
			printRound(w, sc, i+1, t, evs)
		}
	}
	if rec.FinalHash != "" && st.Hash() != rec.FinalHash {
		return fmt.Errorf("replay diverged: final state hash %s differs from the recorded %s", st.Hash(), termsafe.Quote(clip(rec.FinalHash, 64)))
	}
	res := score.Compute(sc, st.Events())
	verdict := "verified: final state hash matches the record"
	if rec.FinalHash == "" {
		verdict = "replayed (the record holds no final hash to compare)"
	}
	fmt.Fprintf(w, "%s: %s; coalition %.1f (%s), %d of %d threats disrupted\n", c.Record, verdict, res.Coalition.Total, res.Coalition.Grade, res.Disrupted, res.Threats)
	return nil
}

// clip shortens untrusted text to at most n bytes for a message.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// notable are the event kinds a round summary lists one by one.
var notable = map[rules.EventKind]bool{
	rules.EvInject: true, rules.EvBreach: true, rules.EvLeak: true, rules.EvFuse: true,
	rules.EvOperation: true, rules.EvDisrupted: true, rules.EvStruck: true, rules.EvExpire: true,
	rules.EvLiaison: true, rules.EvExpectation: true, rules.EvRejected: true, rules.EvEnd: true,
}

func printRound(w io.Writer, sc *scenario.Scenario, round int, t rules.Turn, evs []rules.Event) {
	var counts []string
	for _, tm := range sc.Teams {
		counts = append(counts, fmt.Sprintf("%s %d", tm.ID, len(t.Orders[tm.ID])))
	}
	delivered, trust := 0, 0
	for _, e := range evs {
		switch e.Kind {
		case rules.EvDeliver:
			delivered++
		case rules.EvTrust:
			trust += e.Delta
		}
	}
	fmt.Fprintf(w, "round %d: orders %s; %d deliveries; net trust %+d\n", round, strings.Join(counts, ", "), delivered, trust)
	for _, e := range evs {
		if notable[e.Kind] {
			fmt.Fprintf(w, "  [%s] %s\n", e.Kind, termsafe.Line(e.Text))
		}
	}
}

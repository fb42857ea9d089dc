package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"liaison/game/report"
	"liaison/game/termsafe"
)

type reportCmd struct {
	Record        string        `arg:"" help:"Game record (JSON) written by sim --record, play --save or the desktop game."`
	Format        string        `short:"f" enum:"md,html,json,csv,xapi" default:"html" help:"Export format: md (Markdown debrief), html (self-contained page with charts), json (AAR model), csv (events) or xapi (xAPI 1.0.3 statements)."`
	Output        string        `short:"o" help:"Write to this file instead of standard output ('-' is standard output)." placeholder:"PATH"`
	Scenario      string        `help:"Scenario file to replay against (default: the one named in the record)."`
	Start         string        `help:"xAPI: when round 1 began, RFC 3339 (default: the record file's modification time)." placeholder:"TIME"`
	RoundDuration time.Duration `name:"round-duration" help:"xAPI: scenario time of one round, e.g. 6h, at most 720h (30 days) (default: from the scenario's round label, else 1h)."`
	BaseIRI       string        `name:"base-iri" default:"https://liaison.example/xapi" help:"xAPI: root of the activity, account, verb and extension IRIs Liaison mints."`
	LRS           string        `name:"lrs" help:"xAPI: also post the statements to this learning record store (its xAPI base URL; redirects are not followed)." placeholder:"URL"`
	LRSUser       string        `name:"lrs-user" help:"xAPI: LRS Basic-auth user."`
	LRSPassword   string        `name:"lrs-password" env:"LIAISON_LRS_PASSWORD" help:"xAPI: LRS Basic-auth password (or set LIAISON_LRS_PASSWORD)."`
	Batch         int           `default:"50" help:"xAPI: statements per POST to the LRS."`
}

// maxRoundDuration bounds the scenario time of one round in xAPI
// statements (--round-duration, or the scenario's round label): 30 days a
// round keeps the longest game (200 rounds, replay.MaxTurns) within 17
// years of --start, far inside time.Duration's 292-year range.
const maxRoundDuration = 30 * 24 * time.Hour

// Run replays the record, builds its after-action review and exports it.
func (c *reportCmd) Run(e env) error {
	if c.LRS != "" && c.Format != "xapi" {
		return errors.New("--lrs posts xAPI statements: use it with --format xapi")
	}
	if err := checkRoundDuration("--round-duration", c.RoundDuration); err != nil {
		return err
	}
	rec, data, err := openRecord(c.Record, c.Scenario)
	if err != nil {
		return err
	}
	aar, err := report.FromRecord(rec, data)
	if err != nil {
		return err
	}
	var render func(io.Writer) error
	switch c.Format {
	case "md":
		render = func(w io.Writer) error { return report.WriteMarkdown(w, aar) }
	case "html":
		render = func(w io.Writer) error { return report.WriteHTML(w, aar) }
	case "json":
		render = func(w io.Writer) error { return report.WriteJSON(w, aar) }
	case "csv":
		render = func(w io.Writer) error { return report.WriteCSV(w, aar) }
	case "xapi":
		stmts, err := c.statements(aar)
		if err != nil {
			return err
		}
		if c.LRS != "" {
			if err := c.post(e, stmts); err != nil {
				return err
			}
			if c.Output == "" {
				return nil
			}
		}
		render = func(w io.Writer) error { return report.WriteStatements(w, stmts) }
	}
	if c.Output == "" || c.Output == "-" {
		return render(e.stdout)
	}
	if err := report.WriteFileAtomic(c.Output, render); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s (%s) for %s seed %d\n", c.Output, c.Format, aar.Scenario.ID, aar.Game.Seed)
	return nil
}

// statements builds the xAPI statements, timed from --start or the record's
// modification time.
func (c *reportCmd) statements(aar *report.AAR) ([]report.Statement, error) {
	var start time.Time
	if c.Start != "" {
		t, err := time.Parse(time.RFC3339, c.Start)
		if err != nil {
			return nil, fmt.Errorf("--start %q: want an RFC 3339 time such as 2026-05-04T09:00:00Z", c.Start)
		}
		start = t
	} else {
		st, err := os.Stat(c.Record)
		if err != nil {
			return nil, fmt.Errorf("record %s: %w", c.Record, err)
		}
		start = st.ModTime().UTC().Truncate(time.Second)
	}
	round := c.RoundDuration
	if round == 0 {
		// The scenario's label is untrusted text ("1e300 weeks"): bound it
		// here too, but leave Round 0 so Statements applies it as before.
		d, ok := report.RoundDuration(aar.Scenario.RoundLabel)
		if !ok {
			d = report.DefaultRoundDuration
		}
		if err := checkRoundDuration(fmt.Sprintf("the scenario's round label %s", termsafe.Quote(aar.Scenario.RoundLabel)), d); err != nil {
			return nil, fmt.Errorf("%w; give --round-duration", err)
		}
		round = d
	}
	if end := start.Add(time.Duration(aar.Game.Played) * round); end.Year() > 9999 {
		return nil, fmt.Errorf("--start %s plus %d round(s) of %s ends after the year 9999, which xAPI timestamps cannot hold", start.Format(time.RFC3339), aar.Game.Played, round)
	}
	return report.Statements(aar, report.XAPIOptions{Start: start, Round: c.RoundDuration, BaseIRI: c.BaseIRI})
}

// checkRoundDuration refuses a round duration that is negative or beyond
// maxRoundDuration (0 means "from the scenario").
func checkRoundDuration(what string, d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("%s is %s: a round cannot last a negative time (give a duration such as 6h, or leave it out to use the scenario's)", what, d)
	}
	if d > maxRoundDuration {
		return fmt.Errorf("%s is %s: a round may last at most %s (30 days)", what, d, maxRoundDuration)
	}
	return nil
}

// post sends the statements to the LRS and says how many were stored.
func (c *reportCmd) post(e env, stmts []report.Statement) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	lrs := &report.LRS{Endpoint: c.LRS, Username: c.LRSUser, Password: c.LRSPassword, Batch: c.Batch}
	n, err := lrs.Send(ctx, stmts)
	where := report.RedactURL(c.LRS) // never the credentials a URL may hold
	if err != nil {
		return fmt.Errorf("post to LRS %s (%d of %d statements stored): %w", where, n, len(stmts), err)
	}
	fmt.Fprintf(e.stderr, "posted %d xAPI statements to %s (the LRS confirmed every id)\n", n, where)
	return nil
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"

	"liaison/game/balance"
	"liaison/game/replay"
	"liaison/game/scenario"
	"liaison/game/sim"
)

type simCmd struct {
	Scenario string   `arg:"" help:"Scenario file, or the name of an embedded scenario."`
	Games    int      `default:"100" help:"Games to play per seat mix."`
	Seed     uint64   `default:"1" help:"Seed of the first game; game i uses seed+i."`
	Seats    []string `help:"Seat mix as team=personality,... ('all=reckless' sets every team). Repeat for several mixes. Default: the scenario's seats, humans played by cooperative bots." sep:"none"`
	Workers  int      `default:"0" help:"Parallel workers (0 = one per CPU). Results do not depend on it."`
	JSON     bool     `help:"Print machine-readable JSON."`
	Record   string   `help:"Write every game's record into this folder." placeholder:"DIR"`
	Progress bool     `help:"Show a progress bar even when standard error is not a terminal."`
	Balance  bool     `help:"Explain the balance: per threat, expected outcome and need-to-know pair, and warnings. Without --seats it plays every seat cooperative, then every seat hoarder."`
	Out      string   `help:"Write the result to this file instead of standard output." placeholder:"FILE" type:"path"`
	Shard    string   `help:"Play only share K of N of the games (game i when i mod N = K, K from 0); with --json, write a part for 'liaisonctl merge'." placeholder:"K/N"`
}

// Run plays the games and prints the statistics per seat mix.
func (c *simCmd) Run(e env) error {
	src, err := loadSource(c.Scenario)
	if err != nil {
		return err
	}
	mixes, err := parseMixes(c.Seats)
	if err != nil {
		return err
	}
	if c.Balance && len(c.Seats) == 0 {
		mixes = []map[string]string{{"all": "cooperative"}, {"all": "hoarder"}}
	}
	shard, err := parseShard(c.Shard)
	if err != nil {
		return err
	}
	if c.Record != "" {
		if err := os.MkdirAll(c.Record, 0o755); err != nil {
			return fmt.Errorf("record folder %s: %w", c.Record, err)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	part := sim.NewPartial(src, c.Seed, c.Games, shard, c.Balance)
	for _, mix := range mixes {
		opts := sim.Options{Games: c.Games, Seed: c.Seed, Mix: mix, Workers: c.Workers, Shard: shard, Balance: c.Balance}
		if c.Progress || isTerminal(e.stderr) {
			opts.Progress = progressBar(e.stderr)
		}
		if c.Record != "" {
			opts.Keep = func(g *sim.Game) error { return writeRecord(c.Record, g, mix) }
		}
		t, err := sim.RunTally(ctx, src, opts)
		if err != nil {
			return err
		}
		part.Mixes = append(part.Mixes, t)
	}
	if c.Out == "" {
		return writeResult(e.stdout, part, c.JSON, c.Shard != "")
	}
	var b bytes.Buffer
	if err := writeResult(&b, part, c.JSON, c.Shard != ""); err != nil {
		return err
	}
	// The folder may be new, e.g. on a fresh volume of a cluster job.
	if err := os.MkdirAll(filepath.Dir(c.Out), 0o755); err != nil {
		return fmt.Errorf("write result: %w", err)
	}
	if err := os.WriteFile(c.Out, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write result: %w", err)
	}
	return nil
}

// parseShard reads --shard K/N (empty: the whole batch).
func parseShard(arg string) (sim.Shard, error) {
	if arg == "" {
		return sim.Shard{}, nil
	}
	k, n, ok := strings.Cut(arg, "/")
	var s sim.Shard
	var err error
	if ok {
		s.K, err = strconv.Atoi(strings.TrimSpace(k))
		if err == nil {
			s.N, err = strconv.Atoi(strings.TrimSpace(n))
		}
	}
	if !ok || err != nil || s.N < 1 || s.Check() != nil {
		return sim.Shard{}, fmt.Errorf("--shard %q: expected K/N with 0 <= K < N <= %d, e.g. 0/4 (K is JOB_COMPLETION_INDEX in a Kubernetes Indexed Job)", arg, sim.MaxShards)
	}
	return s, nil
}

// writeResult prints a batch's result. A shard's JSON (asPart: --shard
// was given, even 0/1) is its part, for merge; the whole batch's JSON is
// the list of summaries, or with the balance the balanceResult. The whole
// batch's output depends only on its counts, so a merge of parts prints
// exactly what one run prints.
func writeResult(w io.Writer, p *sim.Partial, asJSON, asPart bool) error {
	sharded := asPart
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		switch {
		case sharded:
			return enc.Encode(p)
		case p.Balance:
			return enc.Encode(newBalanceResult(p))
		default:
			return enc.Encode(p.Summaries())
		}
	}
	if sharded {
		fmt.Fprintf(w, "shard %d/%d: only this shard's share of the games\n", p.Shard.K, p.Shard.N)
	}
	for _, s := range p.Summaries() {
		printSummary(w, s, p.Seed)
	}
	if p.Balance {
		return balance.WriteText(w, buildBalance(p))
	}
	return nil
}

// balanceResult is the --json output of sim --balance (and of merge of
// parts played with --balance).
type balanceResult struct {
	Scenario string       `json:"scenario"`
	Games    int          `json:"games"`
	Seed     uint64       `json:"seed"`
	Warnings []string     `json:"warnings"`
	Mixes    []balanceMix `json:"mixes"`
}

// balanceMix is one seat mix's statistics and balance analysis.
type balanceMix struct {
	*sim.Summary
	Balance balance.MixReport `json:"balance"`
}

func newBalanceResult(p *sim.Partial) balanceResult {
	r := buildBalance(p)
	out := balanceResult{Scenario: p.Scenario, Games: p.Games, Seed: p.Seed, Warnings: r.Warnings, Mixes: []balanceMix{}}
	for i, s := range p.Summaries() {
		out.Mixes = append(out.Mixes, balanceMix{Summary: s, Balance: r.Mixes[i]})
	}
	return out
}

// buildBalance analyses the mixes of a batch played with --balance.
func buildBalance(p *sim.Partial) balance.Report {
	var mixes []balance.Mix
	for _, s := range p.Summaries() {
		teams := make([]string, len(s.Teams))
		for i, c := range s.Teams {
			teams[i] = c.Team
		}
		mixes = append(mixes, balance.Mix{Label: sim.MixLabel(s.Seats, teams), Seats: s.Seats,
			Coalition: s.Coalition.Total.Mean, Tally: s.Balance})
	}
	return balance.Build(mixes)
}

func parseMixes(args []string) ([]map[string]string, error) {
	if len(args) == 0 {
		return []map[string]string{{}}, nil
	}
	var out []map[string]string
	for _, a := range args {
		mix := map[string]string{}
		for _, kv := range strings.Split(a, ",") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok || k == "" || v == "" {
				return nil, fmt.Errorf("--seats %q: expected team=personality[,team=personality...]", a)
			}
			mix[k] = v
		}
		out = append(out, mix)
	}
	return out, nil
}

func writeRecord(dir string, g *sim.Game, mix map[string]string) error {
	b, err := replay.Encode(g.Record)
	if err != nil {
		return err
	}
	name := fmt.Sprintf("%s-%s-seed%d.json", g.Record.Scenario, mixLabel(mix), g.Seed)
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write record %s: %w", path, err)
	}
	return nil
}

func mixLabel(mix map[string]string) string {
	if len(mix) == 0 {
		return "default"
	}
	if a, ok := mix["all"]; ok && len(mix) == 1 {
		return a
	}
	return "mix"
}

func printSummary(w io.Writer, s *sim.Summary, seed uint64) {
	var seats []string
	for _, t := range s.Teams {
		seats = append(seats, t.Team+"="+s.Seats[t.Team])
	}
	fmt.Fprintf(w, "%s: %d games from seed %d\nseats: %s\n", s.Scenario, s.Games, seed, strings.Join(seats, ", "))
	fmt.Fprintf(w, "outcome rate: %.1f%% of threats disrupted before their deadline\n", 100*s.OutcomeRate)
	cols := append([]sim.CardStats{s.Coalition}, s.Teams...)
	fmt.Fprintf(w, "%-16s", "")
	for _, c := range cols {
		fmt.Fprintf(w, " %-20s", truncate(c.Team, 20))
	}
	fmt.Fprintln(w)
	row := func(label string, get func(sim.CardStats) sim.Stat) {
		fmt.Fprintf(w, "%-16s", label)
		for _, c := range cols {
			st := get(c)
			if st.N == 0 {
				fmt.Fprintf(w, " %-20s", "  —")
				continue
			}
			fmt.Fprintf(w, " %-20s", fmt.Sprintf("%5.1f (%3.0f–%3.0f)", st.Mean, st.Min, st.Max))
		}
		fmt.Fprintln(w)
	}
	row("total", func(c sim.CardStats) sim.Stat { return c.Total })
	for _, d := range scenario.Dimensions {
		row(d, func(c sim.CardStats) sim.Stat { return c.Dims[d] })
	}
	fmt.Fprintf(w, "%-16s", "grades")
	for _, c := range cols {
		var parts []string
		for _, g := range []string{"A", "B", "C", "D", "F"} {
			if n := c.Grades[g]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s%d", g, n))
			}
		}
		fmt.Fprintf(w, " %-20s", truncate(strings.Join(parts, " "), 20))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressBar draws "[#####.....] done/total" on w, redrawn in place.
func progressBar(w io.Writer) func(done, total int) {
	last := -1
	return func(done, total int) {
		const width = 30
		filled := done * width / total
		if filled == last && done != total {
			return
		}
		last = filled
		fmt.Fprintf(w, "\r[%s%s] %d/%d games", strings.Repeat("#", filled), strings.Repeat(".", width-filled), done, total)
		if done == total {
			fmt.Fprint(w, "\r\033[K")
		}
	}
}

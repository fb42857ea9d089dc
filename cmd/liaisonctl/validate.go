package main

import (
	"encoding/json"
	"fmt"
	"os"

	"liaison/game/explain"
	"liaison/game/scenario"
)

type validateCmd struct {
	JSON    bool     `help:"Print machine-readable JSON instead of text."`
	Explain bool     `help:"After a valid file, explain it: each team's need-to-know pairs and why, each facet's first round and holders, each threat's tightest timing, and the channels between teams."`
	Files   []string `arg:"" name:"file" help:"Scenario YAML files."`
}

// fileReport is one file's result in --json output.
type fileReport struct {
	File        string               `json:"file"`
	Valid       bool                 `json:"valid"`
	Summary     *summary             `json:"summary,omitempty"`
	Error       string               `json:"error,omitempty"`
	Diagnostics scenario.Diagnostics `json:"diagnostics"`
}

type summary struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Teams   int    `json:"teams"`
	Rounds  int    `json:"rounds"`
	Items   int    `json:"items"`
	Threats int    `json:"threats"`
	Injects int    `json:"injects"`
}

// Run validates every file and reports all findings; exit 1 if any has errors.
func (v *validateCmd) Run(e env) error {
	var reports []fileReport
	failed := false
	for _, f := range v.Files {
		r := fileReport{File: f, Diagnostics: scenario.Diagnostics{}}
		s, diags, err := scenario.Load(f)
		if diags != nil {
			r.Diagnostics = diags
		}
		if err != nil {
			failed = true
			if diags == nil {
				r.Error = err.Error()
			}
		} else {
			r.Valid = true
			r.Summary = &summary{ID: s.ID, Title: s.Title, Teams: len(s.Teams), Rounds: s.Rounds,
				Items: len(s.Items), Threats: len(s.Threats), Injects: len(s.Injects)}
		}
		reports = append(reports, r)
	}
	if v.Explain && v.JSON {
		return fmt.Errorf("--explain prints text for people; leave out --json")
	}
	if v.JSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(reports); err != nil {
			return err
		}
	} else {
		for i, r := range reports {
			printReport(e, r)
			if v.Explain && r.Valid {
				if err := explainFile(e, v.Files[i]); err != nil {
					return err
				}
			}
		}
	}
	if failed {
		return exitCode(1)
	}
	return nil
}

func printReport(e env, r fileReport) {
	switch {
	case r.Error != "":
		fmt.Fprintln(e.stderr, r.Error)
	case r.Valid:
		s := r.Summary
		fmt.Fprintf(e.stdout, "%s: ok: %s %q: %d teams, %d rounds, %d items, %d threats, %d injects",
			r.File, s.ID, s.Title, s.Teams, s.Rounds, s.Items, s.Threats, s.Injects)
		if w := len(r.Diagnostics.Warnings()); w > 0 {
			fmt.Fprintf(e.stdout, ", %d warning(s)", w)
		}
		fmt.Fprintln(e.stdout)
		for _, d := range r.Diagnostics {
			fmt.Fprintln(e.stdout, d.String())
		}
	default:
		errs := r.Diagnostics.Errors()
		for _, d := range r.Diagnostics {
			fmt.Fprintln(e.stderr, d.String())
		}
		fmt.Fprintf(e.stderr, "%s: %d error(s), %d warning(s)\n", r.File, len(errs), len(r.Diagnostics)-len(errs))
	}
}

// explainFile prints the explanation of a valid scenario file.
func explainFile(e env, file string) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("read scenario %s: %w", file, err)
	}
	sc, diags := scenario.Parse(file, data)
	if sc == nil {
		return fmt.Errorf("scenario %s has errors:\n%w", file, diags.Errors())
	}
	fmt.Fprintln(e.stdout)
	return explain.WriteText(e.stdout, sc, explain.Explain(sc, explain.ExplicitNeeds(data)))
}

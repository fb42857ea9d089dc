package balance

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteText prints a report for an instructor: each mix's threats,
// expected outcomes, rarely met need pairs and unreached items, then the
// warnings. Names come first, ids in brackets where one is needed to find
// the entry in the scenario file.
func WriteText(w io.Writer, r Report) error {
	var b strings.Builder
	for _, m := range r.Mixes {
		fmt.Fprintf(&b, "balance, seats %s (%d games)\n", m.Label, m.Games)
		b.WriteString("  threats:\n")
		for _, id := range threatOrder(m.Threats) {
			t := m.Threats[id]
			fmt.Fprintf(&b, "    %s [%s]: disrupted in %s of games", t.Name, id, pct(t.DisruptionRate))
			if t.MeanLead != nil {
				fmt.Fprintf(&b, ", %.1f round(s) before the deadline on average (%d–%d)", *t.MeanLead, t.MinLead, t.MaxLead)
			}
			fmt.Fprintf(&b, "; struck in %s\n", pct(t.StruckRate))
			if t.FailedOps > 0 {
				fmt.Fprintf(&b, "      %d operation(s) failed; most common reasons:\n", t.FailedOps)
				writeReasons(&b, t.FailReasons)
			}
			if len(t.NeverFormed) > 0 {
				b.WriteString("      no operation formed:\n")
				writeReasons(&b, t.NeverFormed)
			}
			if t.WrongFuseRate > 0 {
				fmt.Fprintf(&b, "      assessed on a false facet in %s of games\n", pct(t.WrongFuseRate))
			}
			if t.Leaks > 0 || t.ShiftedRate > 0 {
				fmt.Fprintf(&b, "      %d leak(s); deadline moved in %s of games, %+.2f round(s) per game on average\n",
					t.Leaks, pct(t.ShiftedRate), t.MeanShift)
			}
		}
		if len(m.Outcomes) > 0 {
			b.WriteString("  expected outcomes:\n")
			for _, o := range m.Outcomes {
				if o.Manual {
					fmt.Fprintf(&b, "    %q [%s]: judged by the evaluator (no machine check), fired in %d game(s)\n", o.Text, o.Inject, o.Judged)
					continue
				}
				fmt.Fprintf(&b, "    %q [%s]: met in %s of games (judged in %d)\n", o.Text, o.Inject, pct(o.MetRate), o.Judged)
			}
		}
		if len(m.Needs) > 0 {
			b.WriteString("  need-to-know pairs rarely met in time:\n")
			for _, n := range m.Needs {
				fmt.Fprintf(&b, "    %s [%s] needs %q [%s] by round %d: in time in %s, late in %s of %d games — %s",
					n.TeamName, n.Team, n.ItemTitle, n.Item, n.By, pct(n.InTimeRate), pct(n.LateRate), n.Due, RuleText(n.Blocking))
				if n.Blocking == BlockNotShared && len(n.Rules) > 0 {
					fmt.Fprintf(&b, " (also in the way: %s)", strings.Join(n.Rules, ", "))
				}
				b.WriteString("\n")
			}
		}
		if len(m.Items) > 0 {
			b.WriteString("  items that never reach a team beyond their first holders:\n")
			for _, it := range m.Items {
				fmt.Fprintf(&b, "    %q [%s]\n", it.Title, it.ID)
			}
		}
		b.WriteString("\n")
	}
	if len(r.Warnings) == 0 {
		b.WriteString("no balance warnings\n")
	} else {
		fmt.Fprintf(&b, "%d warning(s):\n", len(r.Warnings))
		for _, s := range r.Warnings {
			fmt.Fprintf(&b, "  ! %s\n", s)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeReasons(b *strings.Builder, rs []Reason) {
	for _, r := range rs {
		fmt.Fprintf(b, "        %s (%d game(s), %s)\n", r.Text, r.Games, pct(r.Rate))
	}
}

// threatOrder lists a mix's threat ids in scenario order.
func threatOrder(ts map[string]ThreatReport) []string {
	ids := make([]string, 0, len(ts))
	for id := range ts {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return cmp.Compare(ts[a].Order, ts[b].Order) })
	return ids
}

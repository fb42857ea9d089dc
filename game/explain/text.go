package explain

import (
	"fmt"
	"io"
	"strings"

	"liaison/game/balance"
	"liaison/game/scenario"
)

// WriteText prints an explanation for an instructor: display names first,
// ids in brackets to find each entry in the file.
func WriteText(w io.Writer, sc *scenario.Scenario, e *Explanation) error {
	var b strings.Builder
	name := func(id string) string {
		if t, ok := sc.Team(id); ok {
			return t.Name + " [" + id + "]"
		}
		return id
	}
	names := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = name(id)
		}
		return strings.Join(out, ", ")
	}
	fmt.Fprintf(&b, "%s: %d rounds, explained\n\n", e.Scenario, e.Rounds)

	b.WriteString("Need-to-know pairs per team (hidden from players; scored under reach)\n")
	for _, t := range e.Teams {
		fmt.Fprintf(&b, "  %s [%s]\n", t.Name, t.Team)
		if len(t.Needs) == 0 {
			b.WriteString("    none\n")
		}
		for _, n := range t.Needs {
			fmt.Fprintf(&b, "    %q [%s] by round %d — ", n.Title, n.Item, n.By)
			if n.Explicit {
				b.WriteString("stated in the file (need:)\n")
			} else {
				fmt.Fprintf(&b, "derived: its topic(s) %s are in the team's mandate; due %s\n", strings.Join(n.Topics, ", "), n.ByWhy)
			}
			hard := false
			for _, r := range n.Rules {
				fmt.Fprintf(&b, "      ! %s\n", balance.RuleText(r))
				hard = hard || r == balance.RuleClearance || r == balance.RuleRelTo || r == balance.RulePersonalData
			}
			if hard && !n.Explicit {
				b.WriteString("      derived from the mandate alone: if the team is not meant to get it, list the item's need: yourself\n")
			}
		}
	}

	b.WriteString("\nThreats: facets and the tightest timing (every team acting at once)\n")
	for _, th := range e.Threats {
		fmt.Fprintf(&b, "  %s [%s], deadline round %d\n", th.Name, th.ID, th.Deadline)
		for _, f := range th.Facets {
			if f.First == 0 {
				fmt.Fprintf(&b, "    facet %s: no true item reveals it", f.Facet)
			} else {
				fmt.Fprintf(&b, "    facet %s: first in round %d, held by %s (true: %s)", f.Facet, f.First, names(f.Holders), strings.Join(f.Items, ", "))
			}
			if len(f.False) > 0 {
				fmt.Fprintf(&b, "; false: %s", strings.Join(f.False, ", "))
			}
			b.WriteString("\n")
		}
		var fuse []string
		for _, tr := range th.FuseBy {
			if tr.Round == 0 {
				fuse = append(fuse, tr.Team+" never")
			} else {
				fuse = append(fuse, fmt.Sprintf("%s %d", tr.Team, tr.Round))
			}
		}
		fmt.Fprintf(&b, "    earliest fuse: %s\n", strings.Join(fuse, ", "))
		if p := th.Best; p != nil {
			var others []string
			for _, t := range p.Teams {
				if t != p.Proposer {
					others = append(others, t)
				}
			}
			fmt.Fprintf(&b, "    tightest: %s fuses in round %d, proposes in round %d; %s commit in round %d",
				name(p.Proposer), p.FuseRound, p.Propose, strings.Join(append([]string{p.Proposer}, others...), ", "), p.Commit)
			if p.Lead >= 0 {
				fmt.Fprintf(&b, ": %d round(s) before the deadline\n", p.Lead)
			} else {
				fmt.Fprintf(&b, ": %d round(s) too late\n", -p.Lead)
			}
			for _, n := range p.TrustNotes {
				fmt.Fprintf(&b, "      ! %s at the start\n", n)
			}
		}
		if th.Why != "" {
			fmt.Fprintf(&b, "    ! %s\n", th.Why)
		}
	}

	b.WriteString("\nChannels: how each team reaches each partner\n")
	for _, t := range e.Links {
		fmt.Fprintf(&b, "  %s [%s]\n", t.Name, t.Team)
		for _, p := range t.Partners {
			fmt.Fprintf(&b, "    → %s [%s]: ", p.Name, p.Team)
			var ways []string
			for _, c := range p.Channels {
				ways = append(ways, channelText(c))
			}
			if p.Liaison {
				ways = append(ways, "a liaison officer posted between them (latency 0, secure, converts formats)")
			}
			switch {
			case len(ways) > 0:
				b.WriteString(strings.Join(ways, "; "))
			case p.Relay != "":
				fmt.Fprintf(&b, "no channel; relay %s, or post a liaison officer", p.Relay)
			default:
				b.WriteString("no channel and no relay: only a liaison officer can join them")
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func channelText(c ChannelInfo) string {
	label := c.ID
	if c.Name != "" {
		label = c.Name + " [" + c.ID + "]"
	}
	parts := []string{fmt.Sprintf("latency %d", c.Latency)}
	if c.Secure {
		parts = append(parts, "secure")
	} else {
		parts = append(parts, "insecure")
	}
	parts = append(parts, "up to "+c.MaxClass)
	switch c.Format {
	case "":
	case scenario.FormatAuto:
		parts = append(parts, "converts formats")
	default:
		parts = append(parts, "converts into "+c.Format)
	}
	if c.Outages > 0 {
		parts = append(parts, fmt.Sprintf("down %d round(s)", c.Outages))
	}
	return label + " (" + strings.Join(parts, ", ") + ")"
}

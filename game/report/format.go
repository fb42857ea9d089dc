package report

import (
	"fmt"
	"strings"
)

// Helpers shared by the Markdown and HTML exporters.

// teamName returns a team's display name from the AAR ("Coalition" for the coalition).
func (a *AAR) teamName(id string) string {
	for _, t := range a.Teams {
		if t.ID == id {
			return t.Name
		}
	}
	if id == "coalition" {
		return "Coalition"
	}
	return id
}

// shortName returns a team's short label for charts (its name if none).
func (a *AAR) shortName(id string) string {
	for _, t := range a.Teams {
		if t.ID == id && t.Short != "" {
			return t.Short
		}
	}
	return a.teamName(id)
}

// teamNames joins team display names ("the coalition" when empty).
func (a *AAR) teamNames(ids []string) string {
	if len(ids) == 0 {
		return "the coalition"
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = a.teamName(id)
	}
	return joinAnd(out)
}

// teamList joins teams' short names with commas ("" when none), for the
// timeline's narrow Teams column (its What names them in full).
func (a *AAR) teamList(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = a.shortName(id)
	}
	return strings.Join(out, ", ")
}

// threatLine summarises how a threat ended.
func (a *AAR) threatLine(t ThreatInfo) string {
	moved := ""
	if t.Final != t.Deadline {
		moved = fmt.Sprintf(" (deadline moved from round %d to %d)", t.Deadline, t.Final)
	}
	switch t.Outcome {
	case "disrupted":
		return fmt.Sprintf("%s: disrupted in round %d by %s, %d %s before its deadline%s", t.Name, t.Round,
			a.teamNames(t.Teams), t.Lead, plural(t.Lead, "round", "rounds"), moved)
	case "struck":
		return fmt.Sprintf("%s: struck in round %d%s", t.Name, t.Round, moved)
	}
	return fmt.Sprintf("%s: still open when the game ended%s", t.Name, moved)
}

// headline is the one-line verdict on the coalition.
func (a *AAR) headline() string {
	disrupted := 0
	for _, t := range a.Scenario.Threats {
		if t.Outcome == "disrupted" {
			disrupted++
		}
	}
	c := a.Scores.Coalition
	return fmt.Sprintf("Coalition grade %s (%.1f of 100); %d of %d %s disrupted.", c.Grade, c.Total, disrupted,
		len(a.Scenario.Threats), plural(len(a.Scenario.Threats), "plot", "plots"))
}

// gameLine describes the record in one line.
func (a *AAR) gameLine() string {
	label := a.Scenario.RoundLabel
	if label == "" {
		label = "1 round"
	}
	s := fmt.Sprintf("Scenario %s, seed %d: %d of %d rounds played (one round = %s), %d events",
		a.Scenario.ID, a.Game.Seed, a.Game.Played, a.Scenario.Rounds, label, a.Game.Events)
	if a.Game.Ended != "" {
		s += "; the game ended because " + a.Game.Ended
	}
	return s + "."
}

// seatText says who played a team: "human", or the bot and its
// personality ("bot (cooperative)").
func seatText(seat string) string {
	if seat == "" || seat == "human" {
		return seat
	}
	return "bot (" + seat + ")"
}

// apNote explains the one abbreviation the timeline uses.
const apNote = "AP are action points: what each team may spend on orders in a round."

// msselNote explains the MSEL section's name.
const msselNote = "The MSEL (master scenario events list) is the scenario's script of injects; an inject may name the outcome it expects from the teams, judged here."

// cellText renders a "who knew what when" cell.
func cellText(c KnowledgeCell) string {
	var s string
	switch c.Status {
	case KnewInTime:
		s = fmt.Sprintf("R%d ✔ (need R%d)", c.Learned, c.Needed)
	case KnewLate:
		s = fmt.Sprintf("R%d late (need R%d)", c.Learned, c.Needed)
	case KnewNever:
		s = fmt.Sprintf("✘ never (need R%d)", c.Needed)
	case KnewExtra:
		s = fmt.Sprintf("R%d", c.Learned)
	case KnewNotDue:
		s = fmt.Sprintf("— (need R%d, after the end)", c.Needed)
	default:
		s = "—"
	}
	if c.Learned > 0 && c.Usable != c.Learned {
		if c.Usable == 0 {
			s += ", never confirmed"
		} else {
			s += fmt.Sprintf(", confirmed R%d", c.Usable)
		}
	}
	if c.MisledBy != "" {
		s += ", misled by " + c.MisledBy
	}
	return s
}

// expectationLabel renders an expectation status.
func expectationLabel(status string) string {
	switch status {
	case ExpectMet:
		return "✔ met"
	case ExpectMissed:
		return "✘ missed"
	case ExpectManual:
		return "evaluator to judge"
	case ExpectNotFired:
		return "not triggered"
	}
	return "not judged"
}

// lossesOf returns every loss of a card, largest impact first.
func lossesOf(c Card) []dimLoss {
	var out []dimLoss
	for _, d := range c.Dims {
		for _, l := range d.Losses {
			out = append(out, dimLoss{Dim: d.Label, Loss: l})
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Loss.Impact > out[j-1].Loss.Impact; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// dimLoss is a loss with its dimension's label.
type dimLoss struct {
	Dim  string
	Loss Loss
}

// scoreText renders a dimension score ("—" when not measured).
func scoreText(d DimCard) string {
	if !d.Measured {
		return "—"
	}
	return fmt.Sprintf("%.1f", d.Score)
}

// rounds renders a list of rounds.
func roundsText(rs []int) string {
	if len(rs) == 0 {
		return "—"
	}
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = fmt.Sprint(r)
	}
	return strings.Join(s, ", ")
}

// signed renders points earned (+) or lost (−).
func signed(points float64, lost bool) string {
	if lost {
		return fmt.Sprintf("−%.1f", points)
	}
	return fmt.Sprintf("+%.1f", points)
}

// roundEntries splits the timeline by round.
func (a *AAR) roundEntries() [][]Entry {
	var out [][]Entry
	for _, e := range a.Timeline {
		for len(out) < e.Round {
			out = append(out, nil)
		}
		if e.Round >= 1 {
			out[e.Round-1] = append(out[e.Round-1], e)
		}
	}
	return out
}

// lossRefText renders the losses an event caused, coalition first.
func (a *AAR) lossRefText(refs []LossRef) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		who := "coalition"
		if r.Card != "coalition" {
			who = a.teamName(r.Card)
		}
		parts[i] = fmt.Sprintf("%s −%.1f %s", who, r.Points, DimensionLabel(r.Dimension))
	}
	return strings.Join(parts, "; ")
}

package balance

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Thresholds of the warnings.
const (
	// RareRate is the rate under which a threat's disruption or a need
	// pair's being met in time counts as rare.
	RareRate = 0.05
	// CloseTotals is how close, in points of the coalition's mean total,
	// cooperative and hoarder tables may score before the exercise is
	// said not to reward sharing.
	CloseTotals = 5.0
	// topReasons is how many reasons a threat lists.
	topReasons = 3
	// rareNeed is the in-time rate under which a need pair is listed.
	rareNeed = 0.25
)

// Mix is one seat mix's tally with what Report needs to compare mixes.
type Mix struct {
	Label     string            // e.g. "all=cooperative"
	Seats     map[string]string // team id → personality
	Coalition float64           // mean coalition total
	Tally     *Tally
}

// Report is the balance analysis of one or more seat mixes: per mix the
// rates, and the warnings over all of them.
type Report struct {
	Warnings []string    `json:"warnings"`
	Mixes    []MixReport `json:"mixes"`
}

// MixReport is the analysis of one seat mix.
type MixReport struct {
	Label    string                  `json:"label"`
	Games    int                     `json:"games"`
	Threats  map[string]ThreatReport `json:"threats"` // by threat id
	Outcomes []OutcomeReport         `json:"outcomes"`
	Needs    []NeedReport            `json:"needs"` // pairs met in time in under 25% of the games they fell due
	Items    []ItemReport            `json:"unreached_items"`
}

// ThreatReport is one threat's fate over a mix's games.
type ThreatReport struct {
	Name           string   `json:"name"`
	Order          int      `json:"order"` // position in the scenario
	DisruptionRate float64  `json:"disruption_rate"`
	StruckRate     float64  `json:"struck_rate"`
	MeanLead       *float64 `json:"mean_lead,omitempty"` // rounds before the deadline, over disrupted games
	MinLead        int      `json:"min_lead"`
	MaxLead        int      `json:"max_lead"`
	FailedOps      int      `json:"failed_operations"`
	FailReasons    []Reason `json:"fail_reasons"`
	NeverFormed    []Reason `json:"never_formed"`
	WrongFuseRate  float64  `json:"wrong_assessment_rate"`
	Leaks          int      `json:"leaks"`
	ShiftedRate    float64  `json:"deadline_shifted_rate"` // games a leak moved its deadline
	MeanShift      float64  `json:"mean_shift"`            // rounds per game (negative: earlier)
}

// Reason is a reason and the games it happened in.
type Reason struct {
	Text  string  `json:"text"`
	Games int     `json:"games"`
	Rate  float64 `json:"rate"`
}

// OutcomeReport is one expected outcome's record.
type OutcomeReport struct {
	Inject  string  `json:"inject"`
	Text    string  `json:"text"`
	Manual  bool    `json:"manual,omitempty"`
	Judged  int     `json:"judged"`
	Met     int     `json:"met"`
	MetRate float64 `json:"met_rate"`
}

// NeedReport is a need pair rarely met, and the rule likely to block it.
type NeedReport struct {
	Item       string   `json:"item"`
	ItemTitle  string   `json:"item_title"`
	Team       string   `json:"team"`
	TeamName   string   `json:"team_name"`
	By         int      `json:"by"`
	Due        int      `json:"due"`
	InTimeRate float64  `json:"in_time_rate"`
	LateRate   float64  `json:"late_rate"`
	Blocking   string   `json:"blocking"` // a Rule…, or "not shared"
	Rules      []string `json:"rules,omitempty"`
}

// ItemReport is an item that never reached a team beyond its first holders.
type ItemReport struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Blocking reasons that are not scenario rules.
const (
	BlockUnreadable = "arrived unreadable (format)"
	BlockNotShared  = "not shared"
)

// Build analyses the mixes. The result depends only on the tallies'
// counts, so merged shards give the same report as one run.
func Build(mixes []Mix) Report {
	r := Report{Warnings: []string{}, Mixes: []MixReport{}}
	for _, m := range mixes {
		r.Mixes = append(r.Mixes, mixReport(m))
	}
	r.Warnings = warnings(mixes)
	return r
}

func mixReport(m Mix) MixReport {
	t := m.Tally
	out := MixReport{Label: m.Label, Games: t.Games, Threats: map[string]ThreatReport{},
		Outcomes: []OutcomeReport{}, Needs: []NeedReport{}, Items: []ItemReport{}}
	for i, th := range t.Threats {
		tr := ThreatReport{Name: th.Name, Order: i, DisruptionRate: rate(th.Disrupted, t.Games),
			StruckRate: rate(th.Struck, t.Games), MinLead: th.LeadMin, MaxLead: th.LeadMax, FailedOps: th.Failed,
			FailReasons: top(th.FailReasons, t.Games), NeverFormed: top(th.NeverFormed, t.Games),
			WrongFuseRate: rate(th.WrongFuse, t.Games), Leaks: th.Leaks, ShiftedRate: rate(th.Shifted, t.Games),
			MeanShift: ratio(th.ShiftSum, t.Games)}
		if th.Disrupted > 0 {
			v := ratio(th.LeadSum, th.Disrupted)
			tr.MeanLead = &v
		}
		out.Threats[th.ID] = tr
	}
	for _, o := range t.Outcomes {
		out.Outcomes = append(out.Outcomes, OutcomeReport{Inject: o.Inject, Text: o.Text, Manual: o.Manual,
			Judged: o.Judged, Met: o.Met, MetRate: rate(o.Met, t.Games)})
	}
	for _, n := range t.Needs {
		if n.Due == 0 || rate(n.InTime, n.Due) >= rareNeed {
			continue
		}
		out.Needs = append(out.Needs, NeedReport{Item: n.Item, ItemTitle: n.ItemTitle, Team: n.Team, TeamName: n.TeamName,
			By: n.By, Due: n.Due, InTimeRate: rate(n.InTime, n.Due), LateRate: rate(n.Late, n.Due),
			Blocking: blocking(n), Rules: n.Rules})
	}
	for _, it := range t.Items {
		if it.Reached == 0 {
			out.Items = append(out.Items, ItemReport{ID: it.ID, Title: it.Title})
		}
	}
	return out
}

// blocking names what most likely keeps a need pair from being met: a
// rule that forbids or punishes the share (clearance, REL TO, no channel,
// personal data), else the format when copies arrived unreadable, else
// nobody shared it. A format the team cannot read blocks only once a copy
// arrives: when nothing was sent, the senders are the cause.
func blocking(n NeedTally) string {
	for _, r := range n.Rules {
		if r != RuleFormat {
			return r
		}
	}
	if n.Unreadable > 0 {
		if slices.Contains(n.Rules, RuleFormat) {
			return RuleFormat
		}
		return BlockUnreadable
	}
	return BlockNotShared
}

// RuleText is a blocking rule in an instructor's words.
func RuleText(rule string) string {
	switch rule {
	case RuleClearance:
		return "clearance: the item is above the team's clearance (only a sanitised copy, a class lower, may pass)"
	case RuleRelTo:
		return "REL TO: the item's release list leaves the team out (only a sanitised copy may pass)"
	case RulePersonalData:
		return "personal data: the team's law does not allow it from the originator (a sanitised copy drops it)"
	case RuleFormat:
		return "format: the team cannot read the item's format, and no channel from a holder converts it"
	case RuleNoChannel:
		return "no channel: no channel joins the team to a team that can hold the item"
	case BlockUnreadable:
		return "format: copies arrived that the team could not read"
	case BlockNotShared:
		return "nobody shared it in time"
	}
	return rule
}

// top returns the most frequent reasons, most games first, ties by text.
func top(counts map[string]int, games int) []Reason {
	out := []Reason{}
	for k, v := range counts {
		out = append(out, Reason{Text: k, Games: v, Rate: rate(v, games)})
	}
	slices.SortFunc(out, func(a, b Reason) int {
		return cmp.Or(cmp.Compare(b.Games, a.Games), strings.Compare(a.Text, b.Text))
	})
	return out[:min(len(out), topReasons)]
}

// rate is the fraction n/d of games; see ratio.
func rate(n, d int) float64 { return ratio(n, d) }

// ratio is n/d rounded to 4 decimals, 0 when d is 0. It depends on the
// counts alone, so merged shards print the same figure as one run, and
// the rounding keeps the JSON short.
func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return math.Round(float64(n)/float64(d)*1e4) / 1e4
}

// warnings are what an instructor acts on, over all mixes: a threat, an
// expected outcome, an item or a need pair that fails in every mix, and
// cooperative and hoarder tables that score alike.
func warnings(mixes []Mix) []string {
	out := []string{}
	if len(mixes) == 0 {
		return out
	}
	first := mixes[0].Tally
	for i, th := range first.Threats {
		best, where := bestOf(mixes, func(t *Tally) float64 { return rate(t.Threats[i].Disrupted, t.Games) })
		if best < RareRate {
			out = append(out, fmt.Sprintf("threat %q (%s) disrupted in under %.0f%% of games (best: %s in %s)",
				th.Name, th.ID, 100*RareRate, pct(best), where))
		}
	}
	for i, o := range first.Outcomes {
		if o.Manual {
			continue
		}
		best, _ := bestOf(mixes, func(t *Tally) float64 { return rate(t.Outcomes[i].Met, t.Games) })
		judged, _ := bestOf(mixes, func(t *Tally) float64 { return float64(t.Outcomes[i].Judged) })
		switch {
		case judged == 0:
			out = append(out, fmt.Sprintf("expected outcome %q (%s) never met: its inject never fired", o.Text, o.Inject))
		case best == 0:
			out = append(out, fmt.Sprintf("expected outcome %q (%s) never met", o.Text, o.Inject))
		}
	}
	for i, it := range first.Items {
		best, _ := bestOf(mixes, func(t *Tally) float64 { return float64(t.Items[i].Reached) })
		if best == 0 {
			who := "anyone"
			if len(it.HeldBy) > 0 {
				who = "anyone beyond " + strings.Join(it.HeldBy, ", ")
			}
			out = append(out, fmt.Sprintf("item %q (%s) never reaches %s", it.Title, it.ID, who))
		}
	}
	for i, n := range first.Needs {
		best, _ := bestOf(mixes, func(t *Tally) float64 {
			nt := t.Needs[i]
			if nt.Due == 0 {
				return 1 // never fell due: nothing to warn about
			}
			return rate(nt.InTime+nt.Late, nt.Due)
		})
		if best == 0 {
			all := n // the evidence of every mix
			for _, m := range mixes[1:] {
				all.Unreadable += m.Tally.Needs[i].Unreadable
			}
			out = append(out, fmt.Sprintf("%s (%s) never gets %q (%s), needed by round %d: %s",
				n.TeamName, n.Team, n.ItemTitle, n.Item, n.By, RuleText(blocking(all))))
		}
	}
	out = append(out, closeMixes(mixes)...)
	return out
}

// bestOf is the highest value over the mixes and the mix it came from.
func bestOf(mixes []Mix, value func(*Tally) float64) (float64, string) {
	best, where := math.Inf(-1), ""
	for _, m := range mixes {
		if v := value(m.Tally); v > best {
			best, where = v, m.Label
		}
	}
	return best, where
}

// closeMixes warns when a table of cooperative bots and one of hoarders
// score within CloseTotals of each other: the exercise does not reward
// sharing.
func closeMixes(mixes []Mix) []string {
	var out []string
	for _, c := range mixes {
		if !allSeats(c.Seats, "cooperative") {
			continue
		}
		for _, h := range mixes {
			if !allSeats(h.Seats, "hoarder") {
				continue
			}
			if d := c.Coalition - h.Coalition; math.Abs(d) < CloseTotals {
				out = append(out, fmt.Sprintf("cooperative and hoarder within %.0f points (coalition total %.1f vs %.1f): the exercise does not reward sharing",
					CloseTotals, c.Coalition, h.Coalition))
			}
		}
	}
	return out
}

func allSeats(seats map[string]string, p string) bool {
	if len(seats) == 0 {
		return false
	}
	for _, v := range seats {
		if v != p {
			return false
		}
	}
	return true
}

func pct(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }

package narrative

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"liaison/game/rules"
	"liaison/game/score"
)

// The score figures of a round are the changes, from the round's start to
// its end, of the team's score ledger: score.Compute over the game's log,
// the very ledger the after-action review lists. A loss caused this round
// appears with the points it costs the total now. Scoring a half-played
// game is provisional (a breach is a share of the items sent so far, a
// threat a share of the threats resolved so far), so an earlier loss can
// weigh more or less as the game goes on; those changes are told too, one
// line per dimension. Adding up every figure of every round therefore gives
// exactly the final ledger, loss by loss: the round figures telescope.

// scoreFigures replaces the score section's plain lines with figures when
// the input carries the game's log. It reports whether it did.
func (b *builder) scoreFigures() bool {
	in := b.in
	if in.Log == nil || in.Scenario == nil {
		return false
	}
	before := score.Compute(in.Scenario, eventsThrough(in.Log, in.Round-1))
	after := score.Compute(in.Scenario, eventsThrough(in.Log, in.Round))
	was, _ := before.Team(in.Team)
	now, _ := after.Team(in.Team)
	b.figures = ledgerChanges(was.Losses, now.Losses)
	b.totals = [2]float64{was.Total, now.Total}
	b.grade = now.Grade
	return true
}

// eventsThrough returns the events of the log up to and including round r
// (the log is in round order).
func eventsThrough(log []rules.Event, r int) []rules.Event {
	end := len(log)
	for end > 0 && log[end-1].Round > r {
		end--
	}
	return log[:end]
}

// Figure is one change of the team's score ledger in a round.
type Figure struct {
	Dimension string  `json:"dimension"`
	Points    float64 `json:"points"` // change of the total: negative lost, positive regained
	Text      string  `json:"text"`
	Change    Change  `json:"change"`
}

// Change says what a figure is.
type Change string

// The kinds of figure.
const (
	NewLoss   Change = "new"       // a loss caused (or first counted) this round
	Gone      Change = "gone"      // an earlier loss no longer counted (made good, or replaced by a settled one)
	Reweighed Change = "reweighed" // earlier losses of a dimension, each now a larger or smaller share
)

// lossKey matches a loss across two ledgers: its dimension, rule and cause.
// Losses with no cause event (never answered, never received, unused AP)
// share a key per rule; they are matched in the order of their texts.
type lossKey struct {
	dim, rule string
	cause     int
}

// ledgerChanges lists what changed from one ledger to the next: each loss
// that is new, with its impact; each that is gone; then per dimension the
// sum of the changes to the losses in both (re-weighed).
func ledgerChanges(was, now []score.Loss) []Figure {
	type entry struct {
		impact float64
		text   string
	}
	group := func(ls []score.Loss) map[lossKey][]entry {
		m := map[lossKey][]entry{}
		for _, l := range ls {
			k := lossKey{l.Dimension, l.Rule, l.Cause}
			m[k] = append(m[k], entry{l.Impact, l.Text})
		}
		for _, es := range m {
			slices.SortStableFunc(es, func(a, b entry) int { return strings.Compare(a.text, b.text) })
		}
		return m
	}
	old, cur := group(was), group(now)
	keys := make([]lossKey, 0, len(old)+len(cur))
	for k := range cur {
		keys = append(keys, k)
	}
	for k := range old {
		if _, ok := cur[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b lossKey) int {
		if c := strings.Compare(a.dim, b.dim); c != 0 {
			return c
		}
		if c := strings.Compare(a.rule, b.rule); c != 0 {
			return c
		}
		return a.cause - b.cause
	})
	var out []Figure
	earlier := map[string]float64{}
	var dims []string
	for _, k := range keys {
		o, c := old[k], cur[k]
		for i := range max(len(o), len(c)) {
			var was, now float64
			text := ""
			if i < len(o) {
				was, text = o[i].impact, o[i].text
			}
			if i < len(c) {
				now, text = c[i].impact, c[i].text
			}
			d := was - now // a loss's impact is positive: more loss, lower total
			if math.Abs(d) < 1e-9 {
				continue
			}
			switch {
			case i < len(o) && i < len(c):
				if _, seen := earlier[k.dim]; !seen {
					dims = append(dims, k.dim)
				}
				earlier[k.dim] += d
			case i < len(o):
				out = append(out, Figure{Dimension: k.dim, Points: d, Text: text, Change: Gone})
			default:
				out = append(out, Figure{Dimension: k.dim, Points: d, Text: text, Change: NewLoss})
			}
		}
	}
	out = mergeSame(out)
	// The largest new losses first, as the review sorts them.
	slices.SortStableFunc(out, func(a, b Figure) int {
		switch {
		case a.Points < b.Points:
			return -1
		case a.Points > b.Points:
			return 1
		}
		return 0
	})
	for _, d := range dims {
		if math.Abs(earlier[d]) >= 1e-9 {
			out = append(out, Figure{Dimension: d, Points: earlier[d], Change: Reweighed})
		}
	}
	return out
}

// signedPoints writes a change of points with its sign: "−2.1", "+0.4".
func signedPoints(p float64) string {
	if p < 0 {
		return fmt.Sprintf("−%.1f", -p)
	}
	return fmt.Sprintf("+%.1f", p)
}

// figureLines renders the figures as the score section: the total, then
// one line a figure, then what is settled only at the end.
func (b *builder) figureLines() []Line {
	was, now := b.totals[0], b.totals[1]
	head := fmt.Sprintf("your score so far: %.1f of 100 (grade %s)", now, b.grade)
	if d := now - was; math.Abs(d) >= 0.05 {
		head += fmt.Sprintf(", %s this round.", signedPoints(d))
	} else {
		head += ", unchanged this round."
	}
	out := []Line{{Text: upperFirst(head), Tone: Info}}
	for _, f := range b.figures {
		tone := Bad
		if f.Points > 0 {
			tone = Good
		}
		var text string
		switch f.Change {
		case Reweighed:
			text = "earlier losses here now weigh "
			if f.Points > 0 {
				text += "less, as more of the game has been counted."
			} else {
				text += "more, as the game has been counted anew."
			}
		case Gone:
			text = "no longer counted: " + b.lossText(f.Text) + "."
		default:
			text = b.lossText(f.Text) + "."
		}
		out = append(out, Line{Text: signedPoints(f.Points) + " " + f.Dimension + ": " + text, Tone: tone,
			Points: f.Points, Dimension: f.Dimension})
	}
	if len(b.figures) > 0 && !b.in.View.Over {
		out = append(out, Line{Text: "Provisional: these are the after-action review's ledger as it stands now; threats still open, and whatever else is pending, are settled when the game ends.", Tone: Info})
	}
	return out
}

// unquoteNames drops the straight quotes a score text puts around an id
// once the id has become a title in curly quotes.
var unquoteNames = strings.NewReplacer("\"“", "“", "”\"", "”")

// lossText is a ledger loss's text for the team: names for ids, "you"
// for the team itself at the start, and no straight quotes around a name
// that already has its own.
func (b *builder) lossText(s string) string {
	s = unquoteNames.Replace(b.n.prose(s))
	if me := b.team.Name; me != "" {
		switch {
		case strings.HasPrefix(s, me+"'s "):
			s = "your " + s[len(me)+3:]
		case strings.HasPrefix(s, me+" "):
			s = "you " + s[len(me)+1:]
		}
	}
	return s
}

// mergeSame folds new figures of the same dimension and text (two
// over-shares of one item in a round) into one, "(×2)".
func mergeSame(fs []Figure) []Figure {
	out := fs[:0]
	count := map[[2]string]int{}
	at := map[[2]string]int{}
	for _, f := range fs {
		k := [2]string{f.Dimension + "/" + string(f.Change), f.Text}
		if i, ok := at[k]; ok {
			out[i].Points += f.Points
			count[k]++
			continue
		}
		at[k], count[k] = len(out), 1
		out = append(out, f)
	}
	for k, i := range at {
		if count[k] > 1 {
			out[i].Text += fmt.Sprintf(" (×%d)", count[k])
		}
	}
	return out
}

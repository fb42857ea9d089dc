package report

import (
	"slices"

	"liaison/game/rules"
)

// timeline turns every event into an entry with its what, its why, the
// teams involved and the points it cost on each card.
func (b *builder) timeline(s Scores) []Entry {
	out := make([]Entry, len(b.idx.events))
	i := 0
	for e := range b.idx.all() {
		what, why := b.describe(e)
		if e.Note != "" {
			// The acting team's own reason, in its words (Order.Note).
			what += ": “" + b.human.text(e.Note) + "”"
		}
		out[i] = Entry{Seq: e.Seq, Round: e.Round, Kind: string(e.Kind), Team: e.Team, From: e.From, To: e.To,
			Item: e.Item, Channel: e.Channel, Threat: e.Threat, Facet: e.Facet, Ref: e.Ref, Rule: e.Rule,
			Delta: e.Delta, Value: e.Value, Truth: e.Truth, Teams: b.involved(e), What: what, Why: why,
			Notable: notableKinds[e.Kind]}
		i++
	}
	cards := append([]Card{s.Coalition}, s.Teams...)
	for _, c := range cards {
		for _, d := range c.Dims {
			for _, l := range d.Losses {
				i, ok := b.idx.bySeq[l.Cause]
				if !ok {
					continue
				}
				out[i].Losses = append(out[i].Losses, LossRef{Card: c.Team, Dimension: d.Name, Points: l.Points, Impact: l.Impact})
				out[i].Notable = true
			}
		}
	}
	return out
}

// involved lists the teams an event names, in file order.
func (b *builder) involved(e rules.Event) []string {
	var out []string
	for _, t := range b.sc.Teams {
		if e.Team == t.ID || e.From == t.ID || slices.Contains(e.To, t.ID) {
			out = append(out, t.ID)
		}
	}
	return out
}

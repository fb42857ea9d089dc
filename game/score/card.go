package score

import "liaison/game/scenario"

// card computes every dimension for one team (its position) or the
// coalition (coalitionCard), into dims (one per scenario.Dimensions) and
// losses appended to out.
func (l *ledger) card(card int, dims []Dim, out []Loss) (Card, []Loss) {
	team := l.cardID(card)
	c := Card{Team: team, Dims: dims}
	from := len(out)
	ends := l.segs[:0] // where each dimension's losses end
	var sum, weights float64
	for k, name := range scenario.Dimensions {
		var d Dim
		switch name {
		case "reach":
			d, out = l.reach(card, out)
		case "compliance":
			d, out = l.compliance(card, out)
		case "trust":
			d, out = l.trust(card, out)
		case "synchronisation":
			d, out = l.synchronisation(card, out)
		case "responsiveness":
			d, out = l.responsiveness(card, out)
		case "outcome":
			d, out = l.outcome(card, out)
		case "discipline":
			d, out = l.discipline(card, out)
		default:
			panic("score: no calculator for dimension " + name)
		}
		d.Name = name
		d.Weight = l.sc.Scoring.Weights.Of(name)
		d.Score = clamp(d.Score)
		if d.Measured && d.Weight > 0 {
			sum += d.Score * d.Weight
			weights += d.Weight
		}
		dims[k] = d
		ends = append(ends, len(out)-from)
	}
	l.segs = ends
	if weights > 0 {
		c.Total = round1(sum / weights)
	}
	c.Grade = Grade(c.Total)
	if len(out) == from || l.text.off {
		return c, out // no losses, or Totals: dropped
	}
	c.Losses = out[from:len(out):len(out)]
	keys := l.keys[:0]
	i := 0
	for k, d := range dims {
		w := 0.0 // the weight of a measured dimension
		if d.Measured {
			w = d.Weight
		}
		for ; i < ends[k]; i++ {
			x := &c.Losses[i]
			x.Team, x.Dimension = team, d.Name
			if weights > 0 {
				x.Impact = round1(x.Points * w / weights)
			}
			keys = append(keys, lossKey{impact: x.Impact, round: x.Round, at: i})
		}
	}
	l.keys = keys
	sortLosses(c.Losses, keys)
	return c, out
}

func clamp(x float64) float64 {
	return round1(max(0, min(100, x)))
}

func round1(x float64) float64 {
	if x < 0 {
		return -round1(-x)
	}
	return float64(int64(x*10+0.5)) / 10
}

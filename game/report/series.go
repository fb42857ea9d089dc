package report

import (
	"liaison/game/rules"
	"liaison/game/score"
)

// series computes the chart data: trust per directed pair at the start and
// the end of each round, and the share of need-to-know pairs readable (and
// due) by the end of each round, per team and for the coalition.
func (b *builder) series() Series {
	n := b.last
	s := Series{Rounds: make([]int, n+1)}
	for r := range s.Rounds {
		s.Rounds[r] = r
	}
	idx := map[[2]string]int{}
	for _, a := range b.sc.Teams {
		for _, o := range b.sc.Teams {
			if a.ID == o.ID {
				continue
			}
			idx[[2]string{a.ID, o.ID}] = len(s.Trust)
			s.Trust = append(s.Trust, TrustSeries{From: a.ID, To: o.ID, Values: make([]int, n+1)})
			for r := range s.Trust[len(s.Trust)-1].Values {
				s.Trust[len(s.Trust)-1].Values[r] = b.sc.TrustOf(a.ID, o.ID)
			}
		}
	}
	for _, e := range b.events {
		if e.Kind != rules.EvTrust {
			continue
		}
		i, ok := idx[[2]string{e.Team, e.From}]
		if !ok {
			continue
		}
		for r := e.Round; r <= n; r++ {
			s.Trust[i].Values[r] = e.Value
		}
	}
	type pair struct {
		team    string
		by, got int
	}
	var pairs []pair
	for _, it := range b.sc.Items {
		for _, nd := range it.Need {
			if nd.By > max(n, 1) {
				continue
			}
			got, _ := b.hold.firstReadable(nd.Team, it.ID)
			pairs = append(pairs, pair{nd.Team, nd.By, got})
		}
	}
	teams := []string{}
	for _, t := range b.sc.Teams {
		teams = append(teams, t.ID)
	}
	for _, team := range append(teams, score.Coalition) {
		rs := ReachSeries{Team: team, Known: make([]float64, n+1), Due: make([]float64, n+1)}
		for _, p := range pairs {
			if team != score.Coalition && p.team != team {
				continue
			}
			rs.Pairs++
			for r := 0; r <= n; r++ {
				if p.got > 0 && p.got <= r {
					rs.Known[r]++
				}
				if p.by <= r {
					rs.Due[r]++
				}
			}
		}
		for r := 0; r <= n; r++ {
			if rs.Pairs > 0 {
				rs.Known[r] = round1(100 * rs.Known[r] / float64(rs.Pairs))
				rs.Due[r] = round1(100 * rs.Due[r] / float64(rs.Pairs))
			}
		}
		s.Reach = append(s.Reach, rs)
	}
	return s
}

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
	// Each change sets its round's value; later rounds carry it forward
	// (one pass per pair, not one per change).
	set := make([][]bool, len(s.Trust))
	for e := range b.idx.kind(rules.EvTrust) {
		i, ok := idx[[2]string{e.Team, e.From}]
		if !ok || e.Round < 0 || e.Round > n {
			continue
		}
		if set[i] == nil {
			set[i] = make([]bool, n+1)
		}
		s.Trust[i].Values[e.Round], set[i][e.Round] = e.Value, true
	}
	for i, changed := range set {
		for r := 1; r <= n && changed != nil; r++ {
			if !changed[r] {
				s.Trust[i].Values[r] = s.Trust[i].Values[r-1]
			}
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

package sim

import (
	"fmt"

	"liaison/game/scenario"
)

// Scale returns a copy of a scenario with k copies of every team, channel and
// item (copy c > 0 suffixes ids with "-c" and keeps to its own copy of the
// teams), sharing the threats. It exists to measure how the engine's cost
// grows with size; k = 1 returns an equivalent scenario.
func Scale(sc *scenario.Scenario, k int) *scenario.Scenario {
	out := *sc
	out.Teams, out.Channels, out.Items = nil, nil, nil
	out.Trust = map[string]map[string]int{}
	out.Seats = map[string]string{}
	out.Injects = nil
	suffix := func(id string, c int) string {
		if c == 0 {
			return id
		}
		return fmt.Sprintf("%s-%d", id, c)
	}
	mapIDs := func(ids []string, c int) []string {
		r := make([]string, len(ids))
		for i, id := range ids {
			r[i] = suffix(id, c)
		}
		return r
	}
	for c := 0; c < k; c++ {
		for _, t := range sc.Teams {
			t.ID = suffix(t.ID, c)
			t.Liaisons = mapIDs(t.Liaisons, c)
			t.Legal.Agreements = mapIDs(t.Legal.Agreements, c)
			out.Teams = append(out.Teams, t)
			out.Seats[t.ID] = "cooperative"
		}
		for from, row := range sc.Trust {
			r := map[string]int{}
			for to, v := range row {
				r[suffix(to, c)] = v
			}
			out.Trust[suffix(from, c)] = r
		}
		for _, ch := range sc.Channels {
			ch.ID = suffix(ch.ID, c)
			ch.Between = mapIDs(ch.Between, c)
			out.Channels = append(out.Channels, ch)
		}
		for _, it := range sc.Items {
			it.ID = suffix(it.ID, c)
			it.Origin = suffix(it.Origin, c)
			it.HeldBy = mapIDs(it.HeldBy, c)
			it.Caveats.RelTo = mapIDs(it.Caveats.RelTo, c)
			need := make([]scenario.Need, len(it.Need))
			for i, n := range it.Need {
				need[i] = scenario.Need{Team: suffix(n.Team, c), By: n.By}
			}
			it.Need = need
			out.Items = append(out.Items, it)
		}
		for _, in := range sc.Injects {
			all := in.Effect.AllDeliveries()
			if len(all) == 0 || in.When != nil {
				continue
			}
			ds := make([]scenario.Delivery, len(all))
			for k, d := range all {
				ds[k] = scenario.Delivery{Item: suffix(d.Item, c), To: mapIDs(d.To, c)}
			}
			in.ID = suffix(in.ID, c)
			in.Effect = scenario.Effect{Deliver: &ds[0], Deliveries: ds[1:]}
			in.To = mapIDs(in.To, c)
			in.Expect = nil
			out.Injects = append(out.Injects, in)
		}
	}
	return &out
}

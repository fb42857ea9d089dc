package rules

import (
	"fmt"
	"slices"
)

// checkInvariants verifies what must hold for every State whatever the
// orders: views hold only what the log says the team received, AP is never
// negative, trust stays in 0..100, no inbox holds an id twice, and the log
// is numbered 0..n-1. It returns a description of the first violation.
func checkInvariants(st *State) error {
	evs := st.Events()
	for i, e := range evs {
		if e.Seq != i {
			return fmt.Errorf("event %d has seq %d", i, e.Seq)
		}
	}
	fv := st.Facilitator()
	for a, row := range fv.Trust {
		for b, v := range row {
			if v < 0 || v > 100 {
				return fmt.Errorf("trust[%s][%s] = %d", fv.TeamIDs[a], fv.TeamIDs[b], v)
			}
		}
	}
	for _, id := range fv.TeamIDs {
		if err := checkView(st, st.View(id), evs); err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
	}
	return nil
}

func checkView(st *State, v View, evs []Event) error {
	if v.AP < 0 {
		return fmt.Errorf("AP %d", v.AP)
	}
	got := map[string]bool{}
	received := map[string]bool{} // items received (by log)
	msgs, reqs := 0, map[string]bool{}
	for _, e := range evs {
		if e.Team != v.Team {
			continue
		}
		switch e.Kind {
		case EvDeliver, EvSanitise:
			received[e.Item] = true
		case EvReceive:
			if st.ix.sc != nil && len(e.Ref) > 4 && e.Ref[:4] == "req-" {
				reqs[e.Ref] = true
			} else {
				msgs++
			}
		}
	}
	facets := map[string]bool{}
	for _, it := range v.Items {
		if got[it.ID] {
			return fmt.Errorf("item %s twice in the inbox", it.ID)
		}
		got[it.ID] = true
		if !received[it.ID] {
			return fmt.Errorf("holds %s, never received", it.ID)
		}
		if !it.Readable && (len(it.Facets) > 0 || it.Text != "") {
			return fmt.Errorf("garbled %s shows its content", it.ID)
		}
		if it.Truth != nil && !it.Verified {
			return fmt.Errorf("truth of %s shown unverified", it.ID)
		}
		if it.Readable && it.Confirmed && (it.Truth == nil || *it.Truth) {
			for _, f := range it.Facets {
				facets[f] = true
			}
		}
	}
	for _, th := range v.Threats {
		for _, f := range th.Held {
			if !facets[f] {
				return fmt.Errorf("threat %s shows facet %s no usable item reveals", th.ID, f)
			}
		}
		if !th.Assessed && (th.Deadline != 0 || th.Name != "unknown plot" || len(th.Needs) > 0) {
			return fmt.Errorf("unassessed threat %s shows hidden details", th.ID)
		}
		if th.Correct != nil && !v.Over {
			return fmt.Errorf("correctness of %s shown before the end", th.ID)
		}
	}
	if len(v.Messages) != msgs {
		return fmt.Errorf("%d messages in view, %d received", len(v.Messages), msgs)
	}
	for _, r := range v.Requests {
		if r.To == v.Team && r.From != v.Team && !reqs[r.ID] {
			return fmt.Errorf("sees request %s that never reached it", r.ID)
		}
	}
	for _, e := range v.Log {
		if e.Kind == EvNote || e.Kind == EvExpectation {
			return fmt.Errorf("log shows a %s event", e.Kind)
		}
		if (e.Kind == EvOrder || e.Kind == EvDeliver) && e.Team != v.Team {
			return fmt.Errorf("log shows another team's %s", e.Kind)
		}
	}
	for _, c := range v.Channels {
		if !slices.Contains(c.Members, v.Team) {
			return fmt.Errorf("sees channel %s it is not on", c.ID)
		}
	}
	return nil
}
